/**
 * Simulations off the main thread: the built worker gives exactly the result of the engine
 * run in this thread, reports progress, and a cancel ends the worker at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { runScenario } from '../../../../core/scenario/run';
import { ScenarioCancelled } from '../../../../core/scenario/errors';
import { scenarioInput } from '../../../../core/api/node/simulation-service';
import { runScenarioOffThread } from '../../../../core/api/node/workers/run-scenario-off-thread';
import { ProjectStore } from '../../../../core/store/project-store';
import type { JobHooks } from '../../../../core/api/node/jobs';
import { ensureCliBuilt } from '../../../helpers/cli';
import { testService } from '../../../helpers/service';
import { REPO_ROOT, tempDir } from '../../../helpers/tmp';

const WORKER = path.join(REPO_ROOT, 'dist', 'workers', 'scenario.mjs');
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

function hooks(controller = new AbortController(), progress: number[] = []): JobHooks {
  return { onProgress: (f) => progress.push(f), signal: controller.signal, yieldControl: () => new Promise((r) => setImmediate(r)) };
}

describe('simulation in a worker thread', () => {
  it('gives the same result as the engine in this thread, with progress', async () => {
    const store = ProjectStore.open(demoFile);
    try {
      const input = scenarioInput(store, 60, path.join(REPO_ROOT, 'resources'));
      const progress: number[] = [];
      const offThread = await runScenarioOffThread(input, hooks(undefined, progress), { workerFile: WORKER });
      const inThread = await runScenario(input, {});
      expect(offThread).toEqual(inThread);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
    } finally {
      store.close();
    }
  });

  it('ends the worker on cancel and on the deadline', async () => {
    const store = ProjectStore.open(demoFile);
    try {
      const input = scenarioInput(store, 15, path.join(REPO_ROOT, 'resources'));
      const controller = new AbortController();
      const run = runScenarioOffThread(input, hooks(controller), { workerFile: WORKER });
      controller.abort();
      await expect(run).rejects.toBeInstanceOf(ScenarioCancelled);
      await expect(runScenarioOffThread(input, hooks(), { workerFile: WORKER, deadlineMs: 1 })).rejects.toMatchObject({
        code: 'internal',
        messageIt: expect.stringMatching(/interrotta/),
      });
    } finally {
      store.close();
    }
  });
});
