/**
 * How big an imported table file may be, so a hostile or mistaken file is refused with a
 * message rather than exhausting memory. A year of quarter hours for 100 PODs in the long
 * layout is 3.5 M rows and about 150 MB of CSV: the limits leave room above that. (An
 * XLSX sheet is bounded by Excel's own 1,048,576 rows, checked by its reader.)
 */
import { IoError } from '../io-error';

/** Bytes of a CSV or XLSX file read for an import. */
export const MAX_IMPORT_FILE_BYTES = 512 * 1024 * 1024;
/**
 * Bytes of a CSV file: it is decoded and parsed whole, so its size bounds the memory used
 * (about 6× the bytes at 4 M rows). 100 PODs × a quarter-hour year in the long layout is
 * about 130 MB.
 */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;
/** Rows of a CSV table. */
export const MAX_CSV_ROWS = 4_000_000;


export function tooManyRows(file: string, limit: number): IoError {
  return new IoError(
    { file },
    'io/too-large',
    { code: 'io.import-limits.more-rows-split-file', params: { limit } },
  );
}

export function fileTooLarge(file: string, bytes: number, limit = MAX_IMPORT_FILE_BYTES): IoError {
  const mb = (n: number) => Math.round(n / 1048576);
  return new IoError(
    { file },
    'io/too-large',
    { code: 'io.import-limits.file-mb-over-mb', params: { bytes: mb(bytes), limit: mb(limit) } },
  );
}

/** Line feeds in the raw bytes (UTF-8 or UTF-16): an upper bound of the rows, counted before decoding. */
export function countLineFeeds(data: Uint8Array): number {
  let n = 0;
  for (let i = data.indexOf(0x0a); i !== -1; i = data.indexOf(0x0a, i + 1)) n++;
  return n;
}
