/**
 * *Scenari di progetto*: the headline figures of one saved state of the project (the
 * community's totals over its configurations) and their differences from a first scenario,
 * for the comparison side by side. Not to be confused with the economic sensitivity
 * scenarios of a run (P50/P90/Pz, `ConfigurationEconomics.scenarios`).
 */
import type { ScenarioResult } from './types';

/** What the inputs alone say (known even before a run). */
export interface ScenarioInputTotals {
  /** Σ rated power of the plants [kWp]. */
  kWp: number;
  members: number;
  plants: number;
}

/** The community's totals of one scenario; energy and money are null without a simulation. */
export interface ProjectScenarioSummary extends ScenarioInputTotals {
  /** Σ shared energy of the configurations [kWh/yr]. */
  sharedKWh: number | null;
  /** (Σ self-consumed + Σ shared) / Σ consumption over the configurations [0…1]. */
  selfSufficiency: number | null;
  /** Σ incentive of the reference year [€]. */
  incentiveEur: number | null;
  /** Σ valorisation of the reference year [€]. */
  valorisationEur: number | null;
  /** Σ 20-year NPV of the configurations [€]. */
  npvEur: number | null;
  /** Σ avoided CO2 in the first year [t]. */
  avoidedTCO2: number | null;
  /** Members' benefit: Σ bill savings + Σ incentive shares [€/yr]. */
  membersBenefitEur: number | null;
  /** Σ shared energy by month [kWh], January first. */
  monthlySharedKWh: number[] | null;
}

export const SUMMARY_KEYS = [
  'kWp',
  'members',
  'sharedKWh',
  'selfSufficiency',
  'incentiveEur',
  'valorisationEur',
  'npvEur',
  'avoidedTCO2',
  'membersBenefitEur',
] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** The totals of a scenario: the inputs' counts, and the run's totals when there is one. */
export function summariseProjectScenario(inputs: ScenarioInputTotals, result: ScenarioResult | null): ProjectScenarioSummary {
  if (!result) {
    return { ...inputs, sharedKWh: null, selfSufficiency: null, incentiveEur: null, valorisationEur: null, npvEur: null, avoidedTCO2: null, membersBenefitEur: null, monthlySharedKWh: null };
  }
  const cs = result.configurations;
  const consumption = sum(cs.map((c) => c.consumptionKWh));
  const covered = sum(cs.map((c) => c.selfConsumedKWh + c.sharedKWh));
  const withMoney = cs.filter((c) => c.economics);
  const money = (pick: (e: NonNullable<(typeof cs)[number]['economics']>) => number) => (withMoney.length ? sum(withMoney.map((c) => pick(c.economics!))) : null);
  const hasMemberMoney = result.members.some((m) => m.savingsEur !== undefined || m.incentiveShareEur !== undefined);
  return {
    ...inputs,
    sharedKWh: sum(cs.map((c) => c.sharedKWh)),
    selfSufficiency: consumption > 0 ? covered / consumption : 0,
    incentiveEur: money((e) => e.incentiveEur),
    valorisationEur: money((e) => e.valorisationEur),
    npvEur: money((e) => e.npvEur),
    avoidedTCO2: money((e) => e.avoidedTCO2),
    membersBenefitEur: hasMemberMoney ? sum(result.members.map((m) => (m.savingsEur ?? 0) + (m.incentiveShareEur ?? 0))) : null,
    monthlySharedKWh: Array.from({ length: 12 }, (_, i) => sum(cs.map((c) => c.monthly.sharedKWh[i] ?? 0))),
  };
}

/** One figure of a compared scenario and its difference from the first scenario. */
export interface SummaryCell {
  value: number | null;
  /** value − first scenario's value; null for the first scenario or where either is unknown. */
  delta: number | null;
  /** delta / |first|; null where the first is 0 or unknown. */
  relative: number | null;
}

/** Difference below which two figures read as equal (rounding of a re-run) [relative]. */
const SAME = 1e-9;

/** Each key's cells, scenario by scenario, with the differences from the first. */
export function compareSummaries(summaries: readonly ProjectScenarioSummary[]): Record<SummaryKey, SummaryCell[]> {
  const out = {} as Record<SummaryKey, SummaryCell[]>;
  for (const key of SUMMARY_KEYS) {
    const first = summaries[0]?.[key] ?? null;
    out[key] = summaries.map((s, i) => {
      const value = s[key];
      if (i === 0 || value === null || first === null) return { value, delta: null, relative: null };
      const raw = value - first;
      const delta = Math.abs(raw) <= SAME * Math.max(1, Math.abs(first)) ? 0 : raw;
      return { value, delta, relative: first !== 0 ? delta / Math.abs(first) : null };
    });
  }
  return out;
}
