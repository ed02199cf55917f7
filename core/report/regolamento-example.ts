/**
 * The worked example of the regolamento: one paid month of one configuration from the division
 * of the last simulation (computeSharing), € to each group, to the members and to a sample
 * member, to the cent. Every amount is a number of the division, only formatted here.
 */
import type { Configuration } from '../model/entities';
import type { SharingResult } from '../sharing/types';
import type { RegolamentoBlock, Span } from './regolamento-document';
import type { ReportFormat } from './format';
import { CATEGORY } from './labels';
import { GROUP_IT } from './regolamento-rules';

export const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

export interface WorkedExample {
  configurationId: number;
  /** 0–11. */
  month: number;
  values: Record<string, Span[]>;
  blocks: RegolamentoBlock[];
}

const cents = (x: number) => Math.round(x * 100);

/** The configuration with the most money, in its best paid month; null when nothing was paid. */
export function workedExample(division: SharingResult, configurations: Configuration[], f: ReportFormat): WorkedExample | null {
  const statements = [...division.configurations].sort((a, b) => b.incentiveEur + b.valorisationEur - (a.incentiveEur + a.valorisationEur));
  const c = statements.find((s) => s.paidMonths.some((x) => x > 0));
  if (!c) return null;
  const month = c.paidMonths.reduce((best, x, i, all) => (x > all[best]! ? i : best), 0);
  const eur = (x: number) => f.cents(x);
  const members = division.members.filter((m) => m.configurationId === c.configurationId).sort((a, b) => b.months[month]! - a.months[month]! || a.name.localeCompare(b.name));
  const membersMonth = members.reduce((s, m) => s + cents(m.months[month]!), 0) / 100;
  const groups = c.groups.filter((g) => g.months[month] !== 0);
  const sample = members[0];
  const name = configurations.find((k) => k.id === c.configurationId)?.name ?? c.substation;
  const total = c.paidMonths[month]!;

  const blocks: RegolamentoBlock[] = [
    {
      kind: 'table',
      caption: `Ripartizione di ${MONTHS_IT[month]} — configurazione «${name}» (cabina primaria ${c.substation})`,
      columns: ['Destinatario', 'Importo del mese'],
      rows: [...groups.map((g) => [GROUP_IT[g.group], eur(g.months[month]!)]), [`Membri della configurazione (${members.length})`, eur(membersMonth)], ['Totale versato dal GSE nel mese', eur(total)]],
      numeric: [false, true],
      strong: [groups.length + 1],
    },
    {
      kind: 'table',
      caption: `Quote dei membri — ${MONTHS_IT[month]} e intero anno`,
      columns: ['Membro', 'Categoria', `${MONTHS_IT[month]!.replace(/^./, (x) => x.toUpperCase())}`, 'Anno', 'di cui quota vincolata 55/45'],
      rows: members.map((m) => [m.name, CATEGORY.it[m.category], eur(m.months[month]!), eur(m.totalEur), eur(m.restrictedEur)]),
      numeric: [false, false, true, true, true],
      strong: sample ? [0] : [],
    },
  ];
  if (sample) {
    blocks.push({
      kind: 'paragraph',
      spans: [
        { text: 'Per esempio, ' },
        { text: `«${sample.name}»`, mark: 'data' },
        { text: ` (${CATEGORY.it[sample.category]}) riceve ` },
        { text: eur(sample.months[month]!), mark: 'data' },
        { text: ` nel mese di ${MONTHS_IT[month]} e ` },
        { text: eur(sample.totalEur), mark: 'data' },
        { text: " nell'anno, di cui " },
        { text: eur(sample.restrictedEur), mark: 'data' },
        { text: ' dalla quota eccedentaria destinata ai consumatori diversi dalle imprese.' },
      ],
    });
  }
  return {
    configurationId: c.configurationId,
    month,
    values: {
      config_esempio: [{ text: name, mark: 'data' }],
      mese_esempio: [{ text: MONTHS_IT[month]!, mark: 'data' }],
      importo_mese: [{ text: eur(total), mark: 'data' }],
    },
    blocks,
  };
}
