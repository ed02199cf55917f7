/**
 * *Scenari di progetto* through the API: save the working state, change it, save again,
 * compare, reopen the first. Energies are metered curves and a flat monthly production, so
 * the shared energy is known by hand: shared_h = min(Σ injected_h, Σ withdrawn_h).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CoreService } from '../../../core/api/node/core-service';
import type { JobStatus } from '../../../core/api/common';
import { testService, rejection } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

const POD_A = 'IT001E00000011';
const POD_B = 'IT001E00000022';
const POD_P = 'IT001E00000033';
/** Hours of each civil month of 2024 in Italy: 23-hour last Sunday of March, 25-hour last Sunday of October. */
const HOURS_2024 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((d, i) => d * 24 + (i === 2 ? -1 : i === 9 ? 1 : 0));
const YEAR_HOURS = 8784;

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

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

async function simulateNow(): Promise<void> {
  const { jobId } = await api.startSimulation({ project });
  let job: JobStatus;
  do job = await api.getJob({ jobId });
  while (job.status === 'running' && (await new Promise((r) => setTimeout(r, 10)), true));
  expect(job.status).toBe('done');
}

beforeEach(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  project = (await api.createProject({ path: 'scenari', name: 'CER Scenari', type: 'CER', referenceYear: 2024 })).path;
  const c = await api.addConfiguration({ project, configuration: { name: 'Cabina' } });
  const anna = await api.addMember({ project, member: { name: 'Anna', pods: [POD_A], annualKWh: 1000, configurationId: c.id } });
  await api.addMember({ project, member: { name: 'Bruno', pods: [POD_B], annualKWh: 900, configurationId: c.id } });
  await api.addPlant({ project, plant: { name: 'FV Anna', kWp: 6, ownerMemberId: anna.id, pod: POD_A, configurationId: c.id } });
  // Anna's meter: 0.5 kWh withdrawn and 0.25 kWh injected every hour; Bruno withdraws 0.1 kWh.
  await api.importFromPath({ project, path: yearCsv('a-w.csv', 'Energia prelevata (kWh)', 0.5), pod: POD_A });
  await api.importFromPath({ project, path: yearCsv('a-i.csv', 'Energia immessa (kWh)', 0.25), pod: POD_A });
  await api.importFromPath({ project, path: yearCsv('b-w.csv', 'Energia prelevata (kWh)', 0.1), pod: POD_B });
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});

describe('project scenarios', () => {
  it('saves A, adds a plant, saves B, compares them by hand-computed differences, reopens A exactly', async () => {
    const a = await api.saveProjectScenario({ project, name: 'A · oggi' });
    // Saving simulated the working state first: shared = min(0.25, 0.6) every hour.
    expect(a).toMatchObject({ simulated: true, current: true, summary: { kWp: 6, members: 2 } });
    expect(a.summary.sharedKWh).toBeCloseTo(0.25 * YEAR_HOURS, 3);

    // B: a 20 kWp plant on its own point producing 0.2 kWh every hour (flat monthly energies).
    const config = (await api.listConfigurations({ project }))[0]!;
    const plant = await api.addPlant({ project, plant: { name: 'FV scuola', kWp: 20, pod: POD_P, configurationId: config.id } });
    await api.setPlantMonthlyProduction({ project, plantId: plant.id, monthlyKWh: HOURS_2024.map((h) => 0.2 * h) });
    expect((await api.listProjectScenarios({ project })).scenarios[0]!.current).toBe(false);
    await simulateNow();
    const b = await api.saveProjectScenario({ project, name: 'B · scuola' });
    expect(b.summary).toMatchObject({ kWp: 26, members: 2 });
    // min(0.25 + 0.2, 0.6) = 0.45 kWh every hour.
    expect(b.summary.sharedKWh).toBeCloseTo(0.45 * YEAR_HOURS, 3);

    const cmp = await api.compareProjectScenarios({ project, ids: [a.id, b.id] });
    expect(cmp.scenarios.map((s) => s.name)).toEqual(['A · oggi', 'B · scuola']);
    expect(cmp.cells.kWp[1]).toMatchObject({ value: 26, delta: 20 });
    expect(cmp.cells.sharedKWh[1]!.delta).toBeCloseTo(0.2 * YEAR_HOURS, 3);
    expect(cmp.cells.sharedKWh[1]!.relative).toBeCloseTo(0.2 / 0.25, 6);
    expect(cmp.cells.members[1]).toMatchObject({ delta: 0 });
    expect(cmp.cells.kWp[0]!.delta).toBeNull();
    expect(cmp.scenarios[1]!.summary.monthlySharedKWh![2]).toBeCloseTo(0.45 * HOURS_2024[2]!, 3);

    // Reopen A, the working state (= B) being already saved: nothing new is saved.
    const opened = await api.openProjectScenario({ project, id: a.id, saveCurrentAs: 'Stato di lavoro' });
    expect(opened.savedPreviousAs).toBeNull();
    expect((await api.listPlants({ project })).map((p) => [p.name, p.kWp])).toEqual([['FV Anna', 6]]);
    const view = await api.getSimulation({ project });
    expect(view?.stale).toBe(false);
    expect(view!.result.configurations[0]!.sharedKWh).toBeCloseTo(0.25 * YEAR_HOURS, 3);
    // The charts' hourly series of B's run are not shown beside A's results: none until a run.
    expect(await api.getHourlySeries({ project, configurationId: config.id })).toBeNull();
    const list = await api.listProjectScenarios({ project });
    expect(list.scenarios.map((s) => [s.name, s.current])).toEqual([['A · oggi', true], ['B · scuola', false]]);
    // The imported curves came back with the snapshot (Anna's meter, Bruno's withdrawal).
    const data = await api.listImportedData({ project });
    expect(data.curves.map((c) => [c.pod, c.measure]).sort()).toEqual([[POD_A, 'injection'], [POD_A, 'withdrawal'], [POD_B, 'withdrawal']]);

    // And B again: its plant, its production and its results.
    await api.openProjectScenario({ project, id: b.id, saveCurrentAs: null });
    expect((await api.listPlants({ project })).map((p) => p.kWp)).toEqual([6, 20]);
    expect((await api.getSimulation({ project }))?.stale).toBe(false);
  });

  it('keeps each distinct curve once however many scenarios hold it, and drops it with the last', async () => {
    const a = await api.saveProjectScenario({ project, name: 'A', simulate: false });
    expect(a.simulated).toBe(false);
    const b = await api.duplicateProjectScenario({ project, id: a.id, name: 'B' });
    await api.updateMember({ project, id: (await api.listMembers({ project }))[1]!.id, patch: { annualKWh: 1200 } });
    const c = await api.saveProjectScenario({ project, name: 'C', simulate: false });
    api.dispose();
    const db = new Database(project, { readonly: true });
    // Three scenarios, three curves of 8,784 hours (8 bytes each): each stored once.
    const blobs = db.prepare('SELECT COUNT(*) AS n, SUM(LENGTH(content)) AS bytes FROM project_scenario_blobs').get() as { n: number; bytes: number };
    expect(blobs.n).toBe(3);
    expect(blobs.bytes).toBe(3 * 8784 * 8);
    db.close();
    api = testService(tmp.dir);
    for (const s of [a, b, c]) await api.deleteProjectScenario({ project, id: s.id });
    api.dispose();
    const after = new Database(project, { readonly: true });
    expect((after.prepare('SELECT COUNT(*) AS n FROM project_scenario_blobs').get() as { n: number }).n).toBe(0);
    after.close();
    api = testService(tmp.dir);
  });

  it('renames, refuses a name already taken and an unknown scenario, saves the working state before reopening', async () => {
    const a = await api.saveProjectScenario({ project, name: 'A', simulate: false });
    expect((await rejection(api.saveProjectScenario({ project, name: ' a ', simulate: false }))).messageIt).toMatch(/esiste già uno scenario «A»/);
    expect((await api.renameProjectScenario({ project, id: a.id, name: 'Base' })).name).toBe('Base');
    expect((await rejection(api.openProjectScenario({ project, id: 999 }))).code).toBe('not-found');
    await api.updateCommunity({ project, patch: { municipality: 'Bergamo' } });
    const opened = await api.openProjectScenario({ project, id: a.id, saveCurrentAs: 'Prima di riaprire' });
    expect(opened.savedPreviousAs?.name).toBe('Prima di riaprire');
    expect((await api.getProjectSummary({ project })).community.municipality).toBe('');
    // The saved working state brings the edit back.
    await api.openProjectScenario({ project, id: opened.savedPreviousAs!.id });
    expect((await api.getProjectSummary({ project })).community.municipality).toBe('Bergamo');
  });

  it('refuses to reopen a scenario that would delete an attached document, and changes nothing', async () => {
    const a = await api.saveProjectScenario({ project, name: 'A', simulate: false });
    const config = (await api.listConfigurations({ project }))[0]!;
    const plant = await api.addPlant({ project, plant: { name: 'FV nuovo', kWp: 10, pod: POD_P, configurationId: config.id } });
    await api.addAttachment({ project, documentId: 'nameplate-photos', configurationId: config.id, plantId: plant.id, name: 'targa.jpg', base64: Buffer.from('foto').toString('base64') });
    const refused = await rejection(api.openProjectScenario({ project, id: a.id, saveCurrentAs: 'Prima' }));
    expect(refused.code).toBe('conflict');
    expect(refused.messageIt).toMatch(/1 documenti allegati/);
    expect((await api.listPlants({ project })).map((p) => p.name)).toEqual(['FV Anna', 'FV nuovo']);
    expect((await api.listProjectScenarios({ project })).scenarios.map((s) => s.name)).toEqual(['A']);
  });

  it('keeps a project that cannot be simulated yet as a scenario without results', async () => {
    const fresh = (await api.createProject({ path: 'vuoto', name: 'CER Vuota', type: 'CER', referenceYear: 2024 })).path;
    const s = await api.saveProjectScenario({ project: fresh, name: 'Idea' });
    expect(s).toMatchObject({ simulated: false, summary: { kWp: 0, members: 0, sharedKWh: null } });
  });
});
