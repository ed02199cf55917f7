/**
 * Monthly electricity bills as Italian suppliers state them: energy by ARERA time band
 * (F1, F2, F3) or, for single-rate contracts, the month total (F0).
 */

/** Month 1..12 with energy by band [kWh]. */
export interface BandBill {
  month: number;
  f1: number;
  f2: number;
  f3: number;
}

/** Month 1..12 with the month total [kWh] (monorario / F0). */
export interface TotalBill {
  month: number;
  f0: number;
}

export type MonthlyBill = BandBill | TotalBill;

export function isBandBill(b: MonthlyBill): b is BandBill {
  return 'f1' in b;
}

/** Total energy of a bill [kWh]. */
export function billTotal(b: MonthlyBill): number {
  return isBandBill(b) ? b.f1 + b.f2 + b.f3 : b.f0;
}

/** Throws unless months are 1..12 and unique and all energies finite and non-negative. */
export function validateBills(bills: readonly MonthlyBill[]): void {
  const seen = new Set<number>();
  for (const b of bills) {
    if (!Number.isInteger(b.month) || b.month < 1 || b.month > 12) throw new RangeError(`Invalid bill month ${b.month}`);
    if (seen.has(b.month)) throw new RangeError(`Duplicate bill for month ${b.month}`);
    seen.add(b.month);
    const values = isBandBill(b) ? [b.f1, b.f2, b.f3] : [b.f0];
    for (const v of values) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`Invalid energy in bill for month ${b.month}`);
    }
  }
}
