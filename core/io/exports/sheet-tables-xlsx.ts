/**
 * Writes SheetTables (core/report/tables) as an xlsx: the header in row 1 (so a sheet can be
 * pasted into the portal's form as it is), the caption as a note on A1, frozen header, empty
 * cells left empty. Codes stay text: a POD or tax code must never become a number.
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
      const row = ws.addRow(r.map((v) => (v === null ? null : v)));
      if (options.highlightEmpty) {
        r.forEach((v, j) => {
          if (v === null) row.getCell(j + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
        });
      }
      r.forEach((v, j) => {
        if (typeof v === 'string') row.getCell(j + 1).numFmt = '@';
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
