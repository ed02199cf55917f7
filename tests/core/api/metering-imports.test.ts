/**
 * Through the API: a prosumer's withdrawal and injection curves kept apart by what they
 * measure, and the members list saying what consumption the engine will use and from where.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import type { JobStatus } from '../../../core/api/common';
import type { ScenarioResult } from '../../../core/scenario/types';
import { testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';
import { textIn } from '../../../core/model/messages';

const POD_A = 'IT001E00000011';
const POD_B = 'IT001E00000022';

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

beforeEach(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  project = (await api.createProject({ path: 'metering', name: 'CER Misure', type: 'CER', referenceYear: 2024 })).path;
  await api.addMember({ project, member: { name: 'Anna', pods: [POD_A], annualKWh: 1000 } });
  await api.addMember({ project, member: { name: 'Bar', category: 'sme', pods: [POD_B], annualKWh: 5000 } });
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});

/** A whole 2024 of hourly values as date/time/value rows in civil time (23 h on 31 March, 25 h on 27 October), `kWh` each hour. */
function yearCsv(name: string, header: string, kWh: number): string {
  const lines = [`Data;Ora;${header}`];
  for (let d = new Date(Date.UTC(2024, 0, 1)); d.getUTCFullYear() === 2024; d = new Date(d.getTime() + 86_400_000)) {
    const day = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/2024`;
    const hours = [...Array(24).keys()];
    if (day === '31/03/2024') hours.splice(2, 1);
    if (day === '27/10/2024') hours.splice(2, 0, 2);
    for (const h of hours) lines.push(`${day};${String(h).padStart(2, '0')}:00;${String(kWh).replace('.', ',')}`);
  }
  const file = path.join(tmp.dir, name);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

describe('curve measures and the consumption members use', () => {
  it('keeps a withdrawal and an injection curve of one POD apart, by header or by the measure argument', async () => {
    const r1 = await api.importFromPath({ project, path: yearCsv('prelievi.csv', 'Energia prelevata (kWh)', 0.5), pod: POD_A });
    expect(r1.curves![0]).toMatchObject({ pod: POD_A, measure: 'withdrawal' });
    const r2 = await api.importFromPath({ project, path: yearCsv('immissioni.csv', 'Energia immessa (kWh)', 0.25), pod: POD_A });
    expect(r2.curves![0]).toMatchObject({ pod: POD_A, measure: 'injection' });
    const r3 = await api.importFromPath({ project, path: yearCsv('misure.csv', 'kWh', 0.1), pod: POD_A, measure: 'consumption' });
    expect(r3.curves![0]).toMatchObject({ measure: 'consumption' });
    const data = await api.listImportedData({ project });
    expect(data.curves.map((c) => [c.pod, c.measure])).toEqual([
      [POD_A, 'consumption'],
      [POD_A, 'injection'],
      [POD_A, 'withdrawal'],
    ]);
    expect((await api.getLoadCurve({ project, pod: POD_A, measure: 'injection' })).kWh[100]).toBe(0.25);
    expect((await api.getLoadCurve({ project, pod: POD_A })).measure).toBe('withdrawal');
  });

  it('lists each member with the annual kWh the engine will use and its source', async () => {
    await api.importFromPath({ project, path: yearCsv('a.csv', 'kWh', 0.5), pod: POD_A });
    const members = await api.listMembers({ project });
    // 8,784 hours of 2024 × 0.5 kWh = 4,392 kWh from the curve; Bar keeps its 5,000 kWh estimate.
    expect(members.map((m) => [m.name, m.consumptionSource, m.effectiveAnnualKWh])).toEqual([
      ['Anna', 'curve', 4392],
      ['Bar', 'estimate', 5000],
    ]);
    const bills = path.join(tmp.dir, 'bollette.csv');
    fs.writeFileSync(bills, ['POD;Mese;F1;F2;F3', ...Array.from({ length: 12 }, (_, i) => `${POD_B};${String(i + 1).padStart(2, '0')}/2024;100;50;25`)].join('\n'));
    await api.importFromPath({ project, path: bills });
    const after = await api.listMembers({ project });
    expect(after[1]).toMatchObject({ consumptionSource: 'bills', effectiveAnnualKWh: 12 * 175 });
    expect((await api.getProjectSummary({ project })).counts.annualConsumptionKWh).toBe(4392 + 2100);
  });

  it('follows every edit that changes it: the estimate, and a curve moving with its POD', async () => {
    await api.importFromPath({ project, path: yearCsv('a.csv', 'kWh', 0.5), pod: POD_A });
    const [anna, bar] = await api.listMembers({ project });
    await api.updateMember({ project, id: bar!.id, patch: { annualKWh: 6000 } });
    expect((await api.listMembers({ project }))[1]).toMatchObject({ consumptionSource: 'estimate', effectiveAnnualKWh: 6000 });
    // Anna's POD (and its curve) passes to Bar, in place of his own: 4,392 kWh of curve now count for Bar.
    await api.updateMember({ project, id: anna!.id, patch: { pods: [] } });
    await api.updateMember({ project, id: bar!.id, patch: { pods: [POD_A] } });
    expect((await api.listMembers({ project })).map((m) => [m.consumptionSource, m.effectiveAnnualKWh])).toEqual([
      ['estimate', 1000],
      ['curve', 4392],
    ]);
  });
});

describe('a prosumer simulated from its meter', () => {
  it('uses metered withdrawal and injection exactly, with no production model, and says so', async () => {
    const c = await api.addConfiguration({ project, configuration: { name: 'Cabina' } });
    const [anna, bar] = await api.listMembers({ project });
    await api.updateMember({ project, id: anna!.id, patch: { configurationId: c.id } });
    await api.updateMember({ project, id: bar!.id, patch: { configurationId: c.id } });
    await api.addPlant({ project, plant: { name: 'FV Anna', kWp: 6, ownerMemberId: anna!.id, pod: POD_A, configurationId: c.id } });
    await api.importFromPath({ project, path: yearCsv('w.csv', 'Energia prelevata (kWh)', 0.5), pod: POD_A });
    await api.importFromPath({ project, path: yearCsv('i.csv', 'Energia immessa (kWh)', 0.25), pod: POD_A });
    const { jobId } = await api.startSimulation({ project });
    let job: JobStatus;
    for (;;) {
      job = await api.getJob({ jobId });
      if (job.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(job.status).toBe('done');
    const r = job.result as ScenarioResult;
    const a = r.members.find((m) => m.name === 'Anna')!;
    // 8,784 h × 0.5 kWh withdrawn and × 0.25 kWh injected, exactly as metered; no self-consumption is metered.
    expect(a.withdrawalKWh).toBeCloseTo(4392, 6);
    expect(a.injectionKWh).toBeCloseTo(2196, 6);
    expect(a.selfConsumptionKWh).toBe(0);
    expect(r.plants[0]!.productionKWh).toBeCloseTo(2196, 6);
    expect(r.warnings.map((w) => textIn(w, 'en')).join(' ')).toMatch(/Anna: metered withdrawal and injection used as they are/);
  });
});
