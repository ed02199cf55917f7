/**
 * XLSX → RawTable[] for imports, read straight from the sheet XML: the container through
 * the bounded ZIP reader (core/io/zip), sheet names and order from the workbook, shared
 * strings and date styles first, then each sheet scanned as it inflates (core/io/xlsx), so
 * memory holds the current row, not the sheet. exceljs is only used to write workbooks.
 */
import { openZip, type ZipArchive } from '../zip/openZip';
import type { ZipEntry } from '../zip/centralDirectory';
import { readDateStyles } from '../xlsx/dateStyles';
import { StringDecoder } from 'node:string_decoder';
import { MergeScanner } from '../xlsx/mergedCells';
import { readSharedStrings } from '../xlsx/sharedStrings';
import { SheetRowScanner } from '../xlsx/sheetRows';
import { readWorkbookParts } from '../xlsx/workbookParts';
import type { CellContext } from '../xlsx/cellValue';
import { IoError, throwIfAborted } from '../io-error';
import type { RawTable } from './table';
import { xlsxZipError } from '../zip/zip-io-error';
import type { Message } from '../../model/messages';

export interface ReadOptions {
  /** Called with the fraction [0…1] of the file read. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Only sheets whose name passes are kept (all by default); the others are not even inflated. */
  sheetFilter?: (name: string) => boolean;
  /**
   * Called after each row is stored in `table.rows[r]` (streaming consumers may process
   * the row and replace it with [] to free memory). `table.merges` is complete only once
   * the sheet has been read: merged ranges follow the cells in the XML, and reading the
   * sheet twice to know them first would double the inflate time of big curve files.
   */
  onRow?: (table: RawTable, r: number) => void;
}

/**
 * Inflated chunks (up to ~1.5 MB of sheet XML each) between two yields to the event loop,
 * so that cancel requests and progress get through every ~50 ms of work.
 */
const CHUNKS_PER_TICK = 4;

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** One read of a workbook: the archive, the caller's options and the progress so far. */
interface ReadState {
  zip: ZipArchive;
  file: string;
  opts: ReadOptions;
  /** Uncompressed bytes of the sheets to scan, and scanned so far (progress). */
  total: number;
  done: number;
}

/** Feeds the inflated chunks of one entry to `consume`, yielding to the event loop now and then. */
async function scanEntry(state: ReadState, entry: ZipEntry, consume: (chunk: Uint8Array) => void): Promise<void> {
  let k = 0;
  let reported = 0;
  for (const chunk of state.zip.chunks(entry)) {
    consume(chunk);
    state.done += chunk.length;
    if (++k % CHUNKS_PER_TICK === 0) {
      await tick();
      throwIfAborted(state.opts.signal, state.file);
      const f = Math.min(0.99, state.done / Math.max(1, state.total));
      if (state.opts.onProgress && f - reported >= 0.01) {
        reported = f;
        state.opts.onProgress(f);
      }
    }
  }
}

/** UTF-8 bytes → text, keeping a character split across chunks for the next one (native, fast). */
const utf8 = (decoder: StringDecoder, chunk: Uint8Array): string => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));

async function readSheet(state: ReadState, ctx: CellContext, table: RawTable, entry: ZipEntry): Promise<void> {
  const { opts, file } = state;
  const fail = (detail: Message): never => {
    throw new IoError({ file, sheet: table.sheet! }, 'io/corrupt', { code: 'io.xlsx-tables.unreadable-xlsx-content', params: { why: detail } });
  };
  const rows = table.rows;
  const scanner = new SheetRowScanner(ctx, (r, cells) => {
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
    opts.onRow?.(table, r);
  }, fail);
  const decoder = new StringDecoder('utf8');
  const merges = new MergeScanner();
  table.merges = merges.merges;
  await scanEntry(state, entry, (chunk) => {
    const text = utf8(decoder, chunk);
    scanner.push(text);
    merges.push(text);
  });
  scanner.push(decoder.end());
  scanner.end();
}

/** Reads every (filtered) sheet of an XLSX buffer, in workbook order (sheets without rows included). */
export async function readXlsxTables(buf: Buffer, file: string, opts: ReadOptions = {}): Promise<RawTable[]> {
  throwIfAborted(opts.signal, file);
  try {
    const zip = openZip(buf, file, { toError: xlsxZipError });
    const parts = readWorkbookParts(zip);
    if (!parts) {
      throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.xlsx-tables.excel-workbook-xlsx-xl' });
    }
    const sheets = parts.sheets.filter((s) => !opts.sheetFilter || opts.sheetFilter(s.name));
    const refuse = (detail: Message): never => {
      throw new IoError({ file }, 'io/corrupt', { code: 'io.xlsx-tables.xlsx-file-refused', params: { detail } });
    };
    const ctx: CellContext = { sharedStrings: readSharedStrings(zip, refuse), dateStyles: readDateStyles(zip), date1904: parts.date1904 };
    const state: ReadState = { zip, file, opts, done: 0, total: sheets.reduce((s, p) => s + (zip.find(p.path)?.size ?? 0), 0) };
    const out: RawTable[] = [];
    for (const sheet of sheets) {
      const table: RawTable = { file, sheet: sheet.name, rows: [], merges: [], decimalSeparator: ',', format: 'xlsx' };
      out.push(table);
      const entry = zip.find(sheet.path);
      if (entry) await readSheet(state, ctx, table, entry);
    }
    opts.onProgress?.(1);
    return out;
  } catch (e) {
    if (e instanceof IoError) throw e;
    const why = (e as Error)?.message ?? String(e);
    throw new IoError({ file }, 'io/corrupt', { code: 'io.xlsx-tables.unreadable-xlsx-content', params: { why } });
  }
}
