/** Turns a message into words in one language: catalogue lookup and `{param}` substitution. */
import { CATALOGUE } from './catalogue';
import type { Lang, LocalText, Message, MessageParam, MessageParams, Text } from './types';

// The language's own grouping: Italian groups from five digits (1234 / 12.345), English from four (1,234). Years are passed as text.
const LOCALE: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };
/** Made on first use: the first Intl.NumberFormat of a process loads ICU's locale data (~10 ms), which a command printing only JSON never needs. */
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** A parameter as text: numbers with the language's decimal and thousands separators. */
export function formatParam(value: MessageParam, lang: Lang): string {
  if (typeof value === 'number') return (numberFormats[lang] ??= new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 6 })).format(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v: MessageParam) => formatParam(v, lang)).join(', ');
  return textIn(value as Text, lang);
}

/** Substitutes `{name}` placeholders; a placeholder without a parameter stays as written. */
export function fillPlaceholders(template: string, params: MessageParams | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(params[name]!, lang) : whole);
}

/** The message in `lang`; an unknown code (a newer core's) is shown as the code itself. */
export function formatMessage(message: Message, lang: Lang): string {
  const template = CATALOGUE[lang][message.code] as string | undefined;
  return template === undefined ? message.code : fillPlaceholders(template, message.params, lang);
}

export function isMessage(t: unknown): t is Message {
  return typeof t === 'object' && t !== null && typeof (t as { code?: unknown }).code === 'string';
}

/** A catalogue message or user-authored bilingual text, in `lang`. */
export function textIn(t: Text, lang: Lang): string {
  return isMessage(t) ? formatMessage(t, lang) : t[lang];
}

/** Both languages at once, for consumers (API envelopes, stored files) that carry `{it, en}`. */
export function bilingual(t: Text): LocalText {
  return { it: textIn(t, 'it'), en: textIn(t, 'en') };
}
