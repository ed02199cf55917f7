/**
 * A month of a POD's bill as imported: energy by time band F1/F2/F3, or one F0 total for
 * single-band (monorario) contracts [kWh]. Shared by the importer, the store and core/load.
 */

/** Banded monthly consumption [kWh]. */
export interface BandedBill {
  pod: string;
  year: number;
  /** 1–12. */
  month: number;
  f1: number;
  f2: number;
  f3: number;
}

/** Single-band (monorario) monthly consumption [kWh]. */
export interface FlatBill {
  pod: string;
  year: number;
  /** 1–12. */
  month: number;
  f0: number;
}

export type BillRecord = BandedBill | FlatBill;
