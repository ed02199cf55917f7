/** Test helpers: write CSV/XLSX files into a temp dir. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const tmp = mkdtempSync(join(tmpdir(), 'condivisa-import-'));

export function writeText(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

export type XCell = string | number | boolean | Date | null | { formula: string; result?: unknown };

export async function writeXlsx(name: string, sheets: Record<string, XCell[][]>, tweak?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        if (v !== null) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
      });
    });
  }
  tweak?.(wb);
  const p = join(tmp, name);
  await wb.xlsx.writeFile(p);
  return p;
}

export const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

import { afterAll } from 'vitest';
import { rmSync } from 'node:fs';
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
