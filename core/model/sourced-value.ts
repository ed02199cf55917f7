/** A number with where it comes from: every reference parameter and every assumed default. */
export interface SourcedValue {
  value: number;
  unit: string;
  source: string;
  /** ISO date `YYYY-MM-DD` of the source or of validity. */
  date: string;
  /** True when taken from a secondary source (not the primary regulation or dataset). */
  secondary: boolean;
  /** False when the value still needs checking against its source. */
  verified: boolean;
  note?: string;
}
