/**
 * Decimal text of a <v> element → number without cutting a substring. Plain decimals of at
 * most 15 digits take the exact fast path (digits as an integer < 2^53, one division by an
 * exact power of ten: a single correctly rounded operation, the same double as Number());
 * anything else (exponents, long mantissas, junk) goes through Number().
 */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The number written in s[from, to); NaN when it is not one; null when the text is empty. */
export function numberAt(s: string, from: number, to: number): number | null {
  if (from >= to) return null;
  let k = from;
  const negative = s.charCodeAt(k) === 45; // '-'
  if (negative) k++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1; // digits after the point, -1 before it
  for (; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) {
      fraction = 0;
    } else {
      break;
    }
  }
  if (k === to && digits > 0 && digits <= 15) {
    const n = fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
    return negative ? -n : n;
  }
  const text = s.slice(from, to);
  return text.trim() === '' ? null : Number(text);
}
