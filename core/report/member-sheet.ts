/**
 * A one-page sheet for a member: who it is, its points and plants, and its year in the
 * simulation (consumption, self-consumption, shared energy, bill savings, its share of the
 * incentive, avoided CO2). Figures are the member's outcome of the run, formatted as in the report.
 */
import type { Community, Configuration, Member, Plant } from '../model/entities';
import type { MemberOutcome } from '../scenario/types';
import type { ReportDocument } from './document';
import { reportFormat } from './format';
import { CATEGORY, COLOURS, LABELS, SOURCE } from './labels';

const W = {
  it: { sheet: 'Scheda membro', who: 'Anagrafica', year: "L'anno simulato", plants: 'Impianti del membro', none: 'Nessun impianto', category: 'Categoria', configuration: 'Configurazione', pods: 'POD', taxCode: 'Codice fiscale', consumption: 'Consumo (kWh)', self: 'Autoconsumo fisico (kWh)', sharedC: 'Condivisa come consumatore (kWh)', sharedP: 'Condivisa come produttore (kWh)', suff: 'Autosufficienza', savings: 'Risparmio in bolletta', incentive: "Quota dell'incentivo", co2: 'CO2 evitata (kg)', payback: 'Ritorno dei suoi impianti (anni)', energyChart: "L'energia del membro nell'anno (kWh)", notSimulated: 'Il membro non è in una configurazione: non è stato simulato.', page: 'Pagina', note: "Quota dell'incentivo in proporzione all'energia condivisa come consumatore; risparmio al prezzo in bolletta della categoria (parametri con fonte nella relazione tecnica)." },
  en: { sheet: 'Member sheet', who: 'Registry', year: 'The simulated year', plants: "Member's plants", none: 'No plants', category: 'Category', configuration: 'Configuration', pods: 'POD', taxCode: 'Tax code', consumption: 'Consumption (kWh)', self: 'Physical self-consumption (kWh)', sharedC: 'Shared as consumer (kWh)', sharedP: 'Shared as producer (kWh)', suff: 'Self-sufficiency', savings: 'Bill savings', incentive: 'Share of the incentive', co2: 'Avoided CO2 (kg)', payback: 'Payback of its plants (years)', energyChart: "The member's energy over the year (kWh)", notSimulated: 'The member is in no configuration: it was not simulated.', page: 'Page', note: "Incentive share pro rata to the energy shared as consumer; savings at the category's bill price (parameters with their sources in the technical report)." },
} as const;

export function memberSheet(input: { lang: 'it' | 'en'; community: Community; configurations: Configuration[]; member: Member; plants: Plant[]; outcome: MemberOutcome | null; referenceYear: number }): ReportDocument {
  const { lang, member: m, outcome: o } = input;
  const w = W[lang];
  const f = reportFormat(lang);
  const config = input.configurations.find((c) => c.id === m.configurationId);
  const own = input.plants.filter((p) => p.ownerMemberId === m.id);
  const year = o
    ? [
        {
          kind: 'kpis' as const,
          items: [
            { label: w.consumption, value: f.num(o.consumptionKWh) },
            { label: w.self, value: f.num(o.selfConsumptionKWh) },
            { label: w.sharedC, value: f.num(o.sharedAsConsumerKWh) },
            { label: w.sharedP, value: f.num(o.sharedAsProducerKWh) },
            { label: w.suff, value: f.pct(o.selfSufficiency) },
            { label: w.savings, value: o.savingsEur === undefined ? '—' : f.eur(o.savingsEur, 2) },
            { label: w.incentive, value: o.incentiveShareEur === undefined ? '—' : f.eur(o.incentiveShareEur, 2) },
            { label: w.co2, value: o.avoidedKgCO2 === undefined ? '—' : f.num(o.avoidedKgCO2) },
          ],
        },
        ...(o.paybackYears !== undefined && own.length ? [{ kind: 'kpis' as const, items: [{ label: w.payback, value: o.paybackYears === null ? '—' : f.fixed(o.paybackYears, 1) }] }] : []),
        {
          kind: 'chart' as const,
          // The sheet's title already names the member: the chart says what it shows.
          title: w.energyChart,
          spec: {
            chart: 'bars' as const,
            data: {
              unit: 'kWh',
              categories: [w.consumption, w.self, w.sharedC].map((s) => s.replace(/ \(kWh\)$/, '')),
              series: [{ name: m.name, values: [o.consumptionKWh, o.selfConsumptionKWh, o.sharedAsConsumerKWh], colour: COLOURS.shared }],
            },
          },
        },
        { kind: 'paragraph' as const, text: w.note },
      ]
    : [{ kind: 'paragraph' as const, text: w.notSimulated }];
  return {
    lang,
    title: `${w.sheet} — ${m.name}`,
    subtitle: `${input.community.name} · ${config ? `${w.configuration} ${config.name} (${config.substationCode || '—'})` : ''}`,
    footer: `${input.community.name} — ${w.sheet}`,
    contentsLabel: '',
    pageLabel: w.page,
    sections: [
      {
        title: w.who,
        blocks: [
          {
            kind: 'table',
            columns: [w.category, w.taxCode, w.pods],
            rows: [[CATEGORY[lang][m.category], m.taxCode || '—', m.pods.join(', ') || '—']],
          },
        ],
      },
      { title: `${w.year} ${input.referenceYear}`, blocks: year },
      {
        title: w.plants,
        blocks: own.length
          ? [{ kind: 'table', columns: [LABELS[lang].name, LABELS[lang].power, LABELS[lang].source], rows: own.map((p) => [p.name, f.num(p.kWp, 1), SOURCE[lang][p.source]]), numeric: [false, true, false] }]
          : [{ kind: 'paragraph', text: w.none }],
      },
    ],
  };
}
