/**
 * Typed loader of resources/parameters/carbon.json (pure: takes the parsed JSON).
 */
import { ShapeReader } from '../economics/parameterShape';
import type { SourcedValue } from '../model/sourced-value';

/** Which energy a grid factor applies to. */
export type GridFactorBasis = 'production' | 'consumption';

export type GridFactor = SourcedValue & { basis: GridFactorBasis; year: number };

/** NREL-harmonised PV life-cycle emissions and their reference conditions. */
export interface PvEmbodiedReference {
  /** Median life-cycle emissions [g CO2e/kWh]. */
  gCo2ePerKWh: number;
  /** Interquartile range [g CO2e/kWh]. */
  interquartileGCo2ePerKWh: [number, number];
  /** Reference in-plane irradiation [kWh/m²/yr]. */
  referenceIrradiationKWhPerM2Year: number;
  /** Reference performance ratio [-]. */
  referencePerformanceRatio: number;
  /** Reference life [yr]. */
  referenceLifetimeYears: number;
  source: string;
  /** The source in Italian, when the file gives one (core/model/sourced-value.ts). */
  sourceIt?: string;
  date: string;
}

export interface CarbonParameters {
  gridFactors: GridFactor[];
  pvEmbodied: PvEmbodiedReference;
}

export function loadCarbonParameters(raw: unknown, file = 'carbon.json'): CarbonParameters {
  const r = new ShapeReader(file);
  const o = r.object(raw, '$');
  r.schema(o, 'condivisa.parameters.carbon/1');
  const gridFactors = r.array(o.gridFactors, 'gridFactors').map((g, i): GridFactor => {
    const p = `gridFactors[${i}]`;
    const go = r.object(g, p);
    if (go.basis !== 'production' && go.basis !== 'consumption') r.fail(`${p}.basis`, 'expected "production" or "consumption"');
    if (go.unit !== 'kgCO2/kWh') r.fail(`${p}.unit`, 'expected "kgCO2/kWh"');
    return {
      basis: go.basis as GridFactorBasis,
      year: r.number(go.year, `${p}.year`, { min: 1990, max: 2100 }),
      ...r.sourced(go, p, { min: 0, max: 1.5 }),
    };
  });
  const pv = r.object(o.pvEmbodied, 'pvEmbodied');
  const iqr = r.array(pv.interquartileGCo2ePerKWh, 'pvEmbodied.interquartileGCo2ePerKWh');
  if (iqr.length !== 2) r.fail('pvEmbodied.interquartileGCo2ePerKWh', 'expected [low, high]');
  return {
    gridFactors,
    pvEmbodied: {
      gCo2ePerKWh: r.number(pv.gCo2ePerKWh, 'pvEmbodied.gCo2ePerKWh', { min: 0, max: 500 }),
      interquartileGCo2ePerKWh: [
        r.number(iqr[0], 'pvEmbodied.interquartileGCo2ePerKWh[0]', { min: 0 }),
        r.number(iqr[1], 'pvEmbodied.interquartileGCo2ePerKWh[1]', { min: 0 }),
      ],
      referenceIrradiationKWhPerM2Year: r.number(pv.referenceIrradiationKWhPerM2Year, 'pvEmbodied.referenceIrradiationKWhPerM2Year', { min: 1 }),
      referencePerformanceRatio: r.number(pv.referencePerformanceRatio, 'pvEmbodied.referencePerformanceRatio', { min: 0.1, max: 1 }),
      referenceLifetimeYears: r.number(pv.referenceLifetimeYears, 'pvEmbodied.referenceLifetimeYears', { min: 1, max: 60 }),
      ...r.provenance(pv, 'pvEmbodied'),
    },
  };
}

/** The grid factor of `basis` for `year`: latest year ≤ `year`. @throws when none. */
export function gridFactorFor(factors: readonly GridFactor[], basis: GridFactorBasis, year: number): GridFactor {
  const candidates = factors.filter((f) => f.basis === basis && f.year <= year);
  if (candidates.length === 0) throw new Error(`No ${basis} grid emission factor for year ${year} or earlier`);
  return candidates.reduce((a, b) => (b.year > a.year ? b : a));
}
