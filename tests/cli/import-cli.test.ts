/** `condivisa import / members / series / export / template` (in-process). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { cliWorkspace } from '../helpers/cli';

const ws = cliWorkspace();
const condivisa = ws.condivisa;

async function xlsx(name: string, rows: (string | number | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Foglio1');
  for (const r of rows) sheet.addRow(r);
  const file = ws.path(name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('condivisa import / members / series / export', () => {
  it('imports members, curves (CSV) and bills, lists them, prints a series, exports and re-imports the workbook', async () => {
    expect((await condivisa('new', 'p.condivisa', '--name', 'CER CLI', '--type', 'CER')).code).toBe(0);
    const registry = await xlsx('soci.xlsx', [
      ['Nome', 'Categoria', 'Codice fiscale', 'POD', 'Consumo annuo'],
      ['Anna', 'privato', 'NNAXXX80A41H501X', 'IT001E00000011', 2500],
      ['Bar', 'PMI', '01234567890', 'IT001E00000022', 12000],
    ]);
    const members = await condivisa('import', 'p.condivisa', registry, '--json');
    expect(members.code, members.stderr).toBe(0);
    expect(JSON.parse(members.stdout)).toMatchObject({ kind: 'members', members: { created: 2, updated: 0 } });

    // long layout CSV, Italian decimals, the 25-hour day of 2024
    const lines = ['Data;Ora;Energia kWh'];
    for (let h = 0; h < 24; h++) lines.push(`26/10/2024;${String(h).padStart(2, '0')}:00;${h},5`);
    fs.writeFileSync(ws.path('curva.csv'), lines.join('\n'));
    const curve = await condivisa('import', 'p.condivisa', 'curva.csv', '--pod', 'IT001E00000011', '--json');
    expect(curve.code, curve.stderr).toBe(0);
    expect(JSON.parse(curve.stdout).curves[0]).toMatchObject({ pod: 'IT001E00000011', stepMinutes: 60, length: 24 });

    const bills = await xlsx('bollette.xlsx', [['POD', 'Periodo', 'F1', 'F2', 'F3'], ['IT001E00000022', '01/2024', 500, 300, 200]]);
    expect((await condivisa('import', 'p.condivisa', bills, '--kind', 'bills')).stdout).toMatch(/1 bollette mensili/);

    const list = await condivisa('members', 'p.condivisa', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((m: { name: string; pod: string; annualKWh: number; coverage: number | null }) => [m.name, m.pod, m.annualKWh, m.coverage])).toEqual([
      ['Anna', 'IT001E00000011', 2500, 100],
      ['Bar', 'IT001E00000022', 12000, null],
    ]);

    const series = await condivisa('series', 'p.condivisa', '--pod', 'IT001E00000011', '--imported', '--json');
    expect(series.code).toBe(0);
    const s = JSON.parse(series.stdout);
    expect(s).toMatchObject({ start: '2024-10-25T22:00:00.000Z', stepMinutes: 60 });
    expect(s.kWh.slice(0, 3)).toEqual([0.5, 1.5, 2.5]);
    // What the engine uses: the curve for Anna, Bar's January bill (1,000 kWh) synthesised.
    const used = JSON.parse((await condivisa('series', 'p.condivisa', '--pod', 'IT001E00000011', '--json')).stdout);
    expect(used).toMatchObject({ source: 'curve', memberName: 'Anna', stepMinutes: 60 });
    const bar = JSON.parse((await condivisa('series', 'p.condivisa', '--pod', 'IT001E00000022', '--json')).stdout);
    expect(bar.source).toBe('bills');
    expect(bar.totalKWh).toBeCloseTo(1000, 6);
    // `members` says which consumption the engine uses and how much: the same as `series`
    // (Anna's one-day curve, 288 kWh, repeated over the 365 days: 105,120 kWh).
    const listed = JSON.parse(list.stdout) as { name: string; consumptionSource: string; effectiveAnnualKWh: number }[];
    expect(listed.map((m) => m.consumptionSource)).toEqual(['curve', 'bills']);
    expect(listed[0]!.effectiveAnnualKWh).toBeCloseTo(used.totalKWh, 6);
    expect(listed[1]!.effectiveAnnualKWh).toBeCloseTo(1000, 6);
    const text = (await condivisa('members', 'p.condivisa')).stdout.split('\n');
    expect(text[0]).toMatch(/Anna — IT001E00000011 — 2.500 kWh\/anno — consumo usato 105\.120 kWh \(curva\)/);
    expect(text[1]).toMatch(/Bar — IT001E00000022 — 12\.000 kWh\/anno — consumo usato 1\.000 kWh \(bollette\)/);

    expect((await condivisa('export', 'p.condivisa', '--workbook', 'p.xlsx')).code).toBe(0);
    const copy = await condivisa('import', 'copia.condivisa', 'p.xlsx', '--json');
    expect(copy.code, copy.stderr).toBe(0);
    expect(JSON.parse(copy.stdout).project.counts.members).toBe(2);
    expect(JSON.parse((await condivisa('series', 'copia.condivisa', '--pod', 'IT001E00000011', '--imported', '--json')).stdout)).toEqual(s);
    expect((await condivisa('template', 'modello.xlsx')).code).toBe(0);
    expect(fs.existsSync(ws.path('modello.xlsx'))).toBe(true);
  });

  it('exits 1 with one line naming file, sheet, row and column on bad input', async () => {
    expect((await condivisa('new', 'q.condivisa', '--name', 'CER Q', '--type', 'CER')).code).toBe(0);
    const bad = await xlsx('soci-bad.xlsx', [['Nome', 'Categoria', 'POD'], ['Anna', 'privato', 'IT001E00000011'], ['Bruno', 'marziano', '']]);
    const r = await condivisa('import', 'q.condivisa', bad);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/soci-bad\.xlsx.*sheet "Foglio1", row 3, column B/);
    expect((await condivisa('series', 'q.condivisa', '--pod', 'IT001E00000011')).code).toBe(1);
    expect((await condivisa('series', 'q.condivisa')).code).toBe(1);
    expect((await condivisa('import', 'q.condivisa', 'missing.csv')).code).toBe(1);
    expect(JSON.parse((await condivisa('members', 'q.condivisa', '--json')).stdout)).toEqual([]);
  });
});
