/**
 * Numbers written as text, Italian first. One rule set for every importer, the CLI and the
 * app's number inputs:
 *
 * - Spaces, no-break spaces (U+00A0, U+202F) and apostrophes are thousands separators and
 *   are dropped: "1 234,5" → 1234.5, "1'234" → 1234.
 * - A leading '+', '-' or '−' (U+2212) sign; an exponent "e3"/"E-2" after the digits.
 * - Both '.' and ',': the last one is the decimal mark, the other must group digits by
 *   three: "1.234,56" → 1234.56, "1,234.56" → 1234.56; "1.23,4" → not a number.
 * - One separator repeated: thousands, if it groups digits by three ("1.234.567" →
 *   1234567), else not a number.
 * - One separator once: the declared decimal mark (`decimal`, ',' by default, Italian) is
 *   the decimal mark: "1,5" → 1.5. The other separator is a thousands separator only when
 *   it groups digits by three after a group not starting with 0: "1.234" → 1234 (Italian),
 *   but "0.500", "1.5", "12.34" and "1.2345" → decimal point (0.5, 1.5, 12.34, 1.2345).
 * - `decimal: '.'` is for machine formats (PVGIS, market-operator and other program
 *   exports) and English text: "1.234" → 1.234, "1,234" → 1234, "0,5" → 0.5.
 * - `percent: true` accepts a trailing '%' and divides by 100: "12,5%" → 0.125.
 * Returns NaN for anything else (empty text included).
 */

export interface LocaleNumberOptions {
  /** The decimal mark the text is expected to use: ',' for Italian text (default), '.' for machine formats. */
  decimal?: ',' | '.';
  /** Accept a trailing '%' (the value is divided by 100). */
  percent?: boolean;
}

/** Digits grouped by three after a first group of 1–3 digits not starting with 0 ("1.234", "12,345,678"). */
const GROUPED: Record<',' | '.', RegExp> = {
  '.': /^[1-9]\d{0,2}(\.\d{3})+$/,
  ',': /^[1-9]\d{0,2}(,\d{3})+$/,
};

export function parseLocaleNumber(text: string, options: LocaleNumberOptions = {}): number {
  const decimal = options.decimal ?? ',';
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  let scale = 1;
  if (options.percent && s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  if (s === '') return NaN;
  let sign = 1;
  if (s[0] === '-' || s[0] === '+' || s[0] === '\u2212') {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1);
  }
  let exp = '';
  const e = /[eE][+-]?\d+$/.exec(s);
  if (e) {
    exp = e[0];
    s = s.slice(0, e.index);
  }
  const plain = toPlainDecimal(s, decimal);
  if (plain === null || !/^(\d+\.?\d*|\.\d+)$/.test(plain)) return NaN;
  const v = Number(plain + exp);
  return Number.isFinite(v) ? sign * v * scale : NaN;
}

/** The digits with '.' as the only (decimal) separator, or null when the separators make no sense. */
function toPlainDecimal(s: string, decimal: ',' | '.'): string | null {
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const mark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thousands = mark === '.' ? ',' : '.';
    const [intPart, frac, ...rest] = s.split(mark);
    if (rest.length > 0 || frac === undefined || !GROUPED[thousands].test(intPart!)) return null;
    return `${intPart!.split(thousands).join('')}.${frac}`;
  }
  if (dots + commas === 0) return s;
  const sep = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return sep !== decimal && GROUPED[sep].test(s) ? s.split(sep).join('') : null;
  if (sep !== decimal && GROUPED[sep].test(s)) return s.replace(sep, '');
  return s.replace(',', '.');
}
