/**
 * A small RFC 4180-style CSV parser: quoted fields with doubled quotes, delimiters and
 * newlines inside quotes, CRLF / LF / CR line ends, BOM. The delimiter (';', ',' or tab)
 * is detected from the first lines when not given.
 */
export type CsvDelimiter = ';' | ',' | '\t';

/** Picks the delimiter that splits the first non-empty lines most consistently (quotes respected). */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 30).filter((l) => l.trim() !== '');
  let best: CsvDelimiter = ';';
  let bestScore = -1;
  for (const d of [';', '\t', ','] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const withDelim = counts.filter((c) => c > 0);
    if (withDelim.length === 0) continue;
    // prefer delimiters present on many lines with a stable count
    const mode = modeOf(withDelim);
    const consistent = counts.filter((c) => c === mode).length;
    const score = consistent * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') q = !q;
    else if (!q && ch === d) n++;
  }
  return n;
}

function modeOf(xs: number[]): number {
  const m = new Map<number, number>();
  let best = 0;
  let bestN = 0;
  for (const x of xs) {
    const n = (m.get(x) ?? 0) + 1;
    m.set(x, n);
    if (n > bestN || (n === bestN && x > best)) {
      best = x;
      bestN = n;
    }
  }
  return best;
}

/**
 * Parses CSV text into rows of fields (unquoted fields trimmed of the BOM only; empty
 * fields are ''). A trailing empty line is dropped. Never throws: an unterminated quote
 * runs to the end of the text.
 */
export function parseCsv(text: string, delimiter?: CsvDelimiter): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter ?? detectDelimiter(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = src.length;
  let inQuotes = false;
  let fieldStart = true;
  while (i < n) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (ch === d) {
      row.push(field);
      field = '';
      fieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // fast path: copy a run of ordinary characters
    let j = i + 1;
    while (j < n) {
      const c = src[j]!;
      if (c === d || c === '\r' || c === '\n' || c === '"') break;
      j++;
    }
    field += src.slice(i, j);
    fieldStart = false;
    i = j;
  }
  if (field !== '' || row.length > 0 || inQuotes) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
