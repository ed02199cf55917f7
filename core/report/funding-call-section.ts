/** The technical report's funding-call section: the call's terms with sources, then per plant the eligible cost, the grant and the deadlines. */
import type { ReportSection } from './document';
import type { FundingCallAssessment } from './funding-call';
import type { ReportFormat } from './format';

export function fundingCallSection(a: FundingCallAssessment, f: ReportFormat): ReportSection {
  const lang = f.lang;
  const it = lang === 'it';
  const c = a.call;
  const status = a.template
    ? it ? 'Modello con valori segnaposto: le cifre non sono quelle di un bando.' : 'Template with placeholder values: the figures are not a call\'s.'
    : a.closed
      ? it ? `Bando chiuso al ${f.date(a.today)}: le date sono riportate per riferimento.` : `Call closed on ${f.date(a.today)}: its dates are kept for reference.`
      : it ? `Bando aperto al ${f.date(a.today)}.` : `Call open on ${f.date(a.today)}.`;
  const caps = c.costCaps.bands.map((b) => `${it ? 'fino a' : 'up to'} ${f.num(b.upToKw)} kW: ${f.num(b.eurPerKw)} €/kW`).join('; ');
  return {
    title: it ? 'Bando di finanziamento' : 'Funding call',
    blocks: [
      { kind: 'paragraph', text: `${c.title[lang]} — ${c.source}. ${status}` },
      {
        kind: 'bullets',
        items: [
          `${it ? 'Contributo' : 'Grant'}: ${f.pct(c.grantShare.value, 0)} ${it ? 'del costo ammissibile' : 'of the eligible cost'} [${c.grantShare.source}]`,
          `${it ? 'Massimali' : 'Cost caps'}: ${caps} [${c.costCaps.source}]`,
          `${it ? 'Spese tecniche' : 'Soft costs'}: ≤ ${f.pct(c.softCostMaxShare.value, 0)} [${c.softCostMaxShare.source}]`,
          ...a.timeline.map((r) => `${r.label[lang]}: ${f.date(r.date)} [${r.source}]`),
        ],
      },
      {
        kind: 'table',
        columns: it ? ['Impianto', 'kW', 'Costo ammissibile', 'Contributo massimo', 'Contributo previsto', 'Note'] : ['Plant', 'kW', 'Eligible cost', 'Maximum grant', 'Planned grant', 'Notes'],
        rows: a.plants.map((p) => [
          p.name,
          f.num(p.kWp, 1),
          f.eur(p.eligibleCostEur),
          f.eur(p.grantEur),
          f.eur(p.plannedGrantEur),
          [...p.reasons.map((r) => r[lang]), ...(p.costAssumed && p.eligible ? [it ? 'costo ipotizzato pari al massimale' : 'cost assumed equal to the cap'] : [])].join('; '),
        ]),
        numeric: [false, true, true, true, true, false],
      },
      {
        kind: 'table',
        columns: it ? ['Impianto', 'Scadenza', 'Data', 'Giorni', "Data dell'impianto", 'Rispettata'] : ['Plant', 'Deadline', 'Date', 'Days', 'Plant date', 'Met'],
        rows: a.plants.flatMap((p) =>
          p.timeline.map((r) => [p.name, r.label[lang], f.date(r.date), f.num(r.daysLeft), f.date(r.plantDate), r.meets === null ? '—' : r.meets ? (it ? 'sì' : 'yes') : 'no']),
        ),
        numeric: [false, false, false, true, false, false],
      },
    ],
  };
}
