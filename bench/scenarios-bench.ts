/**
 * *Scenari di progetto* figures (issue 15) for `npm run bench`: a project of 200 members, 60 of
 * them with a quarter-hour curve of a year (the heaviest inputs a snapshot holds), 20 plants.
 * - saving a scenario (snapshot, input hash; the simulation is done before, not timed);
 * - switching the comparison between two pairs of scenarios, target < 300 ms;
 * - reopening a scenario as the working state and reading back what the UI shows after it
 *   (summary, members, plants, the results and whether they are fresh), target < 300 ms;
 * - the bytes the scenarios take (each curve once however many scenarios hold it);
 * - in Chromium on the web host, when Chromium and the built renderer are there: ticking a
 *   scenario until the comparison shows it, and *Riapri* until the app says it is reopened.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createCoreService, type CoreService } from '../core/api/node/core-service';
import { openProjectByPath, withAppPage } from './browser';
import { ProjectStore } from '../core/store/project-store';
import { ProjectScenariosRepository } from '../core/store/project-scenarios-repository';
import { saveCurve } from '../core/store/import-repository';
import { defaultMember } from '../core/model/entity-validation';
import { referenceYearBase } from '../core/model/calendar/referenceYearBase';

export interface ScenarioFigure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** The project: 200 members around Milan (60 with a 15-minute curve), 20 plants, one configuration. */
async function makeProject(service: CoreService): Promise<string> {
  const project = (await service.createProject({ path: 'scenari', name: 'Bench scenari', type: 'CER', referenceYear: 2025 })).path;
  const c = await service.addConfiguration({ project, configuration: { name: 'Cabina' } });
  const store = ProjectStore.open(project);
  const base = referenceYearBase(2025, 15);
  store.tx(() => {
    for (let i = 0; i < 200; i++) {
      const pod = `IT001E${String(i + 1).padStart(8, '0')}`;
      store.addMember({ ...defaultMember(`Membro ${i + 1}`), pods: [pod], annualKWh: 2500 + 37 * i, configurationId: c.id, lat: 45.46 + i * 1e-4, lon: 9.19 });
      if (i < 60) {
        const kWh = new Float64Array(base.length);
        for (let k = 0; k < kWh.length; k++) kWh[k] = 0.05 + 0.04 * Math.sin((k + i) / 13) ** 2;
        saveCurve(store, pod, { base, kWh }, 'kWh', `curve-${i}.csv`, '2025-11-30T00:00:00Z');
      }
    }
    for (let j = 0; j < 20; j++) store.addPlant({ name: `FV ${j + 1}`, source: 'pv', kWp: 20 + j, tiltDeg: 30, azimuthDeg: 180, commissioningDate: '2025-06-01', ownerMemberId: null, thirdPartyProducer: '', pod: `IT001E${String(900 + j).padStart(8, '0')}`, censimp: '', existing: false, grantShare: 0, configurationId: c.id, lat: 45.46, lon: 9.19 } as never);
  });
  store.close();
  return project;
}

async function simulate(service: CoreService, project: string): Promise<void> {
  const { jobId } = await service.startSimulation({ project });
  for (let job = await service.getJob({ jobId }); job.status === 'running'; job = await service.getJob({ jobId })) await new Promise((r) => setTimeout(r, 20));
}

/** What the UI reads after a reopen: the summary, the tables, the results and their freshness. */
async function reopen(service: CoreService, project: string, id: number): Promise<void> {
  await service.openProjectScenario({ project, id, saveCurrentAs: null });
  await Promise.all([service.getProjectSummary({ project }), service.listMembers({ project }), service.listPlants({ project }), service.getSimulation({ project })]);
}

async function browserSwitch(service: CoreService, project: string): Promise<{ compareMs: number; reopenMs: number } | null> {
  return withAppPage(service, ROOT, { width: 1920, height: 1080 }, async (page) => {
    await openProjectByPath(page, project);
    await page.locator('[data-test="tab-scenarios"]').click();
    await page.locator('[data-test="psc-select-A"]').check();
    await page.locator('[data-test="psc-select-B"]').check();
    await page.locator('[data-test="psc-col-1"]').waitFor();
    // Comparison switch: untick B, tick C: the second column shows C.
    const compare: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [out, into] = i % 2 === 0 ? ['B', 'C'] : ['C', 'B'];
      const t = performance.now();
      await page.locator(`[data-test="psc-select-${out}"]`).uncheck();
      await page.locator(`[data-test="psc-select-${into}"]`).check();
      await page.locator(`[data-test="psc-col-1"]:has-text("${into}")`).waitFor();
      compare.push(performance.now() - t);
    }
    // Reopen: *Riapri*, confirm, until the notice says so (project, tables and results reloaded).
    const reopenTimes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const name = i % 2 === 0 ? 'A' : 'B';
      await page.locator(`[data-test="psc-open-${name}"]`).click();
      const t = performance.now();
      await page.locator('[data-test="psc-confirm-open"]').click();
      await page.locator(`[data-test="psc-notice"]:has-text("Riaperto «${name}»")`).waitFor();
      reopenTimes.push(performance.now() - t);
    }
    return { compareMs: median(compare), reopenMs: median(reopenTimes) };
  });
}

export async function benchScenarios(): Promise<ScenarioFigure[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-bench-scenarios-'));
  const service = createCoreService({ host: 'cli', workspaceDir: tmp, recentFile: path.join(tmp, 'cfg', 'recent.json'), resourcesDir: path.join(ROOT, 'resources'), version: 'bench' });
  const figures: ScenarioFigure[] = [];
  try {
    const project = await makeProject(service);
    await simulate(service, project);
    const saveMs = await timed(() => service.saveProjectScenario({ project, name: 'A' }));
    const [config] = await service.listConfigurations({ project });
    await service.addPlant({ project, plant: { name: 'FV scuola', kWp: 80, pod: 'IT001E00000999', configurationId: config!.id, lat: 45.46, lon: 9.19 } });
    await simulate(service, project);
    await service.saveProjectScenario({ project, name: 'B' });
    await service.updateMember({ project, id: (await service.listMembers({ project }))[100]!.id, patch: { annualKWh: 9000 } });
    await simulate(service, project);
    await service.saveProjectScenario({ project, name: 'C' });
    const ids = (await service.listProjectScenarios({ project })).scenarios.map((s) => s.id);
    const [a, b, c] = ids as [number, number, number];

    const compare: number[] = [];
    for (let i = 0; i < 7; i++) compare.push(await timed(() => service.compareProjectScenarios({ project, ids: i % 2 ? [a, b] : [a, c, b] })));
    const reopenTimes: number[] = [];
    for (let i = 0; i < 5; i++) reopenTimes.push(await timed(() => reopen(service, project, i % 2 ? a : b)));
    const store = ProjectStore.open(project);
    const sizes = new ProjectScenariosRepository(store).sizes();
    store.close();
    figures.push(
      { name: 'scenarios: save one (200 members, 60 curves at 15 min; run done)', value: saveMs, unit: 'ms' },
      { name: 'scenarios: switch the comparison (median of 7)', value: median(compare), unit: 'ms', target: 300 },
      { name: 'scenarios: reopen one + what the UI reloads (median of 5)', value: median(reopenTimes), unit: 'ms', target: 300 },
      { name: 'scenarios: 3 snapshots, JSON', value: sizes.snapshotsBytes / 2 ** 20, unit: 'MB' },
      { name: `scenarios: blobs (${sizes.blobs} distinct curves, once for 3 scenarios)`, value: sizes.blobsBytes / 2 ** 20, unit: 'MB' },
      { name: 'scenarios: 3 results, JSON', value: sizes.resultsBytes / 2 ** 20, unit: 'MB' },
    );
    const browser = await browserSwitch(service, project);
    if (browser) {
      figures.push(
        { name: 'scenarios in Chromium: switch the comparison (median of 5)', value: browser.compareMs, unit: 'ms', target: 300 },
        { name: 'scenarios in Chromium: reopen one, until shown (median of 4)', value: browser.reopenMs, unit: 'ms', target: 300 },
      );
    } else {
      console.log('  (Chromium figures skipped: needs Chromium and dist/renderer)');
    }
  } finally {
    service.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return figures;
}

/** Where a reopen's time goes (for `node dist/bench/run.mjs scenarios` when tuning). */
export async function profileReopen(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-bench-scenarios-'));
  const service = createCoreService({ host: 'cli', workspaceDir: tmp, recentFile: path.join(tmp, 'cfg', 'recent.json'), resourcesDir: path.join(ROOT, 'resources'), version: 'bench' });
  const project = await makeProject(service);
  await simulate(service, project);
  await service.saveProjectScenario({ project, name: 'A' });
  const [config] = await service.listConfigurations({ project });
  await service.addPlant({ project, plant: { name: 'FV scuola', kWp: 80, pod: 'IT001E00000999', configurationId: config!.id, lat: 45.46, lon: 9.19 } });
  await simulate(service, project);
  await service.saveProjectScenario({ project, name: 'B' });
  for (let i = 0; i < 4; i++) {
    const id = i % 2 ? 2 : 1;
    const t: Record<string, number> = {};
    t.open = await timed(() => service.openProjectScenario({ project, id, saveCurrentAs: null }));
    t.summary = await timed(() => service.getProjectSummary({ project }));
    t.members = await timed(() => service.listMembers({ project }));
    t.plants = await timed(() => service.listPlants({ project }));
    t.sim = await timed(() => service.getSimulation({ project }));
    t.list = await timed(() => service.listProjectScenarios({ project }));
    t.check = await timed(() => service.checkProject({ project }));
    console.log(JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]))));
  }
  service.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
}
