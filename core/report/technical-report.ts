/**
 * The technical report of a project as a document model: community and configurations,
 * members and plants, method and assumptions (every parameter with its source and date),
 * energy, economics, carbon and eligibility findings with their citations. Every figure is
 * a number of the simulation result (what `condivisa simulate --json` prints), formatted
 * in the report's language; nothing is recomputed here.
 */
import type { Community, Configuration, Member, Plant } from '../model/entities';
import type { Finding } from '../rules/types';
import { formatMessage, textIn } from '../model/messages';
import type { ParameterEntry } from '../scenario/parameter-catalogue';
import type { ConfigurationHourly, ConfigurationOutcome, ScenarioResult } from '../scenario/types';
import { weatherSourceText } from '../scenario/weather-source';
import { unitText } from '../model/unit-text';
import { marksSecondary, sourceIn } from '../model/sourced-value';
import { scenarioLabel } from '../charts/scenarios';
import { chartLocale } from '../charts/chart-locale';
import type { ReportBlock, ReportDocument, ReportSection } from './document';
import { reportFormat, type ReportFormat } from './format';
import type { FundingCallAssessment } from './funding-call';
import { fundingCallSection } from './funding-call-section';
import { CATEGORY, LABELS, SEVERITY, SOURCE, type Labels } from './labels';

export interface TechnicalReportInput {
  lang: 'it' | 'en';
  community: Community;
  configurations: Configuration[];
  members: Member[];
  plants: Plant[];
  result: ScenarioResult;
  /** ISO instant of the simulation. */
  computedAt: string;
  parameters: ParameterEntry[];
  findings: Finding[];
  /** ISO date of the report. */
  today: string;
  appVersion: string;
  /** Hourly series of the last run per configuration (heatmap, duration curves); absent: those charts are left out with a note. */
  hourly?: ConfigurationHourly[];
  /** The funding call assessed on the project's plants (the PNRR measure by default); absent: no section. */
  fundingCall?: FundingCallAssessment | null;
}

type Ctx = { f: ReportFormat; L: Labels; input: TechnicalReportInput };

export function technicalReport(input: TechnicalReportInput): ReportDocument {
  const f = reportFormat(input.lang);
  const L = LABELS[input.lang];
  const ctx: Ctx = { f, L, input };
  return {
    lang: input.lang,
    title: `${L.title} — ${input.community.name}`,
    subtitle: `${input.community.legalEntity || input.community.name} · ${input.community.type} · ${input.community.municipality} (${input.community.region}) · ${L.generated} ${f.date(input.today)} · Condivisa ${input.appVersion}`,
    footer: `${input.community.name} — ${L.title}`,
    contentsLabel: L.contents,
    pageLabel: L.page,
    sections: [
      ...[communitySection(ctx), membersSection(ctx), methodSection(ctx), energySection(ctx), economicsSection(ctx), carbonSection(ctx), eligibilitySection(ctx)],
      // Last, so the numbering of the earlier sections does not depend on whether a call applies.
      ...(input.fundingCall && input.fundingCall.plants.length > 0 ? [fundingCallSection(input.fundingCall, f)] : []),
    ],
  };
}

function communitySection({ f, L, input }: Ctx): ReportSection {
  const c = input.community;
  const rows = input.configurations.map((k) => {
    const plants = input.plants.filter((p) => p.configurationId === k.id);
    return [k.name, k.substationCode || '—', f.num(input.members.filter((m) => m.configurationId === k.id).length), f.num(plants.length), f.num(plants.reduce((s, p) => s + p.kWp, 0), 1)];
  });
  const it = input.lang === 'it';
  return {
    title: L.community,
    blocks: [
      {
        kind: 'paragraph',
        text: it
          ? `${c.legalEntity || c.name}, ${c.type}, costituita il ${f.date(c.constitutionDate)}, comune di ${c.municipality} (${c.region}). Anno di riferimento della simulazione: ${c.referenceYear}. Una configurazione per ogni cabina primaria [RO p.6].`
          : `${c.legalEntity || c.name}, ${c.type}, constituted on ${f.date(c.constitutionDate)}, municipality of ${c.municipality} (${c.region}). Reference year of the simulation: ${c.referenceYear}. One configuration per primary substation [RO p.6].`,
      },
      { kind: 'table', columns: [L.configuration, L.substation, L.members, L.plants, L.power], rows, numeric: [false, false, true, true, true] },
    ],
  };
}

function membersSection({ f, L, input }: Ctx): ReportSection {
  const lang = input.lang;
  const configName = new Map(input.configurations.map((c) => [c.id, c.name]));
  const memberName = new Map(input.members.map((m) => [m.id, m.name]));
  const inConfig = (id: number | null) => (id === null ? L.notSimulated : (configName.get(id) ?? '—'));
  return {
    title: L.membersPlants,
    blocks: [
      { kind: 'heading', text: L.members },
      {
        kind: 'table',
        columns: [L.name, L.category, L.configuration, L.pods, L.annualKWh, L.vulnerable],
        rows: input.members.map((m) => [m.name, CATEGORY[lang][m.category], inConfig(m.configurationId), m.pods.join(', ') || '—', f.num(m.annualKWh), m.vulnerable ? L.yes : L.no]),
        numeric: [false, false, false, false, true, false],
      },
      { kind: 'heading', text: L.plants },
      {
        kind: 'table',
        columns: [L.name, L.source, L.power, L.tiltAzimuth, L.commissioning, L.owner, L.state, L.grant, L.investment, L.configuration],
        rows: input.plants.map((p) => [
          p.name,
          SOURCE[lang][p.source],
          f.num(p.kWp, 1),
          `${f.num(p.tiltDeg)}/${f.num(p.azimuthDeg)}`,
          f.date(p.commissioningDate),
          p.ownerMemberId !== null ? (memberName.get(p.ownerMemberId) ?? '—') : p.thirdPartyProducer || '—',
          p.existing ? L.existing : L.isNew,
          f.pct(p.grantShare, 0),
          // No cost given: the economics assume the PNRR cap of the power class, said here too.
          p.existing ? '—' : p.capexEur != null ? f.eur(p.capexEur, 0) : L.capAssumed,
          inConfig(p.configurationId),
        ]),
        numeric: [false, false, true, false, false, false, false, true, true, false],
      },
    ],
  };
}

function methodSection({ f, L, input }: Ctx): ReportSection {
  const r = input.result;
  const it = input.lang === 'it';
  // An assumption of every configuration is said once; one of some configurations names them.
  const perConfig = r.configurations.filter((c) => c.economics).map((c) => ({ name: c.name, texts: c.economics!.assumptions.map((a) => textIn(a, input.lang)) }));
  const assumptions = [...new Set(perConfig.flatMap((c) => c.texts))].map((text) => {
    const where = perConfig.filter((c) => c.texts.includes(text)).map((c) => c.name);
    return where.length === perConfig.length ? text : `${where.join(', ')}: ${text}`;
  });
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: it
        ? `Simulazione oraria dell'anno ${r.referenceYear} in ora civile italiana, passo ${r.stepMinutes} minuti, eseguita il ${f.date(input.computedAt)}. Meteo: ${weatherSourceText(r.weatherSource, 'it')}. Produzione FV con posizione solare NREL SPA, trasposizione di Perez e modello PVWatts; consumi da curve importate, bollette F1/F2/F3 o profili tipo; energia condivisa oraria = min(immessa, prelevata) sotto la stessa cabina primaria [RO App. A p.143], ripartita tra gli impianti dal più vecchio [RO pp.143–144]; tariffa premio TIP [RO p.38, pp.148–149], valorizzazione ARERA [RO pp.41–42], regola 55/45 [RO p.39].`
        : `Hourly simulation of ${r.referenceYear} in Italian civil time, ${r.stepMinutes}-minute step, run on ${f.date(input.computedAt)}. Weather: ${weatherSourceText(r.weatherSource, 'en')}. PV production with the NREL SPA sun position, Perez transposition and the PVWatts model; loads from imported curves, F1/F2/F3 bills or typical shapes; hourly shared energy = min(injected, withdrawn) under the same primary substation [RO App. A p.143], split among plants oldest first [RO pp.143–144]; incentive tariff TIP [RO p.38, pp.148–149], ARERA valorisation [RO pp.41–42], 55/45 rule [RO p.39].`,
    },
    {
      kind: 'table',
      columns: [L.parameter, L.value, L.source, L.date],
      rows: input.parameters.map((p) => [formatMessage(p.label, input.lang) + (p.overridden ? L.override : ''), `${f.num(p.value, 4)} ${unitText(p.unit, input.lang)}`, sourceIn(p, input.lang) + (marksSecondary(p, input.lang) ? (it ? ' (fonte secondaria)' : ' (secondary source)') : ''), f.date(p.date)]),
      numeric: [false, true, false, false],
    },
  ];
  if (assumptions.length) blocks.push({ kind: 'heading', text: L.assumptions }, { kind: 'bullets', items: assumptions });
  if (r.warnings.length) blocks.push({ kind: 'heading', text: L.warnings }, { kind: 'bullets', items: r.warnings.map((w) => textIn(w, input.lang)) });
  return { title: L.method, blocks };
}

function energySection({ f, L, input }: Ctx): ReportSection {
  const blocks: ReportBlock[] = [];
  for (const c of input.result.configurations) {
    blocks.push({ kind: 'heading', text: `${L.configuration} ${c.name} (${c.substation || '—'})` });
    blocks.push({
      kind: 'kpis',
      items: [
        { label: `${L.production} (kWh)`, value: f.num(c.productionKWh) },
        { label: `${L.consumption} (kWh)`, value: f.num(c.consumptionKWh) },
        { label: `${L.selfConsumed} (kWh)`, value: f.num(c.selfConsumedKWh) },
        { label: `${L.shared} (kWh)`, value: f.num(c.sharedKWh) },
        { label: `${L.incentivised} (kWh)`, value: f.num(c.incentivisedKWh) },
        { label: L.selfSufficiency, value: f.pct(c.selfSufficiency) },
        { label: L.sharedRatio, value: f.pct(c.sharedRatio) },
        { label: `${L.injected} (kWh)`, value: f.num(c.injectedKWh) },
      ],
    });
    blocks.push({ kind: 'chart', title: `${L.monthlyChart} — ${c.name}`, spec: { chart: 'monthly-energy', data: c.monthly } });
    blocks.push(monthlyTable(f, L, c));
    blocks.push({ kind: 'chart', title: `${L.flowChart} — ${c.name}`, spec: { chart: 'energy-flow', data: c } });
    const h = input.hourly?.find((x) => x.configurationId === c.configurationId);
    if (h) {
      blocks.push({ kind: 'chart', title: `${L.heatmapChart} — ${c.name}`, spec: { chart: 'heatmap', data: { base: h.base, valuesKWh: h.sharedKWh } } });
      blocks.push({ kind: 'chart', title: `${L.durationChart} — ${c.name}`, spec: { chart: 'duration', data: h } });
    } else {
      blocks.push({ kind: 'paragraph', text: L.noHourly });
    }
  }
  return { title: L.energy, blocks };
}

function monthlyTable(f: ReportFormat, L: Labels, c: ConfigurationOutcome): ReportBlock {
  const m = c.monthly;
  const rows = f.months.map((name, i) => [name, f.num(m.productionKWh[i]!), f.num(m.consumptionKWh[i]!), f.num(m.selfConsumptionKWh[i]!), f.num(m.sharedKWh[i]!), f.num(m.incentivisedKWh[i]!)]);
  return { kind: 'table', columns: [L.month, L.production, L.consumption, L.selfConsumed, L.shared, L.incentivised], rows, numeric: [false, true, true, true, true, true], caption: 'kWh' };
}

function economicsSection({ f, L, input }: Ctx): ReportSection {
  const blocks: ReportBlock[] = [];
  const loc = chartLocale(input.lang); // the scenarios named as the app's charts name them
  for (const c of input.result.configurations) {
    const e = c.economics;
    if (!e) continue;
    blocks.push({ kind: 'heading', text: `${L.configuration} ${c.name}` });
    blocks.push({
      kind: 'kpis',
      items: [
        { label: L.incentive, value: f.eur(e.incentiveEur, 2) },
        { label: L.valorisation, value: f.eur(e.valorisationEur, 2) },
        { label: L.restricted, value: f.eur(e.restrictedPotEur, 2) },
        { label: L.sale, value: f.eur(e.energySaleEur, 2) },
        { label: L.savings, value: f.eur(e.billSavingsEur, 2) },
        { label: L.capex, value: f.eur(e.capexEur) },
        { label: L.grantEur, value: f.eur(e.grantEur) },
        { label: L.npv, value: f.eur(e.npvEur) },
        { label: L.irr, value: e.irr === null ? '—' : f.pct(e.irr) },
        { label: L.payback, value: e.simplePaybackYears === null ? '—' : f.fixed(e.simplePaybackYears, 1) },
        { label: L.lcoe, value: f.fixed(e.lcoeEurPerKWh, 3) },
        { label: L.fees, value: f.eur(e.gseFeesEurPerYear, 2) },
      ],
    });
    blocks.push({ kind: 'chart', title: `${L.monthlyIncentive} — ${c.name}`, spec: { chart: 'monthly-incentive', data: e.monthlyIncentiveEur } });
    blocks.push({ kind: 'chart', title: `${L.cashFlowChart} — ${c.name}`, spec: { chart: 'cash-flow', data: e.cashFlows } });
    blocks.push({
      kind: 'table',
      columns: [L.year, L.revenue, L.cost, L.net, L.cumulative],
      rows: e.cashFlows.map((y) => [String(y.year), f.eur(y.revenueEur), f.eur(y.costEur), f.eur(y.netEur), f.eur(y.cumulativeEur)]),
      numeric: [false, true, true, true, true],
    });
    blocks.push({
      kind: 'table',
      columns: [L.scenario, L.npv, L.irr, L.incentive],
      rows: e.scenarios.map((s) => [scenarioLabel(s.name, loc), f.eur(s.npvEur), s.irr === null ? '—' : f.pct(s.irr), f.eur(s.year1IncentiveEur)]),
      numeric: [false, true, true, true],
    });
  }
  return { title: L.economics, blocks };
}

function carbonSection({ f, L, input }: Ctx): ReportSection {
  const rows = input.result.configurations
    .filter((c) => c.economics)
    .map((c) => [c.name, f.fixed(c.economics!.avoidedTCO2, 1), f.fixed(c.economics!.embodiedTCO2, 1), c.economics!.carbonPaybackYears === null ? '—' : f.fixed(c.economics!.carbonPaybackYears, 1)]);
  const grid = input.parameters.find((p) => p.key.toLowerCase().includes('grid'));
  return {
    title: L.carbon,
    blocks: [
      ...(grid ? [{ kind: 'paragraph' as const, text: `${formatMessage(grid.label, input.lang)}: ${f.num(grid.value, 4)} ${unitText(grid.unit, input.lang)} — ${sourceIn(grid, input.lang)}, ${f.date(grid.date)}.` }] : []),
      { kind: 'table', columns: [L.configuration, L.avoided, L.embodied, L.carbonPayback], rows, numeric: [false, true, true, true] },
    ],
  };
}

/** A citation such as "[RO p.16]" never splits across lines (no-break spaces). */
const keepTogether = (citation: string) => citation.replace(/\[RO /g, '[RO\u00a0').replace(/ (p+\.)/g, '\u00a0$1');

function eligibilitySection({ L, input }: Ctx): ReportSection {
  const lang = input.lang;
  const names = new Map<string, string>([
    ...input.members.map((m) => [`member:${m.id}`, m.name] as [string, string]),
    ...input.plants.map((p) => [`plant:${p.id}`, p.name] as [string, string]),
    ...input.configurations.map((c) => [`configuration:${c.id}`, c.name] as [string, string]),
  ]);
  if (input.findings.length === 0) return { title: L.eligibility, blocks: [{ kind: 'paragraph', text: L.noFindings }] };
  return {
    title: L.eligibility,
    blocks: [
      {
        kind: 'table',
        columns: [L.severity, L.entity, L.finding, L.source, L.fix],
        rows: input.findings.map((x) => [SEVERITY[lang][x.severity], names.get(`${x.entity.kind}:${x.entity.id}`) ?? input.community.name, formatMessage(x.message, lang), keepTogether(x.source), formatMessage(x.fix, lang)]),
      },
    ],
  };
}
