/** Picks the first sheet a parser accepts. */
import { IoError } from '../io-error';
import type { RawTable } from './table';

/**
 * Applies `parse` to each table in turn and returns the first success. Sheets without the
 * expected header (MISSING_COLUMN) or empty are skipped; any other error is thrown at once;
 * when no sheet fits, the first sheet's error is thrown.
 */
export function parseFirstMatching<T>(tables: RawTable[], parse: (t: RawTable) => T, file = tables[0]?.file ?? ""): T {
  let first: unknown;
  for (const t of tables) {
    try {
      return parse(t);
    } catch (e) {
      first ??= e;
      const code = (e as { code?: string }).code;
      if (code !== 'io/missing-column' && code !== 'io/empty') throw e;
    }
  }
  if (first) throw first;
  throw new IoError({ file }, 'io/empty', { code: 'io.first-matching.file-contains-sheets' });
}
