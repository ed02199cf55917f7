/**
 * Italian national public holidays (L. 260/1949 as amended, L. 54/1977, DPR 792/1985,
 * L. 336/2000): 1 Jan, 6 Jan, Easter Monday, 25 Apr, 1 May, 2 Jun, 15 Aug, 1 Nov, 8 Dec,
 * 25 Dec, 26 Dec. These are the holidays ARERA's time bands treat as F3 all day
 * (delibera 181/06). Easter Sunday falls on a Sunday and is not listed separately.
 * Local patron-saint days are not national holidays and are not included.
 */
import type { CivilDate } from './civilDate';
import { easterMonday } from './easter';

const FIXED_HOLIDAYS: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 6],
  [4, 25],
  [5, 1],
  [6, 2],
  [8, 15],
  [11, 1],
  [12, 8],
  [12, 25],
  [12, 26],
];

/** The national holidays of a year, in date order. */
export function italianHolidays(year: number): CivilDate[] {
  const em = easterMonday(year);
  const all = FIXED_HOLIDAYS.map(([month, day]) => ({ year, month, day }));
  all.push(em);
  all.sort((a, b) => a.month - b.month || a.day - b.day);
  return all;
}

const codeCache = new Map<number, Set<number>>();

/** True when the civil date is an Italian national holiday. */
export function isItalianHoliday(year: number, month: number, day: number): boolean {
  let codes = codeCache.get(year);
  if (!codes) {
    codes = new Set(italianHolidays(year).map((d) => d.month * 100 + d.day));
    codeCache.set(year, codes);
  }
  return codes.has(month * 100 + day);
}
