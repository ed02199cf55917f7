/**
 * A small i18n: Italian by default, English on request, the choice kept per browser.
 * Numbers and dates follow the language (it-IT: 1.234,5 and 24/11/2026).
 */
import { computed, ref } from 'vue';
import { it, type MessageKey } from './it';
import { en } from './en';
import { parseLocaleNumber } from '../../../core/model/locale-number';
import { textIn, type Text } from '../../../core/model/messages';

export type Locale = 'it' | 'en';
const STORAGE_KEY = 'condivisa.locale';
const dictionaries: Record<Locale, Record<MessageKey, string>> = { it, en };

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
export const locale = ref<Locale>(stored === 'en' ? 'en' : 'it');

export function setLocale(next: Locale): void {
  locale.value = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = dictionaries[locale.value][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A core message (code + parameters, or user-authored `{it, en}` text) in the UI's language. */
/** "1 membro", "3 membri": a count with its noun in the right number (Italian and English have one and other). */
export function count(noun: 'members' | 'plants', n: number): string {
  return t(`count.${noun}.${n === 1 ? 'one' : 'other'}` as MessageKey, { n: formatNumber(n, 0) });
}

export function tm(text: Text): string {
  return textIn(text, locale.value);
}

const intlLocale = computed(() => (locale.value === 'it' ? 'it-IT' : 'en-GB'));

/**
 * A number as the UI shows it. Thousands are always grouped: Intl leaves Italian 4-digit numbers
 * bare by default ("2215" beside "17.220" in one column); the reports group them too
 * (core/report/format.ts).
 */
export function formatNumber(value: number, maximumFractionDigits = 1, minimumFractionDigits = 0, grouping = true): string {
  return new Intl.NumberFormat(intlLocale.value, { minimumFractionDigits, maximumFractionDigits, useGrouping: grouping ? 'always' : false } as unknown as Intl.NumberFormatOptions).format(value);
}

/** Formats an ISO date (YYYY-MM-DD) as the user reads dates: 15/03/2025 in Italian. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(intlLocale.value, { timeZone: 'UTC' }).format(d);
}

/**
 * Parses a number typed the Italian way ("1.234,5") or the English way ("1,234.5"); null when
 * it is not a number. "2.700" is two thousand seven hundred to an Italian reader and 2.7 to an
 * English one, so the UI language says which mark is decimal; the rest of the rule set is
 * core/model/locale-number.
 */
export function parseNumber(text: string): number | null {
  const n = parseLocaleNumber(text, { decimal: locale.value === 'en' ? '.' : ',' });
  return Number.isNaN(n) ? null : n;
}

export function useI18n() {
  return { t, tm, locale, setLocale, formatNumber, formatDate, parseNumber, count };
}
