/**
 * Each sharing rule written out in Italian with its numbers, for the regolamento draft. The
 * wording follows what core/sharing computes (README, Sharing): nothing here divides money.
 */
import type { SharingGroup, SharingRule, SharingRuleSet } from '../sharing/types';
import type { ReportFormat } from './format';

export const GROUP_IT: Record<SharingGroup, string> = {
  'gse-fees': 'corrispettivi GSE',
  management: 'spese di gestione',
  platform: 'piattaforma',
  insurance: 'assicurazione',
  reserve: 'fondo di riserva',
  'other-costs': 'altri costi',
  'social-fund': 'fondo sociale',
  'solidarity-fund': 'fondo di solidarietà',
  'third-party-producers': 'produttori terzi',
  'carried-forward': "riportato all'anno successivo (sotto 50 €)",
};

const BASIS_IT = {
  injected: "all'energia immessa in rete dai loro impianti",
  'shared-produced': "all'energia condivisa prodotta dai loro impianti (attribuita dal più vecchio al più recente [RO pp.143-144])",
};

const vulnerable = (weight: number | undefined, f: ReportFormat) =>
  weight !== undefined && weight !== 1 ? `; le famiglie in condizione di vulnerabilità contano ${f.num(weight, 2)} volte` : '';

/** One rule as a sentence, e.g. "20% ai produttori, in proporzione all'energia immessa…". */
export function ruleSentence(rule: SharingRule, f: ReportFormat): string {
  const pct = (p: number) => `${f.num(p, 2)}%`;
  switch (rule.kind) {
    case 'cost': {
      const what = GROUP_IT[rule.group];
      if (rule.eurPerYear !== undefined) return `Costo per ${what}: ${f.eur(rule.eurPerYear, 2)} all'anno, ripartiti in parti uguali sui mesi in cui il GSE paga (un mese senza importo sufficiente lo recupera nel successivo).`;
      if (rule.percent !== undefined) return `Costo per ${what}: ${pct(rule.percent)} dell'importo del mese.`;
      return `Costo per ${what}: i corrispettivi dovuti al GSE per il servizio (DM MASE 106/2024), ripartiti sui mesi di pagamento.`;
    }
    case 'producer-tariff':
      return `Tariffa fissa ai produttori di ${f.num(rule.eurPerKWh, 4)} €/kWh, in proporzione ${BASIS_IT[rule.basis]}.`;
    case 'producers':
      return `${pct(rule.percent)} ai produttori, in proporzione ${BASIS_IT[rule.basis]}; la quota degli impianti di produttori terzi va ai produttori terzi.`;
    case 'consumers':
      return `${pct(rule.percent)} ai consumatori, in proporzione al loro contributo ora per ora all'energia condivisa della configurazione${vulnerable(rule.vulnerableWeight, f)}.`;
    case 'equal':
      return `${pct(rule.percent)} in quote uguali a ciascun membro della configurazione${vulnerable(rule.vulnerableWeight, f)}.`;
    case 'vulnerable':
      return `${pct(rule.percent)} alle famiglie in condizione di vulnerabilità, in proporzione alla loro energia condivisa come consumatori (in assenza di famiglie vulnerabili: al fondo sociale).`;
    case 'fund':
      return `${pct(rule.percent)} al ${GROUP_IT[rule.group]}, per finalità sociali con ricadute sul territorio degli impianti [RO p.39].`;
    case 'limits': {
      const parts = [];
      if (rule.capEurPerYear !== undefined) parts.push(`nessun membro riceve più di ${f.eur(rule.capEurPerYear, 2)} all'anno (l'eccedenza va agli altri membri in proporzione; se nessuno è sotto il limite, al fondo di riserva)`);
      if (rule.floorEurPerYear !== undefined) parts.push(`ogni membro riceve almeno ${f.eur(rule.floorEurPerYear, 2)} all'anno (integrati nell'ultimo mese pagato dai membri sopra la soglia)`);
      return `Limiti per membro: ${parts.join('; ')}.`;
    }
  }
}

/** The percentages of a configuration's list (community part first), for the summary line. */
export function percentTotal(rules: SharingRule[]): number {
  return rules.reduce((s, r) => s + ('percent' in r && r.kind !== 'cost' && r.percent !== undefined ? r.percent : 0), 0);
}

/** The rules that apply in a configuration: the community part, then its own list. */
export function rulesOf(ruleSet: SharingRuleSet, substation: string): SharingRule[] {
  return [...ruleSet.community, ...(ruleSet.configurations[substation] ?? [])];
}
