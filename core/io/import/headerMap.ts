/**
 * Locates a header row by synonyms and maps logical fields to column indices. Rejects
 * merged header cells (which hide which column a label belongs to) and missing required
 * columns with an IoError.
 */
import { cellError } from './cellRead';
import { headerScore } from './headerText';
import { cellText, type RawTable } from './table';

export interface ColumnSpec<K extends string> {
  key: K;
  synonyms: readonly string[];
  required?: boolean;
  /** Label used in messages. */
  label: string;
}

export interface HeaderMap<K extends string> {
  /** 0-based index of the header row. */
  headerRow: number;
  columns: Partial<Record<K, number>>;
}

/** Throws EMPTY when the table has no non-empty cell. */
export function assertNotEmpty(t: RawTable): void {
  if (!t.rows.some((r) => r.some((c) => cellText(c) !== ''))) {
    throw cellError(t, undefined, undefined, 'io/empty', { code: 'io.header-map.sheet-empty' });
  }
}

/** Throws io/merged-header when a merged range touches the header row. */
export function assertNoMergedHeader(t: RawTable, headerRow: number): void {
  for (const m of t.merges) {
    if (m.top <= headerRow && m.bottom >= headerRow && m.right > m.left) {
      throw cellError(t, headerRow, m.left, 'io/merged-header', { code: 'io.header-map.merged-cells-header-unmerge' });
    }
  }
}

export function mapHeader<K extends string>(t: RawTable, specs: readonly ColumnSpec<K>[], scanRows = 20): HeaderMap<K> {
  assertNotEmpty(t);
  let bestRow = -1;
  let bestScore = 0;
  let bestCols: Partial<Record<K, number>> = {};
  const limit = Math.min(scanRows, t.rows.length);
  for (let r = 0; r < limit; r++) {
    const row = t.rows[r]!;
    const cols: Partial<Record<K, number>> = {};
    const taken = new Set<number>();
    let score = 0;
    // best-scoring column per spec, exact matches first
    for (const pass of [2, 1]) {
      for (const s of specs) {
        if (cols[s.key] !== undefined) continue;
        for (let c = 0; c < row.length; c++) {
          if (taken.has(c)) continue;
          const txt = cellText(row[c]);
          if (txt && headerScore(txt, s.synonyms) === pass) {
            cols[s.key] = c;
            taken.add(c);
            score += pass;
            break;
          }
        }
      }
    }
    if (score > bestScore) {
      bestScore = score;
      bestRow = r;
      bestCols = cols;
    }
  }
  if (bestRow >= 0) assertNoMergedHeader(t, bestRow);
  const missing = specs.filter((s) => s.required && bestCols[s.key] === undefined);
  if (bestRow < 0 || missing.length > 0) {
    const names = (missing.length ? missing : specs.filter((s) => s.required)).map((s) => s.label).join(', ');
    throw cellError(t, bestRow >= 0 ? bestRow : undefined, undefined, 'io/missing-column', { code: 'io.header-map.required-columns-found', params: { names } });
  }
  return { headerRow: bestRow, columns: bestCols };
}
