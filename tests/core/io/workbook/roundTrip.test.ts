import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkbook, writeTemplateWorkbook, EMPTY_PROJECT } from '../../../../core/io/workbook/exportWorkbook';
import { importWorkbook } from '../../../../core/io/workbook/importWorkbook';
import type { ProjectWorkbookData } from '../../../../core/io/workbook/projectWorkbookData';

const dir = mkdtempSync(join(tmpdir(), 'condivisa-wb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data: ProjectWorkbookData = {
  community: { name: 'CER Sole di Prova', legalEntity: 'Associazione CER Prova', type: 'CER', constitutionDate: '2024-05-17', municipality: 'Prova', region: 'Lombardia', referenceYear: 2024 },
  configurations: [
    { id: 1, name: 'Cabina Nord', substationCode: 'AC001E00934' },
    { id: 2, name: 'Cabina Sud', substationCode: '' },
  ],
  members: [
    { id: 1, name: 'Mario Rossi', category: 'citizen', taxCode: 'RSSMRA80A01H501U', ateco: '', pods: ['IT001E12345678'], lat: 45.464211, lon: 9.190034, vulnerable: true, configurationId: 1, annualKWh: 2700, loadProfile: 'household' },
    { id: 2, name: 'Comune di Prova', category: 'local_authority', taxCode: '01234567890', ateco: '84.11.10', pods: ['IT001E00000001', 'IT001E00000002'], lat: null, lon: null, vulnerable: false, configurationId: null, annualKWh: 123456.789, loadProfile: 'municipal_building' },
    { id: 3, name: '123', category: 'religious_body', taxCode: '', ateco: '', pods: [], lat: 0.1 + 0.2, lon: -1e-7, vulnerable: false, configurationId: 2, annualKWh: 0, loadProfile: 'office' },
  ],
  plants: [
    { id: 10, name: 'FV scuola', source: 'pv', kWp: 99.45, tiltDeg: 12.5, azimuthDeg: 180, commissioningDate: '2025-03-01', ownerMemberId: 2, thirdPartyProducer: '', pod: 'IT001E00000009', censimp: 'IM_123', existing: false, grantShare: 0.4, configurationId: 1, lat: 45.1, lon: 9.2, voltage: 'MV' },
    { id: 11, name: 'Idro', source: 'hydro', kWp: 200, tiltDeg: 0, azimuthDeg: 0, commissioningDate: null, ownerMemberId: null, thirdPartyProducer: 'Acque srl', pod: '', censimp: '', existing: true, grantShare: 0, configurationId: null, lat: null, lon: null, voltage: 'LV' },
  ],
  curves: [
    { pod: 'IT001E12345678', measure: 'withdrawal', series: { base: { startUtcMs: Date.UTC(2024, 9, 26, 22), stepMinutes: 60, length: 26, timeZone: 'Europe/Rome' }, kWh: Float64Array.from({ length: 26 }, (_, i) => (i === 5 ? NaN : i / 3)) } },
    { pod: 'IT001E00000001', measure: 'injection', series: { base: { startUtcMs: Date.UTC(2024, 2, 30, 23), stepMinutes: 15, length: 12, timeZone: 'Europe/Rome' }, kWh: Float64Array.from({ length: 12 }, (_, i) => Math.PI * i) } },
  ],
  bills: [
    { pod: 'IT001E12345678', year: 2024, month: 1, f1: 100.25, f2: 80, f3: 120 },
    { pod: 'IT001E00000001', year: 2024, month: 12, f0: 999.5 },
  ],
  // Overrides of the economic parameters (the catalogue's keys).
  parameters: { 'finance.discountRatePerYear': 0.035, 'valorisation.trasE': 10.57 },
};

describe('project workbook', () => {
  it('round-trips losslessly', async () => {
    const file = join(dir, 'progetto.xlsx');
    await exportWorkbook(data, file);
    const back = await importWorkbook(file);
    expect(back).toEqual(data);
    expect(back.curves![0]!.series.kWh[5]).toBeNaN();
  });

  it('writes the template with instructions, notes and drop-downs, and reads it back empty', async () => {
    const file = join(dir, 'modello.xlsx');
    await writeTemplateWorkbook(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Istruzioni', 'Membri', 'Impianti', 'Configurazioni', 'Curve', 'Bollette', 'Parametri']);
    const membri = wb.getWorksheet('Membri')!;
    expect(String(membri.getCell('C1').note ? 'note' : '')).toBe('note');
    const dv = (membri as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const cat = Object.entries(dv).find(([k]) => k.startsWith('C2'))![1];
    expect(cat.type).toBe('list');
    expect(cat.formulae[0]).toContain('PMI');
    expect(String(wb.getWorksheet('Istruzioni')!.getCell('A1').value)).toMatch(/Condivisa/);
    const back = await importWorkbook(file);
    expect(back).toEqual(EMPTY_PROJECT);
  });

  it('names sheet, row and column of a bad cell', async () => {
    const file = join(dir, 'bad.xlsx');
    await exportWorkbook(data, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Impianti')!.getCell('D3').value = 'molto';
    await wb.xlsx.writeFile(file);
    await expect(importWorkbook(file)).rejects.toMatchObject({ name: 'IoError', sheet: 'Impianti', row: 3, column: 'D', code: 'io/not-a-number' });
  });
});
