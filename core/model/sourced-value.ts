import type { Lang, LocalText } from './messages/types';

/** A number with where it comes from: every reference parameter and every assumed default. */
export interface SourcedValue {
  value: number;
  unit: string;
  /** The source as written in English (titles of publications in their own language). */
  source: string;
  /** The same in Italian, for Italian documents and screens; absent: `source` serves both. */
  sourceIt?: string;
  /** ISO date `YYYY-MM-DD` of the source or of validity. */
  date: string;
  /** True when taken from a secondary source (not the primary regulation or dataset). */
  secondary: boolean;
  /** False when the value still needs checking against its source. */
  verified: boolean;
  note?: string;
}

/** Where a value comes from, in both languages (a message parameter reads the reader's one). */
export function sourceText(v: { source: string; sourceIt?: string }): LocalText {
  return { it: v.sourceIt ?? v.source, en: v.source };
}

/** Where a value comes from, in `lang`. */
export function sourceIn(v: { source: string; sourceIt?: string }, lang: Lang): string {
  return lang === 'it' ? (v.sourceIt ?? v.source) : v.source;
}

/**
 * True when a secondary value needs marking so beside its source in `lang`: not when the
 * source's own words already say so ("secondary", "fonte secondaria"), a reader is not told twice.
 */
export function marksSecondary(v: { source: string; sourceIt?: string; secondary?: boolean }, lang: Lang): boolean {
  return Boolean(v.secondary) && !/secondar/i.test(sourceIn(v, lang));
}
