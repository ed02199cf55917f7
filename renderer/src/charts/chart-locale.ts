/**
 * What a chart needs to speak the user's language, built from the locale alone (no global
 * state), so option builders stay pure and a test can ask for Italian or English directly.
 */
import { en } from '../i18n/en';
import { it, type MessageKey } from '../i18n/it';
import type { Locale } from '../i18n';

export interface ChartLocale {
  locale: Locale;
  /** Short month names, January first. */
  months: string[];
  text(key: MessageKey): string;
  /** A number in the locale's format, at most `digits` decimals ("1.234,5" in Italian). */
  number(value: number, digits: number): string;
}

const MONTHS: Record<Locale, string[]> = {
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export function monthNames(locale: Locale): string[] {
  return MONTHS[locale];
}

export function chartLocale(locale: Locale): ChartLocale {
  const dictionary = locale === 'it' ? it : en;
  const intl = locale === 'it' ? 'it-IT' : 'en-GB';
  return {
    locale,
    months: MONTHS[locale],
    text: (key) => dictionary[key] ?? key,
    number: (value, digits) => new Intl.NumberFormat(intl, { maximumFractionDigits: digits }).format(value),
  };
}

/** ECharts hands formatters a loosely typed value; ours are always plain numbers. */
export const asNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

/** Series colours shared by the energy and money charts (and, later, the report). */
export const COLOURS = {
  production: '#f2a900',
  consumption: '#5b6b63',
  shared: '#1f7a4d',
  injected: '#e07b39',
  withdrawn: '#3b6fb6',
  net: '#3b6fb6',
  cumulative: '#1f7a4d',
  low: '#e07b39',
  high: '#1f7a4d',
} as const;
