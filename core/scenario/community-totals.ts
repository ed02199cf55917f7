/**
 * The community's figures for the dashboard: each configuration's yearly figures and their
 * sum. Sums of energies and money are plain sums; self-sufficiency is recomputed on the sums
 * ((self-consumed + shared) / consumption), never averaged.
 */
import type { ScenarioResult } from './types';

export interface CommunityFigures {
  configurationId: number | null;
  name: string;
  kWp: number;
  members: number;
  productionKWh: number;
  consumptionKWh: number;
  selfConsumedKWh: number;
  injectedKWh: number;
  withdrawnKWh: number;
  sharedKWh: number;
  /** [€/yr], null without economics. */
  incentiveEur: number | null;
  valorisationEur: number | null;
  /** [t CO2/yr], null without economics. */
  avoidedTCO2: number | null;
  /** [-] */
  selfSufficiency: number;
}

/** Rows per configuration, then the community (configurationId null) as their sum. */
export function communityFigures(result: ScenarioResult, plantKWp: (configurationId: number) => number): { configurations: CommunityFigures[]; community: CommunityFigures } {
  const rows: CommunityFigures[] = result.configurations.map((c) => ({
    configurationId: c.configurationId,
    name: c.name,
    kWp: plantKWp(c.configurationId),
    members: result.members.filter((m) => m.configurationId === c.configurationId).length,
    productionKWh: c.productionKWh,
    consumptionKWh: c.consumptionKWh,
    selfConsumedKWh: c.selfConsumedKWh,
    injectedKWh: c.injectedKWh,
    withdrawnKWh: c.withdrawnKWh,
    sharedKWh: c.sharedKWh,
    incentiveEur: c.economics?.incentiveEur ?? null,
    valorisationEur: c.economics?.valorisationEur ?? null,
    avoidedTCO2: c.economics?.avoidedTCO2 ?? null,
    selfSufficiency: c.selfSufficiency,
  }));
  const sum = (k: keyof CommunityFigures) => rows.reduce((s, r) => s + (r[k] as number), 0);
  const sumOrNull = (k: 'incentiveEur' | 'valorisationEur' | 'avoidedTCO2') => (rows.length && rows.every((r) => r[k] !== null) ? sum(k) : null);
  const consumption = sum('consumptionKWh');
  const community: CommunityFigures = {
    configurationId: null,
    name: '',
    kWp: sum('kWp'),
    members: sum('members'),
    productionKWh: sum('productionKWh'),
    consumptionKWh: consumption,
    selfConsumedKWh: sum('selfConsumedKWh'),
    injectedKWh: sum('injectedKWh'),
    withdrawnKWh: sum('withdrawnKWh'),
    sharedKWh: sum('sharedKWh'),
    incentiveEur: sumOrNull('incentiveEur'),
    valorisationEur: sumOrNull('valorisationEur'),
    avoidedTCO2: sumOrNull('avoidedTCO2'),
    selfSufficiency: consumption > 0 ? (sum('selfConsumedKWh') + sum('sharedKWh')) / consumption : 0,
  };
  return { configurations: rows, community };
}

/** Element-wise sum of hourly series on one base (every configuration of a run shares it). */
export function sumSeries(series: ArrayLike<number>[]): number[] {
  const n = Math.max(0, ...series.map((s) => s.length));
  const out = new Array<number>(n).fill(0);
  for (const s of series) for (let i = 0; i < s.length; i++) out[i]! += s[i]!;
  return out;
}
