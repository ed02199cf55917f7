/**
 * Which of a POD's imported bills a simulation uses: the twelve of its most recent complete
 * year; when no year is complete, the most recent bill of each calendar month (so a gap in
 * this year's bills is filled by the same month of an earlier year, never by a guess).
 */
import type { BillRecord } from '../model/bill-record';
import type { MonthlyBill } from './monthlyBill';

/** The bills of one POD for the simulation, by month 1..12 [kWh]. One pass over `records`. */
export function selectBills(records: readonly BillRecord[]): MonthlyBill[] {
  const monthsOfYear = new Map<number, Set<number>>();
  const latestOfMonth = new Map<number, BillRecord>();
  for (const b of records) {
    let months = monthsOfYear.get(b.year);
    if (!months) monthsOfYear.set(b.year, (months = new Set()));
    months.add(b.month);
    const cur = latestOfMonth.get(b.month);
    if (!cur || cur.year < b.year) latestOfMonth.set(b.month, b);
  }
  let completeYear: number | null = null;
  for (const [year, months] of monthsOfYear) if (months.size === 12 && (completeYear === null || year > completeYear)) completeYear = year;
  const chosen = completeYear === null ? [...latestOfMonth.values()] : records.filter((b) => b.year === completeYear);
  return chosen
    .slice()
    .sort((a, b) => a.month - b.month)
    .map((b) => ('f1' in b ? { month: b.month, f1: b.f1, f2: b.f2, f3: b.f3 } : { month: b.month, f0: b.f0 }));
}
