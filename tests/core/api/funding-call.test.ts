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
});
