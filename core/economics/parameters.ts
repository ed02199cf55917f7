/**
 * Typed loaders for the economic parameter files in resources/parameters/. Each takes the
 * parsed JSON (the host reads the file) and returns typed data or throws a ParameterError
 * naming the file and field.
 */
import { COMMUNITY_TYPES, type CommunityType, PLANT_SOURCES, type PlantSource } from '../model/entities';
import type { PmgBand, PmgEligibility } from './energySale';
import type { FeeBand, GseFeeSchedule } from './gseFees';
import type { CostCapBand, PnrrGrantRules } from './pnrrGrant';
import { MARKET_ZONES, type MarketZone } from './regions';
import { ShapeReader } from './parameterShape';
import type { SourcedValue } from '../model/sourced-value';

export { ParameterError } from './parameterShape';
export type { SourcedValue } from '../model/sourced-value';

/** A sourced value valid from a given year. */
export type YearValue = SourcedValue & { year: number };

/** The entry for `year`: the latest entry whose year is ≤ `year`. @throws when none. */
export function valueForYear<T extends { year: number }>(series: readonly T[], year: number): T {
  let best: T | null = null;
  for (const e of series) if (e.year <= year && (best === null || e.year > best.year)) best = e;
  if (best === null) throw new Error(`No parameter value for year ${year} (earliest is ${Math.min(...series.map((e) => e.year))})`);
  return best;
}

function yearSeries(r: ShapeReader, x: unknown, path: string, opts: { min?: number; max?: number }): YearValue[] {
  return r.array(x, path).map((e, i) => {
    const p = `${path}[${i}]`;
    const o = r.object(e, p);
    return { year: r.number(o.year, `${p}.year`, { min: 2000, max: 2100 }), ...r.sourced(o, p, opts) };
  });
}

// ---------------------------------------------------------------- valorisation.json
export interface ValorisationParameters {
  /** TRASe by year [€/MWh]. */
  trasEEurPerMWh: YearValue[];
  /** BTAU by year [€/MWh]. */
  btauEurPerMWh: YearValue[];
  /** cPR by voltage [-]. */
  avoidedLossCoefficient: { MV: SourcedValue; LV: SourcedValue };
}

export function loadValorisationParameters(raw: unknown, file = 'valorisation.json'): ValorisationParameters {
  const r = new ShapeReader(file);
  const o = r.object(raw, '$');
  r.schema(o, 'condivisa.parameters.valorisation/1');
  const loss = r.object(o.avoidedLossCoefficient, 'avoidedLossCoefficient');
  return {
    trasEEurPerMWh: yearSeries(r, o.trasEEurPerMWh, 'trasEEurPerMWh', { min: 0, max: 100 }),
    btauEurPerMWh: yearSeries(r, o.btauEurPerMWh, 'btauEurPerMWh', { min: 0, max: 100 }),
    avoidedLossCoefficient: {
      MV: r.sourced(loss.MV, 'avoidedLossCoefficient.MV', { min: 0, max: 0.2 }),
      LV: r.sourced(loss.LV, 'avoidedLossCoefficient.LV', { min: 0, max: 0.2 }),
    },
  };
}

// ---------------------------------------------------------------- energy-sale.json
export interface PmgYear {
  year: number;
  bySource: Partial<Record<PlantSource, PmgBand[]>>;
  source: string;
  /** The source in Italian, when the file gives one (core/model/sourced-value.ts). */
  sourceIt?: string;
  date: string;
  secondary: boolean;
}
export interface EnergySaleParameters {
  pmg: PmgYear[];
  pmgEligibility: PmgEligibility & { source: string; date: string; secondary: boolean };
}

function sourceKey(r: ShapeReader, k: string, path: string): PlantSource {
  if (!(PLANT_SOURCES as readonly string[]).includes(k)) r.fail(path, `unknown plant source "${k}"`);
  return k as PlantSource;
}

export function loadEnergySaleParameters(raw: unknown, file = 'energy-sale.json'): EnergySaleParameters {
  const r = new ShapeReader(file);
  const o = r.object(raw, '$');
  r.schema(o, 'condivisa.parameters.energy-sale/1');
  const pmg = r.array(o.pmg, 'pmg').map((e, i): PmgYear => {
    const p = `pmg[${i}]`;
    const y = r.object(e, p);
    const bySourceRaw = r.object(y.bySource, `${p}.bySource`);
    const bySource: Partial<Record<PlantSource, PmgBand[]>> = {};
    for (const [k, v] of Object.entries(bySourceRaw)) {
      const sp = `${p}.bySource.${k}`;
      bySource[sourceKey(r, k, sp)] = r.array(v, sp).map((b, j) => {
        const bo = r.object(b, `${sp}[${j}]`);
        return {
          upToKWh: r.number(bo.upToKWh, `${sp}[${j}].upToKWh`, { min: 0 }),
          eurPerMWh: r.number(bo.eurPerMWh, `${sp}[${j}].eurPerMWh`, { min: 0, max: 1000 }),
        };
      });
    }
    return { year: r.number(y.year, `${p}.year`, { min: 2000, max: 2100 }), bySource, ...r.provenance(y, p) };
  });
  const el = r.object(o.pmgEligibility, 'pmgEligibility');
  const withInc = r.object(el.maxPowerKwWithIncentive, 'pmgEligibility.maxPowerKwWithIncentive');
  const maxPowerKwWithIncentive: Partial<Record<PlantSource, number>> = {};
  for (const [k, v] of Object.entries(withInc)) {
    const p = `pmgEligibility.maxPowerKwWithIncentive.${k}`;
    maxPowerKwWithIncentive[sourceKey(r, k, p)] = r.number(v, p, { min: 0 });
  }
  return {
    pmg,
    pmgEligibility: {
      maxPowerKwWithoutIncentive: r.number(el.maxPowerKwWithoutIncentive, 'pmgEligibility.maxPowerKwWithoutIncentive', { min: 0 }),
      maxPowerKwWithIncentive,
      ...r.provenance(el, 'pmgEligibility'),
    },
  };
}

// ---------------------------------------------------------------- gse-fees.json
export type GseFeeParameters = GseFeeSchedule & { source: string; date: string };

function feeBands(r: ShapeReader, x: unknown, path: string, key: 'eur' | 'eurPerKw'): { upToKw: number; v: number }[] {
  const bands = r.array(x, path).map((b, i) => {
    const o = r.object(b, `${path}[${i}]`);
    return { upToKw: r.number(o.upToKw, `${path}[${i}].upToKw`, { min: 0 }), v: r.number(o[key], `${path}[${i}].${key}`, { min: 0 }) };
  });
  for (let i = 1; i < bands.length; i++) {
    if (!(bands[i]!.upToKw > bands[i - 1]!.upToKw)) r.fail(`${path}[${i}].upToKw`, 'bands must have increasing upToKw');
  }
  return bands;
}

export function loadGseFeeParameters(raw: unknown, file = 'gse-fees.json'): GseFeeParameters {
  const r = new ShapeReader(file);
  const o = r.object(raw, '$');
  r.schema(o, 'condivisa.parameters.gse-fees/1');
  const ts = r.object(o.tariffService, 'tariffService');
  r.provenance(ts, 'tariffService');
  const pg = r.object(o.pnrrGrantBands, 'pnrrGrantBands');
  r.provenance(pg, 'pnrrGrantBands');
  const pnrrGrantBands: FeeBand[] = feeBands(r, pg.bands, 'pnrrGrantBands.bands', 'eur').map((b) => ({ upToKw: b.upToKw, eur: b.v }));
  return {
    ...r.provenance(o, '$'),
    tariffService: {
      freeUpToKw: r.number(ts.freeUpToKw, 'tariffService.freeUpToKw', { min: 0 }),
      fixedEurPerYear: r.number(ts.fixedEurPerYear, 'tariffService.fixedEurPerYear', { min: 0 }),
      variableAboveKw: r.number(ts.variableAboveKw, 'tariffService.variableAboveKw', { min: 0 }),
      variableEurPerKwYear: r.number(ts.variableEurPerKwYear, 'tariffService.variableEurPerKwYear', { min: 0 }),
    },
    pnrrGrantBands,
    preliminaryCheckEur: r.sourced(o.preliminaryCheckEur, 'preliminaryCheckEur', { min: 0 }).value,
  };
}

// ---------------------------------------------------------------- pnrr-grant.json
export interface PnrrGrantParameters {
  populationThresholds: SourcedValue[];
  /** Rules with the population threshold chosen by `threshold`. */
  rules: PnrrGrantRules;
}

/**
 * @param threshold 'primary' uses the RO value (5,000); 'latest' the most recent entry
 *   (50,000 per DM 127/2025, a secondary source).
 */
export function loadPnrrGrantParameters(
  raw: unknown,
  threshold: 'primary' | 'latest' = 'primary',
  file = 'pnrr-grant.json',
): PnrrGrantParameters {
  const r = new ShapeReader(file);
  const o = r.object(raw, '$');
  r.schema(o, 'condivisa.parameters.pnrr-grant/1');
  const thresholds = r.array(o.populationThresholds, 'populationThresholds').map((t, i) =>
    r.sourced(t, `populationThresholds[${i}]`, { min: 1 }),
  );
  const primary = thresholds.find((t) => !t.secondary);
  const latest = [...thresholds].sort((a, b) => b.date.localeCompare(a.date))[0];
  const chosen = threshold === 'primary' ? primary : latest;
  if (!chosen) return r.fail('populationThresholds', `no ${threshold} threshold`);
  const types = r.array(o.eligibleTypes, 'eligibleTypes').map((t, i) => {
    if (!(COMMUNITY_TYPES as readonly unknown[]).includes(t)) r.fail(`eligibleTypes[${i}]`, `unknown type ${JSON.stringify(t)}`);
    return t as CommunityType;
  });
  const caps = r.object(o.costCaps, 'costCaps');
  r.provenance(caps, 'costCaps');
  const costCaps: CostCapBand[] = feeBands(r, caps.bands, 'costCaps.bands', 'eurPerKw').map((b) => ({ upToKw: b.upToKw, eurPerKw: b.v }));
  return {
    populationThresholds: thresholds,
    rules: {
      maxShare: r.sourced(o.maxShare, 'maxShare', { min: 0, max: 1 }).value,
      maxPowerKw: r.sourced(o.maxPowerKw, 'maxPowerKw', { min: 0 }).value,
      softCostMaxShare: r.sourced(o.softCostMaxShare, 'softCostMaxShare', { min: 0, max: 0.99 }).value,
      populationThreshold: chosen.value,
      costCaps,
      eligibleTypes: types,
    },
  };
}

// ---------------------------------------------------------------- finance.json
export type PzScenario = 'low' | 'base' | 'high';
export interface FinanceParameters {
  horizonYears: SourcedValue;
  inflationPerYear: SourcedValue;
  discountRatePerYear: SourcedValue;
  degradationPerYear: SourcedValue;
  opexEurPerKwYear: SourcedValue;
  insuranceShareOfCapexPerYear: SourcedValue;
  managementEurPerYear: SourcedValue;
  inverterReplacementYear: SourcedValue;
  inverterReplacementEurPerKw: SourcedValue;
  p90OverP50: SourcedValue;
  pzScenarioMultipliers: Record<PzScenario, number>;
}

export function loadFinanceParameters(raw: unknown, file = 'finance.json'): FinanceParameters {
  const r = new ShapeReader(file);
  const o = r.object(raw, '$');
  r.schema(o, 'condivisa.parameters.finance/1');
  const m = r.object(o.pzScenarioMultipliers, 'pzScenarioMultipliers');
  r.provenance(m, 'pzScenarioMultipliers');
  return {
    horizonYears: r.sourced(o.horizonYears, 'horizonYears', { min: 1, max: 60 }),
    inflationPerYear: r.sourced(o.inflationPerYear, 'inflationPerYear', { min: -0.1, max: 0.5 }),
    discountRatePerYear: r.sourced(o.discountRatePerYear, 'discountRatePerYear', { min: -0.5, max: 1 }),
    degradationPerYear: r.sourced(o.degradationPerYear, 'degradationPerYear', { min: 0, max: 0.1 }),
    opexEurPerKwYear: r.sourced(o.opexEurPerKwYear, 'opexEurPerKwYear', { min: 0 }),
    insuranceShareOfCapexPerYear: r.sourced(o.insuranceShareOfCapexPerYear, 'insuranceShareOfCapexPerYear', { min: 0, max: 0.1 }),
    managementEurPerYear: r.sourced(o.managementEurPerYear, 'managementEurPerYear', { min: 0 }),
    inverterReplacementYear: r.sourced(o.inverterReplacementYear, 'inverterReplacementYear', { min: 1, max: 60 }),
    inverterReplacementEurPerKw: r.sourced(o.inverterReplacementEurPerKw, 'inverterReplacementEurPerKw', { min: 0 }),
    p90OverP50: r.sourced(o.p90OverP50, 'p90OverP50', { min: 0.5, max: 1 }),
    pzScenarioMultipliers: {
      low: r.number(m.low, 'pzScenarioMultipliers.low', { min: 0 }),
      base: r.number(m.base, 'pzScenarioMultipliers.base', { min: 0 }),
      high: r.number(m.high, 'pzScenarioMultipliers.high', { min: 0 }),
    },
  };
}

// ---------------------------------------------------------------- zonal-prices-YYYY.json
export interface ZonalPriceParameters {
  year: number;
  /** 12 monthly averages per zone [€/MWh]. */
  monthlyByZone: Record<MarketZone, number[]>;
  source: string;
  /** The source in Italian, when the file gives one (core/model/sourced-value.ts). */
  sourceIt?: string;
  date: string;
  secondary: boolean;
}

export function loadZonalPriceParameters(raw: unknown, file = 'zonal-prices.json'): ZonalPriceParameters {
  const r = new ShapeReader(file);
  const o = r.object(raw, '$');
  r.schema(o, 'condivisa.parameters.zonal-prices/1');
  if (o.unit !== '€/MWh') r.fail('unit', 'expected "€/MWh"');
  const mz = r.object(o.monthlyByZone, 'monthlyByZone');
  const monthlyByZone = {} as Record<MarketZone, number[]>;
  for (const z of MARKET_ZONES) {
    const arr = r.array(mz[z], `monthlyByZone.${z}`);
    if (arr.length !== 12) r.fail(`monthlyByZone.${z}`, `expected 12 months, got ${arr.length}`);
    monthlyByZone[z] = arr.map((v, i) => r.number(v, `monthlyByZone.${z}[${i}]`, { min: -500, max: 4000 }));
  }
  return { year: r.number(o.year, 'year', { min: 2000, max: 2100 }), monthlyByZone, ...r.provenance(o, '$') };
}
