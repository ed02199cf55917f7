/** Funding calls through the API on the demo project: the list, the assessment, the xlsx. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CoreService } from '../../../core/api/node/core-service';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

let cleanup: () => void;
let api: CoreService;
let project: string;

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  api = testService(dir);
  project = (await api.openDemoProject({})).path;
});
afterAll(() => {
  api.dispose();
  cleanup();
});

describe('funding calls', () => {
  it('lists the shipped calls: the PNRR measure closed, the regional template flagged', async () => {
    const calls = await api.listFundingCalls({});
    const byId = new Map(calls.map((c) => [c.id, c]));
    expect(byId.get('pnrr-cer')).toMatchObject({ closed: true, template: false, source: expect.stringMatching(/Regole operative/) });
    expect(byId.get('regional-template')).toMatchObject({ template: true });
  });

  it("assesses every plant of the project at a given date", async () => {
    const plants = await api.listPlants({ project });
    const a = await api.assessFundingCall({ project, call: 'pnrr-cer', today: '2025-01-15' });
    expect(a.closed).toBe(false);
    expect(a.plants.map((p) => p.plantId)).toEqual(plants.map((p) => p.id));
    for (const p of a.plants) {
      // No cost in the project: eligible = cap × kW, grant = 40% of it, for a new plant within 1 MW.
      if (p.eligible) expect(p.grantEur).toBeCloseTo(0.4 * p.eligibleCostEur, 2);
      expect(p.timeline).toHaveLength(3);
    }
  });

  it('exports the xlsx with one sheet per section; an unknown call is refused by name', async () => {
    const file = await api.exportFundingCall({ project, call: 'pnrr-cer', today: '2025-12-01' });
    expect(file.name).toMatch(/-bando-pnrr-cer\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bando', 'Impianti', 'Scadenze']);
    const e = await rejection(api.assessFundingCall({ project, call: 'nope' }));
    expect(e.message).toMatch(/no funding call "nope"/);
  });

  it("puts the chosen call's xlsx in the dossier: the plants' caps and grants read back from the zip", async () => {
    const { unzipSync } = await import('fflate');
    const plants = await api.listPlants({ project });
    const file = await api.exportDossier({ project, call: 'pnrr-cer' });
    const entries = unzipSync(Buffer.from(file.base64, 'base64'));
    const name = Object.keys(entries).find((n) => n.endsWith('-bando-pnrr-cer.xlsx'))!;
    expect(name, Object.keys(entries).join(', ')).toBeDefined();
    const provenance = JSON.parse(Buffer.from(entries['provenienza.json']!).toString('utf8')) as { outputs: { path: string }[] };
    expect(provenance.outputs.map((o) => o.path)).toContain(name);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(entries[name]!) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Impianti')!;
    const rows = new Map<string, ExcelJS.CellValue[]>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value), row.values as ExcelJS.CellValue[]));
    // Caps of the PNRR measure by hand [RO App. E p.158]: 1,500 €/kW up to 20 kW, 1,200 up to 200,
    // 1,100 up to 600, 1,050 up to 1,000; grant 40 % [RO p.52]. No cost in the project: the cap is the cost.
    const cap = (kw: number) => (kw <= 20 ? 1500 : kw <= 200 ? 1200 : kw <= 600 ? 1100 : 1050);
    let checked = 0;
    for (const p of plants.filter((x) => !x.existing && x.kWp > 0 && x.kWp <= 1000)) {
      const r = rows.get(p.name)!;
      expect(r, p.name).toBeDefined();
      // row.values is 1-based: [, name, kW, eligible, reasons, cap €/kW, plant cap, cost, assumed, eligible cost, max grant, planned]
      expect(r[5]).toBe(cap(p.kWp));
      expect(r[9] as number).toBeCloseTo(cap(p.kWp) * p.kWp, 2);
      expect(r[10] as number).toBeCloseTo(0.4 * cap(p.kWp) * p.kWp, 2);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    // Without a call the dossier has no call xlsx; an unknown call is refused before any work.
    const e = await rejection(api.exportDossier({ project, call: 'nope' }));
    expect(e.message).toMatch(/no funding call "nope"/);
  }, 180_000);
});
