/**
 * Load-curve import entry points: preview (layout detection) and parse with a mapping
 * into per-POD UTC series [kWh per interval], checked and repaired (see curveQuality).
 * `importCurves` streams large XLSX files: rows are parsed as they are read and freed.
 */
import { assessCurve } from './curveQuality';
import { dailyRowHandler } from './curveDaily';
import { longRowHandler } from './curveLong';
import { previewCurveTable, previewCurveTables } from './curvePreview';
import { CurveRowContext } from './curveRowContext';
import { assertNoMergedHeader } from './headerMap';
import { parseSingleColumn } from './curveSingle';
import { parseChain2 } from './chain2';
import type { CurveMapping, CurveParseOptions, CurvePreview, ParsedCurve } from './curveTypes';
import { IoError, throwIfAborted } from '../io-error';
import { loadSource, readTables, sourceName, type ImportSource } from './readTables';
import type { RawTable } from './table';
import { readXlsxTables } from './xlsxTables';

function rowHandler(ctx: CurveRowContext): ((r: number) => void) | null {
  if (ctx.m.layout === 'daily') return dailyRowHandler(ctx);
  if (ctx.m.layout === 'long' || ctx.m.layout === 'wide') return longRowHandler(ctx);
  return null;
}

function finish(ctx: CurveRowContext, opts: CurveParseOptions): ParsedCurve[] {
  const { t } = ctx;
  const out: ParsedCurve[] = [];
  for (const acc of ctx.accs.values()) {
    throwIfAborted(opts.signal, t.file);
    if (acc.isEmpty()) continue;
    const { series, report } = assessCurve(acc.pod, acc.build(), acc.duplicates, opts.repair ?? true, acc.notes);
    out.push({ pod: acc.pod, series, quality: report });
  }
  if (out.length === 0) {
    const loc: { file: string; sheet?: string } = { file: t.file };
    if (t.sheet !== undefined) loc.sheet = t.sheet;
    throw new IoError(loc, 'io/empty', { code: 'io.parse-curves.curve-values-found' });
  }
  return out;
}

/** Parses a curve table with a (possibly user-corrected) mapping. */
export function parseCurves(input: RawTable, mapping: CurveMapping, opts: CurveParseOptions = {}): ParsedCurve[] {
  throwIfAborted(opts.signal, input.file);
  if (mapping.layout === 'chain2') {
    const out = parseChain2(input, mapping, opts);
    opts.onProgress?.(1);
    return out;
  }
  const ctx = new CurveRowContext(input, mapping, opts);
  const handle = rowHandler(ctx);
  if (handle) {
    const end = input.rows.length;
    for (let r = mapping.firstDataRow; r < end; r++) {
      ctx.tick(r, mapping.firstDataRow, end);
      handle(r);
    }
  } else parseSingleColumn(ctx);
  const out = finish(ctx, opts);
  opts.onProgress?.(1);
  return out;
}

/** Preview of the first sheet that looks like a curve. */
export function previewCurves(tables: RawTable[]): CurvePreview {
  return previewCurveTables(tables, tables[0]?.file ?? '');
}

/** The table a mapping refers to (its sheet, else the first). */
export function tableFor(tables: RawTable[], mapping: Pick<CurveMapping, 'sheet'>): RawTable | undefined {
  return (mapping.sheet !== undefined ? tables.find((t) => t.sheet === mapping.sheet) : undefined) ?? tables[0];
}

export interface CurveFileOptions extends CurveParseOptions {
  /** Overrides of the detected mapping (e.g. unit, pod, start chosen by the user). */
  mapping?: Partial<CurveMapping>;
}

/** Reads a file, previews it and returns the tables with the preview (for the mapping dialog). */
export async function previewCurveFile(src: ImportSource, opts: Pick<CurveParseOptions, 'signal' | 'onProgress'> = {}): Promise<{ tables: RawTable[]; preview: CurvePreview }> {
  const tables = await readTables(src, opts);
  if (tables.length === 0) throw new IoError({ file: sourceName(src) }, 'io/empty', { code: 'io.parse-curves.file-contains-sheets' });
  return { tables, preview: previewCurves(tables) };
}

/** Rows buffered before the streaming import previews a sheet. */
const PREVIEW_ROWS = 64;

/**
 * One-shot import: read, detect, apply `mapping` overrides, parse. XLSX sheets in the
 * daily or long layout are parsed while streaming (memory stays bounded); other cases
 * read the whole file first. Throws IoError when the unit is unknown and not overridden.
 */
export async function importCurves(src: ImportSource, opts: CurveFileOptions = {}): Promise<{ preview: CurvePreview; curves: ParsedCurve[] }> {
  const { file, data } = await loadSource(src);
  const isZip = data.length > 4 && data[0] === 0x50 && data[1] === 0x4b;
  if (isZip && !opts.mapping?.sheet) {
    let chosen: { table: RawTable; preview: CurvePreview; ctx: CurveRowContext; handle: (r: number) => void; next: number } | null = null;
    const tried = new Set<RawTable>();
    const tables = await readXlsxTables(data, file, {
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      onRow: (table, r) => {
        if (chosen) {
          if (chosen.table !== table) return;
          if (r >= chosen.next) {
            chosen.handle(r);
            chosen.next = r + 1;
          }
          table.rows[r] = [];
          return;
        }
        if (r + 1 < PREVIEW_ROWS || tried.has(table)) return;
        tried.add(table);
        let preview: CurvePreview;
        try {
          preview = previewCurveTable(table);
        } catch {
          return; // decided on the whole sheet at the end
        }
        const mapping: CurveMapping = { ...preview.mapping, ...opts.mapping };
        const ctx = new CurveRowContext(table, mapping, opts);
        const handle = rowHandler(ctx);
        if (!handle) return;
        chosen = { table, preview, ctx, handle, next: mapping.firstDataRow };
        for (let k = mapping.firstDataRow; k <= r; k++) {
          handle(k);
          table.rows[k] = [];
        }
        chosen.next = r + 1;
      },
    });
    if (chosen) {
      const c = chosen as { table: RawTable; preview: CurvePreview; ctx: CurveRowContext };
      // merged ranges are known once the sheet has been read (they follow the cells in the XML)
      if (c.preview.mapping.headerRow !== null) assertNoMergedHeader(c.table, c.preview.mapping.headerRow);
      const curves = finish(c.ctx, opts);
      opts.onProgress?.(1);
      return { preview: c.preview, curves };
    }
    if (tables.length === 0) throw new IoError({ file }, 'io/empty', { code: 'io.parse-curves.file-contains-sheets' });
    return parseDetected(tables, opts);
  }
  const readOpts: Pick<CurveParseOptions, 'signal' | 'onProgress'> = {};
  if (opts.signal) readOpts.signal = opts.signal;
  const tables = await readTables({ name: file, data }, readOpts);
  if (tables.length === 0) throw new IoError({ file }, 'io/empty', { code: 'io.parse-curves.file-contains-sheets' });
  return parseDetected(tables, opts);
}

function parseDetected(tables: RawTable[], opts: CurveFileOptions): { preview: CurvePreview; curves: ParsedCurve[] } {
  const preview = opts.mapping?.sheet !== undefined ? previewCurveTable(tableFor(tables, opts.mapping)!) : previewCurves(tables);
  const mapping: CurveMapping = { ...preview.mapping, ...opts.mapping };
  return { preview, curves: parseCurves(tableFor(tables, mapping)!, mapping, opts) };
}
