/**
 * Benchmark of the curve import: one year (2023, 365 civil days, both DST changes) of
 * quarter-hour data for 100 PODs in the row-per-day layout (POD, date, 96 columns →
 * 36,500 rows, ≈3.5 million values) written as XLSX, then read with `importCurves`.
 * Target: < 5 s and < 1 GB.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importCurves } from '../core/io/import/parseCurves';
import { civilDayHours } from '../core/model/calendar/romeCivilTime';

export interface BenchResult {
  /** Wall time of the parse [s]. */
  seconds: number;
  /** Peak resident set size during the parse [MB]. */
  peakRssMB: number;
  /** Values imported (intervals over all PODs). */
  values: number;
}

const YEAR = 2023;
const PODS = 100;

/** Writes the benchmark workbook; returns its path. */
export async function writeBenchWorkbook(dir: string, pods = PODS): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `bench-curve-${pods}pod.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('Curve');
  ws.addRow(['Curva di carico quartoraria - Energia attiva prelevata (kWh)']).commit();
  const header: string[] = ['POD', 'Data'];
  const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  for (let i = 0; i < 96; i++) header.push(`${hhmm(i * 15)}-${hhmm(i * 15 + 15)}`);
  ws.addRow(header).commit();
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let p = 0; p < pods; p++) {
    const pod = `IT001E${String(10000000 + p)}`;
    for (let d = 0; d < 365; d++) {
      const date = new Date(Date.UTC(YEAR, 0, 1 + d));
      const hours = civilDayHours(YEAR, date.getUTCMonth() + 1, date.getUTCDate());
      const row: (string | number | Date | null)[] = [pod, date];
      for (let i = 0; i < 96; i++) {
        const skipped = hours === 23 && i >= 8 && i < 12;
        row.push(skipped ? null : Math.round((0.05 + rnd() * 0.5) * 1000) / 1000);
      }
      const r = ws.addRow(row);
      r.getCell(2).numFmt = 'dd/mm/yyyy';
      r.commit();
    }
  }
  await ws.commit();
  await wb.commit();
  return file;
}

/** Generates the workbook in `tmpDir` and times its import. */
export async function benchCurveImport(tmpDir: string, onProgress?: (f: number) => void): Promise<BenchResult> {
  const file = await writeBenchWorkbook(tmpDir);
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  try {
    const opts: Parameters<typeof importCurves>[1] = {};
    if (onProgress) opts.onProgress = onProgress;
    const { curves } = await importCurves(file, opts);
    const seconds = (performance.now() - t0) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    const values = curves.reduce((s, c) => s + c.series.base.length, 0);
    return { seconds, peakRssMB: Math.round(peak / 1e6), values };
  } finally {
    clearInterval(timer);
  }
}
