/**
 * XLSX → RawTable[] with the exceljs streaming reader. The container is checked first
 * (zipCheck) so damaged files fail with an IoError; merged ranges are read from the
 * sheet XML directly because the streaming reader skips them.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { checkZip } from './zipCheck';
import { IoError, throwIfAborted } from '../io-error';
import type { Cell, RawTable } from './table';

export interface ReadOptions {
  /** Called with the fraction [0…1] of the file read. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Only sheets whose name passes are kept (all by default). */
  sheetFilter?: (name: string) => boolean;
  /**
   * Called after each row is stored in `table.rows[r]` (streaming consumers may process
   * the row and replace it with [] to free memory).
   */
  onRow?: (table: RawTable, r: number) => void;
}

const decodeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface SheetMeta {
  names: Map<string, string>; // sheet number (from sheetN.xml) → sheet name
  order: string[]; // sheet numbers in workbook order
  merges: Map<string, RawTable['merges']>;
  /** Row count per sheet number (from <dimension> or by counting <row>), for progress. */
  rowCounts: Map<string, number>;
}

function countRows(data: Buffer): number {
  const head = data.subarray(0, 4096).toString('utf8');
  const dim = /<dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(head);
  if (dim) return +dim[1]!;
  const needle = Buffer.from('<row ');
  let n = 0;
  for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 5)) n++;
  return n;
}

function scanContainer(buf: Buffer, file: string): SheetMeta {
  let workbookXml = '';
  let relsXml = '';
  const merges = new Map<string, RawTable['merges']>();
  const rowCounts = new Map<string, number>();
  checkZip(buf, file, (name, data) => {
    if (name === 'xl/workbook.xml') workbookXml = data.toString('utf8');
    else if (name === 'xl/_rels/workbook.xml.rels') relsXml = data.toString('utf8');
    else {
      const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
      if (!m) return;
      const at = data.lastIndexOf('<mergeCells');
      const list: RawTable['merges'] = [];
      if (at >= 0) {
        const xml = data.subarray(at).toString('utf8');
        for (const r of xml.matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
          list.push({ left: colIndex(r[1]!), top: +r[2]! - 1, right: colIndex(r[3]!), bottom: +r[4]! - 1 });
        }
      }
      merges.set(m[1]!, list);
      rowCounts.set(m[1]!, countRows(data));
    }
  });
  if (!workbookXml) {
    throw new IoError({ file }, 'io/wrong-file-type', 'non è una cartella di lavoro Excel (.xlsx): manca xl/workbook.xml', 'not an Excel workbook (.xlsx): xl/workbook.xml missing');
  }
  const targets = new Map<string, string>();
  for (const r of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(r[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(r[0])?.[1];
    const n = target ? /worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1] : undefined;
    if (id && n) targets.set(id, n);
  }
  const names = new Map<string, string>();
  const order: string[] = [];
  for (const s of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(s[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(s[0])?.[1];
    const n = rid ? targets.get(rid) : undefined;
    if (name !== undefined && n) {
      names.set(n, decodeXml(name));
      order.push(n);
    }
  }
  return { names, order, merges, rowCounts };
}

/** Converts an exceljs cell value to a Cell. */
function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (r === undefined) return null;
      if (typeof r === 'number' && Number.isNaN(r)) return { error: '#ERRORE' };
      return toCell(r);
    }
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

/** Reads every (filtered) sheet of an XLSX buffer. */
export async function readXlsxTables(buf: Buffer, file: string, opts: ReadOptions = {}): Promise<RawTable[]> {
  throwIfAborted(opts.signal, file);
  const meta = scanContainer(buf, file);
  const chunk = 1 << 20;
  const input = Readable.from(
    (function* () {
      for (let i = 0; i < buf.length; i += chunk) yield buf.subarray(i, Math.min(buf.length, i + chunk));
    })(),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const tables = new Map<string, RawTable>();
  let lastReport = 0;
  try {
    for await (const ws of reader) {
      const id = String((ws as unknown as { id: string | number }).id);
      const name = meta.names.get(id) ?? `Sheet${id}`;
      const keep = !opts.sheetFilter || opts.sheetFilter(name);
      const rows: Cell[][] = [];
      const table: RawTable = { file, sheet: name, rows, merges: meta.merges.get(id) ?? [], decimalSeparator: ',', format: 'xlsx' };
      if (keep) tables.set(id, table);
      let n = 0;
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        if (!keep) continue;
        if ((++n & 1023) === 0) {
          throwIfAborted(opts.signal, file);
          if (opts.onProgress) {
            const f = Math.min(0.99, n / Math.max(1, meta.rowCounts.get(id) ?? n));
            if (f - lastReport >= 0.01) {
              lastReport = f;
              opts.onProgress(f);
            }
          }
        }
        const values = row.values as unknown[];
        const cells: Cell[] = new Array(Math.max(0, values.length - 1));
        for (let j = 1; j < values.length; j++) {
          const v = values[j];
          if (typeof v === 'object' && v !== null && 'formula' in v && !('result' in v)) {
            // exceljs drops error results (#DIV/0!, #REF!…) of formulas: they surface as NaN in the model
            const res = (row.getCell(j).model as { result?: unknown }).result;
            cells[j - 1] = typeof res === 'number' && Number.isNaN(res) ? { error: '#ERRORE (es. #DIV/0!, #RIF!)' } : null;
          } else cells[j - 1] = toCell(v);
        }
        const r = row.number - 1;
        while (rows.length < r) rows.push([]);
        rows[r] = cells;
        opts.onRow?.(table, r);
      }
    }
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw new IoError({ file }, 'io/corrupt', `contenuto XLSX non leggibile (${(e as Error)?.message ?? e})`, `unreadable XLSX content (${(e as Error)?.message ?? e})`);
  } finally {
    input.destroy();
  }
  opts.onProgress?.(1);
  // sheets in workbook order, including sheets with no rows at all
  const out: RawTable[] = [];
  for (const id of meta.order) {
    const name = meta.names.get(id)!;
    if (opts.sheetFilter && !opts.sheetFilter(name)) continue;
    out.push(tables.get(id) ?? { file, sheet: name, rows: [], merges: meta.merges.get(id) ?? [], decimalSeparator: ',', format: 'xlsx' });
  }
  return out;
}
