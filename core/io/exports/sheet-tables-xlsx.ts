/**
 * Writes SheetTables (core/report/tables) as an xlsx: the header in row 1 (so a sheet can be
 * pasted into the portal's form as it is), the caption as a note on A1, frozen header, empty
 * cells left empty. Codes stay text: a POD or tax code must never become a number. A date
 * (YYYY-MM-DD) becomes an Excel date shown 01/03/2025, as the portal's forms and an Italian
 * reader write it, and as Excel sorts and filters dates.
 */
import ExcelJS from 'exceljs';
import type { SheetTable } from '../../report/tables';

export interface XlsxOptions {
  /** Tint the empty cells: in the GSE data they are the values still to complete. */
  highlightEmpty?: boolean;
}

export async function sheetTablesToXlsx(sheets: SheetTable[], creator: string, options: XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  // A fixed date keeps two exports of the same project byte-comparable in content.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  for (const t of sheets) {
    const ws = wb.addWorksheet(t.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((header, j) => ({
      header,
      width: Math.min(60, Math.max(12, header.length + 2, ...t.rows.map((r) => String(r[j] ?? '').length + 2))),
    }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'top' };
    head.getCell(1).note = t.caption;
    for (const r of t.rows) {
      const dates = r.map(isoDate);
      const row = ws.addRow(r.map((v, j) => dates[j] ?? v));
      if (options.highlightEmpty) {
        r.forEach((v, j) => {
          if (v === null) row.getCell(j + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
        });
      }
      r.forEach((v, j) => {
        if (dates[j]) row.getCell(j + 1).numFmt = 'dd/mm/yyyy';
        else if (typeof v === 'string') row.getCell(j + 1).numFmt = '@';
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The date of an ISO date text (midnight UTC, as Excel's dates carry no zone), else null. */
function isoDate(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : d;
}
