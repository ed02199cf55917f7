/**
 * Numbers in the human output of the commands, the Italian way as the reports print them
 * (core/report/format.ts): thousands grouped from four digits on ("2.215", "17.220": Intl
 * leaves 4-digit Italian numbers bare by default), decimals fixed where a column has them.
 */
import { reportFormat } from '../core/report/format';

const it = reportFormat('it');

/** At most `maximumFractionDigits` decimals: 1.234,5. */
export function num(n: number, maximumFractionDigits = 1): string {
  return it.num(n, maximumFractionDigits);
}

/** Exactly `digits` decimals, for a column of figures: 17,0 under 22,7. */
export function fixed(n: number, digits: number): string {
  return it.fixed(n, digits);
}

/** A fraction as a percentage with `digits` fixed decimals: 0.09 → "9,0%". */
export function pct(fraction: number, digits = 1): string {
  return it.pct(fraction, digits);
}

/** Euros to the cent, without the sign €: 1.234,50; `signed`: +1.234,50 / -12,00, and 0,00 bare for anything that rounds to 0. */
export function cents(n: number, signed = false): string {
  // Made on first use: the first Intl.NumberFormat of a process loads ICU's locale data (~10
  // ms), which a command printing only JSON never needs.
  const options = { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always', signDisplay: signed ? 'exceptZero' : 'auto' };
  return (centsFormats[options.signDisplay] ??= new Intl.NumberFormat('it-IT', options as unknown as Intl.NumberFormatOptions)).format(n);
}

const centsFormats: Record<string, Intl.NumberFormat> = {};

/** An ISO date (YYYY-MM-DD, or a timestamp's date) the Italian way, as the reports print it: 01/12/2026. */
export function date(iso: string): string {
  return it.date(iso);
}

/** A UTC timestamp as Italian civil date and time: 30/11/2026 15:37. */
export function dateTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  dateTimeFormat ??= new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return dateTimeFormat.format(t).replace(',', '');
}
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** A count with its noun in the right number: count(1, 'membro', 'membri') → "1 membro". */
export function count(n: number, one: string, other: string): string {
  return `${num(n, 0)} ${n === 1 ? one : other}`;
}
