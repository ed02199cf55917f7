/** getEffectiveLoad: the load of a POD's member as the engine uses it, with its source. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import type { ScenarioResult } from '../../../core/scenario/types';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

const CURVE_POD = 'IT001E00000031';
const BILLS_POD = 'IT001E00000032';
const ANNUAL_POD = 'IT001E00000033';
const PLANT_POD = 'IT001E00000034';
const HOURS_2024 = 366 * 24;

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

beforeAll(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  project = (await api.createProject({ path: 'loads', name: 'CER Carichi', type: 'CER', referenceYear: 2024 })).path;
  const c = await api.addConfiguration({ project, configuration: { name: 'Centro', substationCode: 'AC001E00934' } });
  const configurationId = c.id;
  const anna = await api.addMember({ project, member: { name: 'Anna', pods: [CURVE_POD], configurationId } });
  await api.addMember({ project, member: { name: 'Bar', category: 'sme', pods: [BILLS_POD], configurationId, loadProfile: 'shop' } });
  await api.addMember({ project, member: { name: 'Carla', pods: [ANNUAL_POD], configurationId, annualKWh: 2500 } });
  await api.addPlant({ project, plant: { name: 'FV', kWp: 10, ownerMemberId: anna.id, configurationId, pod: PLANT_POD } });
  // A whole civil year 2024 of 2 kWh per hour, one value a line.
  const curve = path.join(tmp.dir, 'curva.csv');
  fs.writeFileSync(curve, ['Energia kWh', ...Array.from({ length: HOURS_2024 }, () => '2')].join('\n'));
  await api.importFromPath({ project, path: curve, kind: 'curves', pod: CURVE_POD, mapping: { layout: 'single', start: '2024-01-01', stepMinutes: 60, unit: 'kWh' } });
  // Twelve monthly bills: 100 + 80 + 60 kWh a month.
  const bills = path.join(tmp.dir, 'bollette.csv');
  fs.writeFileSync(bills, ['POD;Periodo;F1;F2;F3', ...Array.from({ length: 12 }, (_, m) => `${BILLS_POD};${String(m + 1).padStart(2, '0')}/2024;100;80;60`)].join('\n'));
  await api.importFromPath({ project, path: bills, kind: 'bills' });
});
afterAll(() => {
  api.dispose();
  tmp.cleanup();
});

describe('getEffectiveLoad', () => {
  it('gives the imported curve laid on the reference year (source curve)', async () => {
    const load = await api.getEffectiveLoad({ project, pod: CURVE_POD });
    expect(load).toMatchObject({ pod: CURVE_POD, memberName: 'Anna', source: 'curve', stepMinutes: 60, referenceYear: 2024, start: '2023-12-31T23:00:00.000Z' });
    expect(load.kWh).toHaveLength(HOURS_2024);
    expect(load.kWh.every((v) => v === 2)).toBe(true);
    expect(load.totalKWh).toBeCloseTo(HOURS_2024 * 2, 6);
  });

  it('synthesises from bills, keeping every month and band total (source bills)', async () => {
    const load = await api.getEffectiveLoad({ project, pod: BILLS_POD });
    expect(load).toMatchObject({ memberName: 'Bar', source: 'bills', loadProfile: 'shop' });
    expect(load.totalKWh).toBeCloseTo(12 * 240, 6);
    // January: the first 31 civil days (UTC+1) hold 240 kWh.
    expect(load.kWh.slice(0, 31 * 24).reduce((s, v) => s + v, 0)).toBeCloseTo(240, 6);
  });

  it('synthesises from the annual consumption (source annual), also at 15 minutes', async () => {
    const load = await api.getEffectiveLoad({ project, pod: ANNUAL_POD, stepMinutes: 15 });
    expect(load).toMatchObject({ memberName: 'Carla', source: 'annual', loadProfile: 'household', stepMinutes: 15 });
    expect(load.kWh).toHaveLength(HOURS_2024 * 4);
    expect(load.totalKWh).toBeCloseTo(2500, 6);
  });

  it('is the load the simulation uses, member by member', async () => {
    const { jobId } = await api.startSimulation({ project });
    let job = await api.getJob({ jobId });
    while (job.status === 'running') {
      await new Promise((r) => setTimeout(r, 10));
      job = await api.getJob({ jobId });
    }
    expect(job.status, JSON.stringify(job.error)).toBe('done');
    const result = job.result as ScenarioResult;
    for (const pod of [CURVE_POD, BILLS_POD, ANNUAL_POD]) {
      const load = await api.getEffectiveLoad({ project, pod });
      const member = result.members.find((m) => m.memberId === load.memberId)!;
      expect([member.loadSource, member.consumptionKWh]).toEqual([load.source, expect.closeTo(load.totalKWh, 6)]);
    }
  });

  it('refuses a POD no member withdraws from, naming the POD', async () => {
    for (const pod of [PLANT_POD, 'IT001E99999999']) {
      const e = await rejection(api.getEffectiveLoad({ project, pod }));
      expect([e.code, e.field]).toEqual(['not-found', 'pod']);
      expect(e.message).toContain(pod);
    }
  });
});
