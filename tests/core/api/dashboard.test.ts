/**
 * What the dashboard reads: the hourly series of the last run, one configuration per call and
 * kept out of the result every other caller reads, adding up to the run's yearly totals; the
 * community's figures as sums of the configurations'; a table written as an xlsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CoreService } from '../../../core/api/node/core-service';
import type { ScenarioResult } from '../../../core/scenario/types';
import { communityFigures, sumSeries } from '../../../core/scenario/community-totals';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

let cleanup: () => void;
let api: CoreService;
let project: string;
let result: ScenarioResult;

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  api = testService(dir);
  project = (await api.openDemoProject({})).path;
  expect(await api.getHourlySeries({ project, configurationId: 1 })).toBeNull(); // no run yet
  const { jobId } = await api.startSimulation({ project });
  while ((await api.getJob({ jobId })).status === 'running') await new Promise((r) => setTimeout(r, 100));
  expect((await api.getJob({ jobId })).status).toBe('done');
  result = (await api.getSimulation({ project }))!.result;
}, 90_000);
afterAll(() => {
  api.dispose();
  cleanup();
});

const total = (a: number[]) => a.reduce((s, x) => s + x, 0);

describe('hourly series of the last run', () => {
  it('are not in the result the simulation tab reads', () => {
    expect('hourly' in result).toBe(false);
  });

  it('cover every hour of the reference year and add up to the yearly totals of their configuration', async () => {
    const leap = result.referenceYear % 4 === 0;
    for (const c of result.configurations) {
      const s = (await api.getHourlySeries({ project, configurationId: c.configurationId }))!;
      expect(s.stale).toBe(false);
      expect(s.base.stepMinutes).toBe(60);
      expect(s.sharedKWh).toHaveLength(leap ? 8784 : 8760);
      // Float32 storage: 7 significant digits per hour, far inside 0.01% over the year.
      expect(total(s.sharedKWh)).toBeCloseTo(c.sharedKWh, -1);
      expect(Math.abs(total(s.productionKWh) - c.productionKWh) / c.productionKWh).toBeLessThan(1e-4);
      expect(Math.abs(total(s.withdrawalKWh) - c.withdrawnKWh) / c.withdrawnKWh).toBeLessThan(1e-4);
      // Shared energy is min(injected, withdrawn) per hour [RO App. A p.143]: never above the withdrawal.
      expect(s.sharedKWh.every((v, h) => v <= s.withdrawalKWh[h]! * (1 + 1e-6) + 1e-6)).toBe(true);
    }
  });

  it('are null for a configuration the run did not simulate', async () => {
    expect(await api.getHourlySeries({ project, configurationId: 999 })).toBeNull();
  });
});

describe('community figures', () => {
  it('sum the configurations and recompute self-sufficiency on the sums', () => {
    const { community, configurations } = communityFigures(result, () => 10);
    expect(configurations).toHaveLength(result.configurations.length);
    expect(community.kWp).toBe(10 * result.configurations.length);
    expect(community.members).toBe(result.members.filter((m) => result.configurations.some((c) => c.configurationId === m.configurationId)).length);
    expect(community.sharedKWh).toBeCloseTo(total(result.configurations.map((c) => c.sharedKWh)), 6);
    expect(community.incentiveEur).toBeCloseTo(total(result.configurations.map((c) => c.economics!.incentiveEur)), 6);
    const self = total(result.configurations.map((c) => c.selfConsumedKWh));
    const shared = total(result.configurations.map((c) => c.sharedKWh));
    expect(community.selfSufficiency).toBeCloseTo((self + shared) / total(result.configurations.map((c) => c.consumptionKWh)), 12);
  });

  it('adds series hour by hour', () => {
    expect(sumSeries([[1, 2, 3], [10, 20, 30]])).toEqual([11, 22, 33]);
  });
});

describe('a table as xlsx', () => {
  it('writes the header and the rows, numbers as numbers', async () => {
    const file = await api.exportTable({ name: 'cruscotto', sheet: 'Configurazioni', caption: 'prova', columns: ['Configurazione', 'kWp'], rows: [['Centro', 45.5], ['Totale', null]] });
    expect(file.name).toBe('cruscotto.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Configurazioni')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Configurazione', 'kWp']);
    expect(ws.getCell('B2').value).toBe(45.5);
    expect(ws.getCell('A3').value).toBe('Totale');
  });

  it('refuses a row longer than the header, naming it', async () => {
    const e = await rejection(api.exportTable({ name: 'x', sheet: 'S', columns: ['a'], rows: [['ok'], ['a', 'b']] }));
    expect(e.message).toMatch(/rows\[1\]/);
  });
});
