/**
 * The little XML the XLSX reader needs, on strings: entity decoding, attributes of one tag,
 * and the text runs of a string item. No DOM is built: sheets are scanned as they inflate.
 */

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function entity(_m: string, e: string): string {
  if (e === 'amp') return '&';
  if (e === 'lt') return '<';
  if (e === 'gt') return '>';
  if (e === 'quot') return '"';
  if (e === 'apos') return "'";
  const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/** Replaces the five XML entities and numeric character references. */
export function decodeXml(s: string): string {
  return s.includes('&') ? s.replace(ENTITY, entity) : s;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Attributes of the tag in s[from, to) (from just after the element name), values decoded. */
export function tagAttrs(s: string, from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  let k = from;
  while (k < to) {
    while (k < to && isSpace(s.charCodeAt(k))) k++;
    const nameStart = k;
    while (k < to && s.charCodeAt(k) !== 61 && !isSpace(s.charCodeAt(k)) && s.charCodeAt(k) !== 47 && s.charCodeAt(k) !== 62) k++;
    const name = s.slice(nameStart, k);
    while (k < to && isSpace(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) !== 61) {
      k++;
      continue;
    }
    k++;
    while (k < to && isSpace(s.charCodeAt(k))) k++;
    const q = s[k];
    if (q !== '"' && q !== "'") continue;
    const end = s.indexOf(q, k + 1);
    if (end < 0 || end > to) break;
    if (name) out.set(name, decodeXml(s.slice(k + 1, end)));
    k = end + 1;
  }
  return out;
}

/** Each start (or empty) tag `<name …>` in s, with its attributes, in document order. */
export function* elements(s: string, name: string): Generator<Map<string, string>> {
  const open = `<${name}`;
  for (let i = s.indexOf(open); i >= 0; i = s.indexOf(open, i + open.length)) {
    const c = s.charCodeAt(i + open.length);
    if (!isSpace(c) && c !== 47 && c !== 62) continue;
    const end = s.indexOf('>', i);
    if (end < 0) return;
    yield tagAttrs(s, i + open.length, end);
  }
}

/**
 * Text of one string item (the markup of a shared string <si> or an inline <is>): the <t>
 * runs joined, rich-text formatting dropped, phonetic guides (<rPh>) left out. Takes the
 * item alone so every search stays inside it.
 */
export function runsText(item: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const t = item.indexOf('<t', i);
    if (t < 0) break;
    const ph = item.indexOf('<rPh', i);
    if (ph >= 0 && ph < t) {
      const phEnd = item.indexOf('</rPh>', ph);
      if (phEnd < 0) break;
      i = phEnd + 6;
      continue;
    }
    const c = item.charCodeAt(t + 2);
    const tagEnd = item.indexOf('>', t);
    if ((!isSpace(c) && c !== 62 && c !== 47) || tagEnd < 0) {
      i = t + 2;
      continue;
    }
    if (item.charCodeAt(tagEnd - 1) === 47) {
      i = tagEnd + 1;
      continue;
    }
    const end = item.indexOf('</t>', tagEnd);
    if (end < 0) break;
    out += item.slice(tagEnd + 1, end);
    i = end + 4;
  }
  return decodeXml(out);
}
