/**
 * The advisor on worker threads: the same sweep and the same member choice as in this
 * thread, to the last digit; progress moves and a cancel stops it. Also the operation end to
 * end (startAdvice → getJob) on the demo project.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { scenarioInput } from '../../../../core/api/node/simulation-service';
import { advisorEvaluator } from '../../../../core/api/node/advisor-pool';
import { sweepSizes } from '../../../../core/advisor/sizing';
import { chooseSubset } from '../../../../core/advisor/subset';
import { AdvisorCancelled } from '../../../../core/advisor/types';
import { defaultMember } from '../../../../core/model/entity-validation';
import { ProjectStore } from '../../../../core/store/project-store';
import { runAdvice, type AdviceResult } from '../../../../core/api/node/advisor-service';
import { ensureCliBuilt } from '../../../helpers/cli';
import { testService } from '../../../helpers/service';
import { REPO_ROOT, tempDir } from '../../../helpers/tmp';

const WORKER = path.join(REPO_ROOT, 'dist', 'workers', 'advisor.mjs');
let tmp: ReturnType<typeof tempDir>;
let demoFile: string;

beforeAll(async () => {
  ensureCliBuilt();
  tmp = tempDir();
  const api = testService(tmp.dir);
  demoFile = (await api.openDemoProject({})).path;
  api.dispose();
});
afterAll(() => tmp.cleanup());

function demoInput() {
  const store = ProjectStore.open(demoFile);
  try {
    return scenarioInput(store, 60, path.join(REPO_ROOT, 'resources'));
  } finally {
    store.close();
  }
}

describe('advisor evaluations on worker threads', () => {
  it('sweeps sizes and chooses members exactly as in this thread', async () => {
    const input = demoInput();
    const plant = input.plants[0]!;
    const scope = { configurationIds: [plant.configurationId!] };
    const single = advisorEvaluator(input, scope, { threads: 1 });
    const pool = advisorEvaluator(input, scope, { threads: 2, workerFile: WORKER });
    expect(single.threads).toBe(1);
    expect(pool.threads).toBe(2);
    try {
      const request = { plantId: plant.id, objective: 'npv' as const, currentKWp: plant.kWp, steps: 6 };
      const progress: number[] = [];
      const a = await sweepSizes(request, single.evaluateMany);
      const b = await sweepSizes(request, pool.evaluateMany, { onProgress: (f) => progress.push(f) });
      expect(b).toEqual(a);
      expect(progress.at(-1)).toBe(1);
      expect(progress.length).toBeGreaterThan(1);
      const candidates = ['office', 'school', 'household'].map((p, i) => ({ ...defaultMember(`c${i}`), key: `c${i}`, loadProfile: p as 'office', annualKWh: 6000 }));
      const subset = (evaluateMany: typeof single.evaluateMany) =>
        chooseSubset(
          {
            items: candidates.map((c) => ({ key: c.key, costEur: 0 })),
            objective: 'shared',
            methods: ['greedy', 'exhaustive'],
            variantOf: (chosen) => ({ addMembers: chosen.map((i) => ({ candidate: candidates[i]!, configurationId: plant.configurationId! })) }),
          },
          evaluateMany,
        );
      expect(await subset(pool.evaluateMany)).toEqual(await subset(single.evaluateMany));
      // The kWp × storage grid too: storage at a point of its own or the owner's, its cost in the capex.
      const withStorage = { ...request, steps: 3, storageKWh: [0, 15, 30], storageEurPerKWh: 700 };
      const c = await sweepSizes(withStorage, single.evaluateMany);
      expect(c.sizes).toHaveLength(9);
      expect(await sweepSizes(withStorage, pool.evaluateMany)).toEqual(c);
    } finally {
      await pool.close();
      await single.close();
    }
  });

  it('stops at once when cancelled', async () => {
    const input = demoInput();
    const plant = input.plants[0]!;
    const pool = advisorEvaluator(input, { configurationIds: [plant.configurationId!] }, { threads: 2, workerFile: WORKER });
    const controller = new AbortController();
    try {
      const run = sweepSizes({ plantId: plant.id, objective: 'npv', currentKWp: plant.kWp, steps: 40 }, pool.evaluateMany, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await expect(run).rejects.toBeInstanceOf(AdvisorCancelled);
    } finally {
      await pool.close();
    }
  });

  it('refuses storage beside a pre-existing plant (the run counts no investment for it), naming the plant', async () => {
    const input = demoInput();
    const plant = input.plants[0]!;
    plant.existing = true;
    const args = { project: demoFile, kind: 'sizing' as const, plantId: plant.id, objective: 'npv' as const, storageKWh: [10], threads: 1 };
    const hooks = { onProgress: () => {}, signal: new AbortController().signal, yieldControl: async () => {} };
    await expect(runAdvice(input, args, null, hooks)).rejects.toMatchObject({ messageCode: 'api.advisor.storage-existing-plant', params: { name: plant.name } });
  });

  it('runs as a job through the operations: startAdvice, then getJob', async () => {
    const api = testService(tmp.dir);
    try {
      const plants = await api.listPlants({ project: demoFile });
      const { jobId } = await api.startAdvice({ project: demoFile, kind: 'sizing', plantId: plants[0]!.id, objective: 'shared', steps: 4, threads: 1 });
      let job = await api.getJob({ jobId });
      while (job.status === 'running') {
        await new Promise((r) => setTimeout(r, 20));
        job = await api.getJob({ jobId });
      }
      expect(job.status, JSON.stringify(job.error)).toBe('done');
      const r = job.result as AdviceResult & { kind: 'sizing' };
      expect(r.sizes).toHaveLength(4);
      // Shared energy is largest at the largest size.
      expect(r.bestKWp).toBe(r.sizes.at(-1)!.kWp);
      // A plant that does not exist: the job fails naming it.
      const bad = await api.startAdvice({ project: demoFile, kind: 'sizing', plantId: 999, objective: 'npv' });
      let failed = await api.getJob(bad);
      while (failed.status === 'running') {
        await new Promise((r) => setTimeout(r, 20));
        failed = await api.getJob(bad);
      }
      expect(failed.status).toBe('failed');
      expect(failed.error?.message).toMatch(/plant 999 not found/);
    } finally {
      api.dispose();
    }
  });
});
