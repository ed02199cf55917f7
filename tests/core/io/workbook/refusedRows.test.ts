/**
 * Every row of the project workbook is applied or refused with its sheet, row and column:
 * parameter overrides, the constitution date typed into Valore, the region, members, curves
 * with what they measure; curves past Excel's row limit are named in Istruzioni.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkbook, exportWorkbook } from '../../../../core/io/workbook/exportWorkbook';
import { importWorkbook } from '../../../../core/io/workbook/importWorkbook';
import { EXCEL_MAX_ROWS } from '../../../../core/io/workbook/sheetLayout';
import type { ProjectWorkbookData } from '../../../../core/io/workbook/projectWorkbookData';

const dir = mkdtempSync(join(tmpdir(), 'condivisa-wb-refused-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: ProjectWorkbookData = {
  community: { name: 'CER Prova', legalEntity: '', type: 'CER', constitutionDate: null, municipality: 'Prova', region: 'Lombardia', referenceYear: 2025 },
  configurations: [{ id: 1, name: 'Cabina', substationCode: 'AC001E00934' }],
  members: [{ id: 1, name: 'Maria', category: 'citizen', taxCode: '', ateco: '', pods: ['IT001E00000001'], lat: null, lon: null, vulnerable: false, configurationId: 1, annualKWh: 2700, loadProfile: 'household' }],
  plants: [],
};

/** Exports `base`, lets `edit` change cells, and imports the result. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<ProjectWorkbookData> {
  const file = join(dir, name);
  await exportWorkbook(base, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(file);
  return importWorkbook(file);
}

/** Row (1-based) of a key in Parametri. */
function paramRow(wb: ExcelJS.Workbook, key: string): number {
  const ws = wb.getWorksheet('Parametri')!;
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
  throw new Error(key);
}

describe('Parametri rows', () => {
  it('applies an override of an economic parameter', async () => {
    const back = await edited('override.xlsx', (wb) => wb.getWorksheet('Parametri')!.addRow(['valorisation.trasE', 11.2, 'numero']));
    expect(back.parameters).toEqual({ 'valorisation.trasE': 11.2 });
  });

  it('refuses an unknown key, naming sheet, row and column', async () => {
    await expect(edited('unknown.xlsx', (wb) => wb.getWorksheet('Parametri')!.addRow(['tasso.sconto', 0.03, 'numero']))).rejects.toMatchObject({ sheet: 'Parametri', row: 9, column: 'A', code: 'io/bad-value' });
  });

  it('refuses an override out of range, at its Valore cell', async () => {
    await expect(edited('range.xlsx', (wb) => wb.getWorksheet('Parametri')!.addRow(['finance.discountRatePerYear', 5, 'numero']))).rejects.toMatchObject({ sheet: 'Parametri', row: 9, column: 'B' });
  });

  it('reads the constitution date typed into Valore as a date cell or as dd/mm/yyyy text', async () => {
    const asDate = await edited('date.xlsx', (wb) => {
      wb.getWorksheet('Parametri')!.getCell(paramRow(wb, 'comunita.data_costituzione'), 2).value = new Date(Date.UTC(2024, 4, 17));
    });
    expect(asDate.community.constitutionDate).toBe('2024-05-17');
    const asText = await edited('date-text.xlsx', (wb) => {
      wb.getWorksheet('Parametri')!.getCell(paramRow(wb, 'comunita.data_costituzione'), 2).value = '17/05/2024';
    });
    expect(asText.community.constitutionDate).toBe('2024-05-17');
  });

  it('refuses a constitution date it cannot read and a region that is not Italian', async () => {
    let row = 0;
    await expect(
      edited('bad-date.xlsx', (wb) => {
        row = paramRow(wb, 'comunita.data_costituzione');
        wb.getWorksheet('Parametri')!.getCell(row, 2).value = 'maggio';
      }),
    ).rejects.toMatchObject({ sheet: 'Parametri', row: 5, column: 'B', code: 'io/bad-date' });
    expect(row).toBe(5);
    await expect(
      edited('bad-region.xlsx', (wb) => {
        wb.getWorksheet('Parametri')!.getCell(paramRow(wb, 'comunita.regione'), 2).value = 'Baviera';
      }),
    ).rejects.toMatchObject({ sheet: 'Parametri', row: 7, column: 'B' });
    const english = await edited('en-region.xlsx', (wb) => {
      wb.getWorksheet('Parametri')!.getCell(paramRow(wb, 'comunita.regione'), 2).value = 'Lombardy';
    });
    expect(english.community.region).toBe('Lombardy');
  });
});

describe('entity rows', () => {
  it('refuses a member the model refuses, at the field’s column', async () => {
    await expect(edited('member.xlsx', (wb) => (wb.getWorksheet('Membri')!.getCell('B2').value = ''))).rejects.toMatchObject({ sheet: 'Membri', row: 2, column: 'B' });
  });

  it('reads what a curve measures and refuses an unknown measure', async () => {
    const withCurve: ProjectWorkbookData = {
      ...base,
      curves: [{ pod: 'IT001E00000001', measure: 'injection', series: { base: { startUtcMs: Date.UTC(2025, 0, 1, 0), stepMinutes: 60, length: 2, timeZone: 'Europe/Rome' }, kWh: Float64Array.from([1, 2]) } }],
    };
    const file = join(dir, 'measure.xlsx');
    await exportWorkbook(withCurve, file);
    expect((await importWorkbook(file)).curves![0]!.measure).toBe('injection');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Curve')!.getCell('E3').value = 'solare';
    await wb.xlsx.writeFile(file);
    await expect(importWorkbook(file)).rejects.toMatchObject({ sheet: 'Curve', row: 3, column: 'E' });
  });
});

describe("Excel's row limit", () => {
  it('tells in Istruzioni to use a curve file, and names a curve that would not fit', () => {
    const huge: ProjectWorkbookData = {
      ...base,
      curves: [{ pod: 'IT001E00000001', series: { base: { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 15, length: EXCEL_MAX_ROWS, timeZone: 'Europe/Rome' }, kWh: new Float64Array(EXCEL_MAX_ROWS) } }],
    };
    const text = (wb: ExcelJS.Workbook) => (wb.getWorksheet('Istruzioni')!.getSheetValues() as unknown[][]).map((r) => String(r?.[1] ?? '')).join('\n');
    expect(text(buildWorkbook(base))).toMatch(/1\.048\.576 righe.*\n.*file di curva/);
    const wb = buildWorkbook(huge);
    expect(text(wb)).toMatch(/Curve non scritte qui.*IT001E00000001 \(prelievo\)/);
    expect(wb.getWorksheet('Curve')!.rowCount).toBe(1);
  });
});
