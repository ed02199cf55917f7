/**
 * What a run records as its weather when the project brings none: the typical climate built
 * into Condivisa. The result keeps one language-neutral marker (results saved by earlier
 * versions hold this very text), and each reader — the app, the reports — says it in its own
 * language instead of showing both.
 */
export const EMBEDDED_WEATHER_SOURCE = 'clima tipico incorporato / embedded typical climate';

/** `source` as a reader in `lang` should see it: the embedded climate named in that language, any other source as recorded (a file name, a dataset). */
export function weatherSourceText(source: string, lang: 'it' | 'en'): string {
  if (source !== EMBEDDED_WEATHER_SOURCE) return source;
  return lang === 'it' ? 'clima tipico incorporato' : 'embedded typical climate';
}
