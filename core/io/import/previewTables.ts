/**
 * The first rows of every sheet of a file, for recognising its kind and previewing it:
 * wide sheets keep 200 rows, narrow ones (a single-column year) 36,000; the rest of each
 * sheet is read and dropped as it streams, so memory stays bounded.
 */
import { readTables, type ImportSource } from './readTables';
import type { RawTable } from './table';

/** Rows kept per sheet for a preview (narrow sheets: enough for a single-column year). */
const PREVIEW_WIDE_ROWS = 200;
const PREVIEW_NARROW_ROWS = 36_000;

export async function readPreviewTables(src: ImportSource): Promise<RawTable[]> {
  const tables = await readTables(src, {
    onRow: (t, r) => {
      const wide = (t.rows[r]?.length ?? 0) > 3;
      if ((wide && r >= PREVIEW_WIDE_ROWS) || r >= PREVIEW_NARROW_ROWS) t.rows[r] = [];
    },
  });
  for (const t of tables) {
    let end = t.rows.length;
    while (end > 0 && t.rows[end - 1]!.length === 0) end--;
    t.rows.length = end;
  }
  return tables;
}
