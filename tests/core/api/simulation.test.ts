import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { JobStatus } from '../../../core/api/common';
import type { ScenarioResult } from '../../../core/scenario/types';
import { useTestService } from '../../helpers/service';
import { REPO_ROOT } from '../../helpers/tmp';
import { lacksReference, referenceData } from '../../helpers/reference';
import { textIn } from '../../../core/model/messages';

const GME = 'gme-hourly-zonal-prices-2023.csv';

const fixture = useTestService();
const api = fixture.api;

async function finish(jobId: string): Promise<JobStatus> {
  for (;;) {
    const job = await api.getJob({ jobId });
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('simulation through the API', () => {
  it('simulates the demo project, keeps the result in the file and marks it stale after an edit', async () => {
    const demo = await api.openDemoProject({});
    const project = demo.path;
    expect(await api.getSimulation({ project })).toBeNull();
    const job = await finish((await api.startSimulation({ project })).jobId);
    expect(job.status).toBe('done');
    const result = job.result as ScenarioResult;

    // Independent check: the demo's members (resources/demo/demo-project.json) consume, per configuration, what their annual kWh say.
    const demoJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'resources', 'demo', 'demo-project.json'), 'utf8')) as {
      members: { annualKWh: number; configurationIndex: number }[];
    };
    for (const [index, c] of result.configurations.entries()) {
      const expected = demoJson.members.filter((m) => m.configurationIndex === index).reduce((s, m) => s + m.annualKWh, 0);
      expect(c.consumptionKWh).toBeCloseTo(expected, 3);
      expect(c.sharedKWh).toBeGreaterThan(0);
      expect(c.sharedKWh).toBeLessThanOrEqual(Math.min(c.injectedKWh, c.withdrawnKWh) + 1e-6);
      // Energy balance of every point: production = self-consumption + injection.
      expect(c.selfConsumedKWh + c.injectedKWh).toBeCloseTo(c.productionKWh, 3);
    }
    // Milan PV, 10–15° tilt: between 1,000 and 1,350 kWh/kWp is credible (PVGIS gives ≈1,200 there).
    for (const p of result.plants) {
      expect(p.specificYieldKWhPerKWp).toBeGreaterThan(1000);
      expect(p.specificYieldKWhPerKWp).toBeLessThan(1350);
    }

    const kept = await api.getSimulation({ project });
    expect(kept?.stale).toBe(false);
    expect(kept?.result.configurations.length).toBe(result.configurations.length);

    const member = (await api.listMembers({ project }))[0]!;
    await api.updateMember({ project, id: member.id, patch: { annualKWh: member.annualKWh + 1000 } });
    expect((await api.getSimulation({ project }))?.stale).toBe(true);
  });

  it('an edit made while the run works makes its result stale, though the run remembers its own inputs', async () => {
    const project = (await api.openDemoProject({})).path;
    const { jobId } = await api.startSimulation({ project });
    // The inputs were read when the job started: this edit belongs to the next run.
    const member = (await api.listMembers({ project }))[0]!;
    await api.updateMember({ project, id: member.id, patch: { annualKWh: member.annualKWh + 1000 } });
    expect((await finish(jobId)).status).toBe('done');
    expect((await api.getSimulation({ project }))?.stale).toBe(true);
    // A run with nothing changed meanwhile is current at once.
    expect((await finish((await api.startSimulation({ project })).jobId)).status).toBe('done');
    expect((await api.getSimulation({ project }))?.stale).toBe(false);
  });

  it('refuses to simulate a project with nothing to simulate, listing what is missing', async () => {
    const { path: project } = await api.createProject({ path: 'empty', name: 'Vuoto', type: 'CER' });
    const job = await finish((await api.startSimulation({ project })).jobId);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('bad-request');
    expect(job.error?.messageIt).toMatch(/nessuna configurazione/);
    expect(job.error?.messageIt).toMatch(/nessun impianto/);
  });

  it('can be cancelled, leaving no result', async () => {
    const { path: project } = await api.openDemoProject({});
    const { jobId } = await api.startSimulation({ project, stepMinutes: 15 });
    await api.cancelJob({ jobId });
    const job = await finish(jobId);
    expect(job.status).toBe('cancelled');
    expect(await api.getSimulation({ project })).toBeNull();
  });

  it('validates the step and the job id', async () => {
    const { path: project } = await api.openDemoProject({});
    await expect(api.startSimulation({ project, stepMinutes: 30 as never })).rejects.toMatchObject({ field: 'stepMinutes' });
    await expect(api.getJob({ jobId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lets a project override a parameter, with its source shown, and uses it in the next run', async () => {
    const { path: project } = await api.openDemoProject({});
    const before = await api.getParameters({ project });
    const trasE = before.find((p) => p.key === 'valorisation.trasE')!;
    expect(trasE).toMatchObject({ defaultValue: 10.57, value: 10.57, overridden: false, unit: '€/MWh' });
    expect(trasE.source.length).toBeGreaterThan(10);
    await finish((await api.startSimulation({ project })).jobId);

    await expect(api.setParameterOverride({ project, key: 'valorisation.trasE', value: -3 })).rejects.toMatchObject({ field: 'value' });
    await expect(api.setParameterOverride({ project, key: 'nope', value: 1 })).rejects.toMatchObject({ code: 'bad-request' });
    expect((await api.getSimulation({ project }))?.stale).toBe(false);

    const after = await api.setParameterOverride({ project, key: 'valorisation.trasE', value: 20 });
    expect(after.find((p) => p.key === 'valorisation.trasE')).toMatchObject({ value: 20, overridden: true, defaultValue: 10.57 });
    expect((await api.getSimulation({ project }))?.stale).toBe(true);
    const job = await finish((await api.startSimulation({ project })).jobId);
    const c = (job.result as ScenarioResult).configurations[0]!;
    // CER valorisation = TRASe × shared energy: 20 €/MWh now.
    expect(c.economics!.valorisationEur).toBeCloseTo((c.sharedKWh * 20) / 1000, 2);

    const restored = await api.setParameterOverride({ project, key: 'valorisation.trasE', value: null });
    expect(restored.find((p) => p.key === 'valorisation.trasE')).toMatchObject({ value: 10.57, overridden: false });
  });

  it('uses an imported meter curve for its member and marks the result stale when it arrives', async () => {
    const { path: project } = await api.openDemoProject({});
    await finish((await api.startSimulation({ project })).jobId);
    const member = (await api.listMembers({ project })).find((m) => m.name === 'Famiglia Rossi')!;
    // A long-format CSV of 2025 in Italian civil time: 0.5 kWh every hour (8,760 hours, the
    // October 02:00 hour twice, no 02:00 on 30 March), as distributor portals export it.
    const fmt = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const lines = ['POD;Data ora;Energia attiva (kWh)'];
    const start = Date.UTC(2024, 11, 31, 23);
    for (let h = 0; h < 8760; h++) lines.push(`${member.pods[0]};${fmt.format(new Date(start + h * 3_600_000)).replace(',', '')};0,5`);
    const csv = path.join(fixture.dir, 'curva-rossi.csv');
    fs.writeFileSync(csv, lines.join('\n'));
    await api.importFromPath({ project, path: csv, kind: 'curves' });
    expect((await api.getSimulation({ project }))?.stale).toBe(true);
    const job = await finish((await api.startSimulation({ project })).jobId);
    expect(job.status).toBe('done');
    const rossi = (job.result as ScenarioResult).members.find((m) => m.memberId === member.id)!;
    expect(rossi.loadSource).toBe('curve');
    expect(rossi.consumptionKWh).toBeCloseTo(8760 * 0.5, 6);
  });

  it('imports hourly zonal prices from a market operator CSV and refuses a bad file without changing the project', async () => {
    const { path: project } = await api.openDemoProject({});
    const bad = Buffer.from('Date,NORD\n01/01/2023 00:00,12\n01/01/2023 01:00,abc').toString('base64');
    await expect(api.importZonalPrices({ project, name: 'rotto.csv', base64: bad })).rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/file "rotto\.csv", row 3, column B, field "NORD"/), messageIt: expect.stringMatching(/file «rotto\.csv», riga 3, colonna B, campo «NORD»/) });
    expect(await api.getZonalPrices({ project })).toBeNull();
  });

  it.skipIf(lacksReference(`data/${GME}`))("runs on the market operator's 2023 hourly prices and names them among the assumptions", async () => {
    const { path: project } = await api.openDemoProject({});
    const summary = await api.importZonalPrices({ project, name: 'gme-2023.csv', base64: fs.readFileSync(referenceData(GME)).toString('base64') });
    expect(summary).toMatchObject({ hours: 8760, year: 2023 });
    expect(summary.zones).toContain('NORD');
    const job = await finish((await api.startSimulation({ project })).jobId);
    const e = (job.result as ScenarioResult).configurations[0]!.economics!;
    expect(e.assumptions.some((a) => textIn(a, 'it').includes('serie oraria importata') && textIn(a, 'it').includes('gme-2023.csv'))).toBe(true);
    await api.clearZonalPrices({ project });
    expect(await api.getZonalPrices({ project })).toBeNull();
  });
});
