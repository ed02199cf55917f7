/**
 * Tornado sensitivity of the configuration NPV: each driver moved by ±x% alone, the others
 * at base; rows sorted by swing (|NPV high − NPV low|), largest first.
 */
import type { CashFlowInput } from './cashFlows';
import { cashFlowNpv } from './cashFlows';

export interface SensitivityDriver {
  name: string;
  /** Input with the driver multiplied by `factor` (e.g. 0.9 or 1.1). */
  apply: (input: CashFlowInput, factor: number) => CashFlowInput;
}

const scaleYear1 = (key: keyof CashFlowInput['year1']) => (input: CashFlowInput, f: number): CashFlowInput => ({
  ...input,
  year1: { ...input.year1, [key]: input.year1[key] * f },
});

/** Main drivers: investment, production, incentive, energy sale price, bill savings, valorisation, O&M, discount rate. */
export const DEFAULT_SENSITIVITY_DRIVERS: readonly SensitivityDriver[] = [
  {
    name: 'capex',
    apply: (i, f) => ({
      ...i,
      plants: i.plants.map((p) => ({ ...p, capexEur: p.capexEur * f, grantEur: Math.min(p.grantEur, p.capexEur * f) })),
    }),
  },
  { name: 'production', apply: (i, f) => ({ ...i, productionFactor: (i.productionFactor ?? 1) * f }) },
  { name: 'incentive', apply: scaleYear1('incentiveEur') },
  { name: 'energySalePrice', apply: scaleYear1('energySaleEur') },
  { name: 'billPrice', apply: scaleYear1('billSavingsEur') },
  { name: 'valorisation', apply: scaleYear1('valorisationEur') },
  { name: 'opex', apply: (i, f) => ({ ...i, opexEurPerKwYear: i.opexEurPerKwYear * f }) },
  { name: 'discountRate', apply: (i, f) => ({ ...i, discountRatePerYear: i.discountRatePerYear * f }) },
];

export interface TornadoRow {
  driver: string;
  /** NPV with the driver at (1 − x) [€]. */
  npvLowEur: number;
  /** NPV with the driver at (1 + x) [€]. */
  npvHighEur: number;
  /** |npvHigh − npvLow| [€]. */
  swingEur: number;
}

/** Tornado table for ±`deltaShare` (0.1 = ±10%) on each driver. */
export function npvTornado(
  base: CashFlowInput,
  deltaShare = 0.1,
  drivers: readonly SensitivityDriver[] = DEFAULT_SENSITIVITY_DRIVERS,
): { baseNpvEur: number; rows: TornadoRow[] } {
  if (!(deltaShare > 0 && deltaShare < 1)) throw new Error(`Sensitivity step must be in (0, 1), got ${deltaShare}`);
  const npvOf = (i: CashFlowInput): number => cashFlowNpv(i, false).npvEur;
  const rows = drivers.map((d) => {
    const lo = npvOf(d.apply(base, 1 - deltaShare));
    const hi = npvOf(d.apply(base, 1 + deltaShare));
    return { driver: d.name, npvLowEur: lo, npvHighEur: hi, swingEur: Math.abs(hi - lo) };
  });
  rows.sort((a, b) => b.swingEur - a.swingEur);
  return { baseNpvEur: npvOf(base), rows };
}
