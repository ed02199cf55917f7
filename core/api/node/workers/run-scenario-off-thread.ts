/**
 * Runs a simulation in a worker thread (scenario-worker) with progress, cancel and a
 * deadline. Where the worker is not built (unit tests running the TypeScript sources) the
 * engine runs in this thread instead, with the same hooks.
 */
import { runScenario } from '../../../scenario/run';
import { ScenarioCancelled } from '../../../scenario/errors';
import type { ScenarioInput, ScenarioResult } from '../../../scenario/types';
import { ApiError } from '../../common/errors';
import type { JobHooks } from '../jobs';
import { builtWorkerFile, runWorkerJob } from './worker-job';

/** A simulation stopped after this long is reported, not left to run [ms]. */
export const SIMULATION_DEADLINE_MS = 15 * 60_000;
/** Heap of a simulation worker [MB]: 1,000 members × 50 plants at 15 min needs about 400 MB. */
const WORKER_HEAP_MB = 3072;

export interface OffThreadOptions {
  /** The built worker (dist/workers/scenario.mjs); found next to the running bundle when absent, null: this thread. */
  workerFile?: string | null;
  deadlineMs?: number;
}

export function runScenarioOffThread(input: ScenarioInput, hooks: JobHooks, options: OffThreadOptions = {}): Promise<ScenarioResult> {
  const file = options.workerFile === undefined ? builtWorkerFile('scenario') : options.workerFile;
  if (!file) return runScenario(input, hooks);
  const deadlineMs = options.deadlineMs ?? SIMULATION_DEADLINE_MS;
  const minutes = Math.max(1, Math.round(deadlineMs / 60_000));
  return runWorkerJob<ScenarioResult>(file, input, hooks, {
    deadlineMs,
    heapMb: WORKER_HEAP_MB,
    cancelledError: () => new ScenarioCancelled(),
    deadlineError: () =>
      ApiError.of('internal', { code: 'api.simulation.timeout', params: { minutes: String(minutes) } }),
  });
}
