/**
 * Numbers written as text in Italian or English style: "1.234,56", "1234,5", "1,234.56",
 * "-0.5", "1,5e3", with optional spaces/apostrophes as thousands separators.
 */

const GROUPED_DOT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;

/**
 * Parses a locale number. `decimal` is the separator expected in the file; a lone other
 * separator is read as thousands only when it groups digits by three ("1.234" with
 * decimal ',' → 1234), otherwise as decimal ("0.5" → 0.5). Returns NaN when not a number.
 */
export function parseLocaleNumber(text: string, decimal: ',' | '.' = ','): number {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
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
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    const decSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thou = decSep === '.' ? ',' : '.';
    const [intPart, frac, ...rest] = s.split(decSep);
    if (rest.length > 0 || frac === undefined) return NaN;
    const grouped = decSep === '.' ? GROUPED_COMMA : GROUPED_DOT;
    if (!grouped.test(intPart!)) return NaN;
    s = intPart!.split(thou).join('') + '.' + frac;
  } else if (hasDot || hasComma) {
    const sep = hasDot ? '.' : ',';
    const count = s.split(sep).length - 1;
    const grouped = sep === '.' ? GROUPED_DOT : GROUPED_COMMA;
    if (sep !== decimal && grouped.test(s)) s = s.split(sep).join('');
    else if (count === 1) s = s.replace(',', '.');
    else return NaN;
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(s)) return NaN;
  const v = Number(s + exp);
  return Number.isFinite(v) ? sign * v : NaN;
}
