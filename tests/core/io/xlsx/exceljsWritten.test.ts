/** The XLSX reader on workbooks written by exceljs at test time: an independent writer of the same format. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTables } from '../../../../core/io/import/readTables';

async function written(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('workbooks written by exceljs', () => {
  it('reads values of every kind with their places', async () => {
    const data = await written((wb) => {
      const ws = wb.addWorksheet('Dati & prove');
      ws.getCell('A1').value = 'POD';
      ws.getCell('B1').value = 12.5;
      ws.getCell('C1').value = -3;
      ws.getCell('D1').value = true;
      ws.getCell('E1').value = { richText: [{ text: 'Energia ' }, { font: { bold: true }, text: 'prelevata' }] };
      ws.getCell('F1').value = { text: 'sito', hyperlink: 'https://example.org' };
      ws.getCell('G1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('A2').value = { formula: 'B1*2', result: 25 };
      ws.getCell('B2').value = { formula: 'A1&"x"', result: 'PODx' };
      ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('D2').value = { formula: 'B1+1' }; // never calculated
      ws.getCell('A4').value = 'dopo una riga vuota';
      ws.getCell('D4').value = 0.000123;
      ws.getCell('B5').value = 'a <b> & "c"';
    });
    const [t] = await readTables({ name: 'exceljs.xlsx', data });
    expect(t!.sheet).toBe('Dati & prove');
    expect(t!.rows[0]).toEqual(['POD', 12.5, -3, true, 'Energia prelevata', 'sito', { error: '#N/A' }]);
    expect(t!.rows[1]).toEqual([25, 'PODx', { error: '#DIV/0!' }]);
    expect(t!.rows[2]).toEqual([]);
    expect(t!.rows[3]).toEqual(['dopo una riga vuota', null, null, 0.000123]);
    expect(t!.rows[4]).toEqual([null, 'a <b> & "c"']);
  });

  it('reads dates as civil date-times: built-in 14, custom formats, and plain numbers stay numbers', async () => {
    const data = await written((wb) => {
      const ws = wb.addWorksheet('Date');
      const put = (ref: string, v: ExcelJS.CellValue, fmt?: string) => {
        ws.getCell(ref).value = v;
        if (fmt) ws.getCell(ref).numFmt = fmt;
      };
      put('A1', new Date(Date.UTC(2024, 2, 31)), 'mm-dd-yy'); // built-in id 14
      put('B1', new Date(Date.UTC(2024, 9, 27, 2, 45)), 'dd/mm/yyyy hh:mm');
      put('C1', 45292, 'dd/mm/yyyy'); // a serial typed as a number in a date cell
      put('D1', 45292, '0.00');
      put('E1', 0.25, 'hh:mm');
      put('F1', 7, '"Giorno" 0');
    });
    const [t] = await readTables({ name: 'date.xlsx', data });
    expect(t!.rows[0]).toEqual([
      new Date(Date.UTC(2024, 2, 31)),
      new Date(Date.UTC(2024, 9, 27, 2, 45)),
      new Date(Date.UTC(2024, 0, 1)),
      45292,
      new Date(Date.UTC(1899, 11, 30, 6)),
      7,
    ]);
  });

  it('keeps sheet order, empty sheets and merged ranges; streams rows to onRow in order', async () => {
    const data = await written((wb) => {
      wb.addWorksheet('Primo').getCell('A1').value = 1;
      wb.addWorksheet('Vuoto');
      const ws = wb.addWorksheet('Unite');
      for (let r = 1; r <= 200; r++) ws.getRow(r).values = [r, `riga ${r}`];
      ws.mergeCells('B1:D1');
      ws.mergeCells('A150:A160');
    });
    const seen: string[] = [];
    const tables = await readTables({ name: 'ordine.xlsx', data }, { onRow: (t, r) => seen.push(`${t.sheet}:${r}`) });
    expect(tables.map((t) => t.sheet)).toEqual(['Primo', 'Vuoto', 'Unite']);
    expect(tables[1]!.rows).toEqual([]);
    expect(tables[2]!.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 3 }, { top: 149, left: 0, bottom: 159, right: 0 }]);
    expect(tables[2]!.rows[199]).toEqual([200, 'riga 200']);
    expect(seen.slice(0, 3)).toEqual(['Primo:0', 'Unite:0', 'Unite:1']);
    expect(seen.length).toBe(201);
  });

  it('reads a streamed (WorkbookWriter) file with shared strings and 10,000 rows', async () => {
    const { PassThrough } = await import('node:stream');
    const sink = new PassThrough();
    const parts: Buffer[] = [];
    sink.on('data', (b: Buffer) => parts.push(b));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true, useStyles: true });
    const ws = wb.addWorksheet('Curva');
    for (let r = 0; r < 10_000; r++) ws.addRow([`IT001E${10_000_000 + (r % 7)}`, r / 8, r % 3 === 0 ? null : 'ok']).commit();
    await ws.commit();
    await wb.commit();
    const [t] = await readTables({ name: 'stream.xlsx', data: Buffer.concat(parts) });
    expect(t!.rows.length).toBe(10_000);
    expect(t!.rows[9_999]).toEqual(['IT001E10000003', 9_999 / 8]);
    expect(t!.rows[10]).toEqual(['IT001E10000003', 10 / 8, 'ok']);
  });
});
