/**
 * Runs a simulation in a worker thread with progress, cancel and a deadline: the Electron
 * main process and the web host only route messages. Where the worker bundle is not built
 * (unit tests running the TypeScript sources) the engine runs in this thread instead, as
 * one job with the same hooks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runScenario } from '../../../scenario/run';
import { ScenarioCancelled, ScenarioInputError } from '../../../scenario/errors';
import type { ScenarioInput, ScenarioResult } from '../../../scenario/types';
import { ApiError } from '../../common/errors';
import type { JobHooks } from '../jobs';
import type { WorkerReply } from './scenario-messages';

/** A simulation stopped after this long is reported, not left to run [ms]. */
export const SIMULATION_DEADLINE_MS = 15 * 60_000;
/** Heap of a simulation worker [MB]: 1,000 members × 50 plants at 15 min needs about 400 MB. */
const WORKER_HEAP_MB = 3072;

export interface OffThreadOptions {
  /** The built worker (dist/workers/scenario.mjs); found next to the running bundle when absent. */
  workerFile?: string | null;
  deadlineMs?: number;
}

/**
 * dist/workers/scenario.mjs seen from a bundle in dist/<entry>/; inside a packaged app the
 * worker is unpacked beside the ASAR archive (electron-builder asarUnpack).
 */
export function builtWorkerFile(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.join(here, '..', 'workers', 'scenario.mjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return fs.existsSync(file) ? file : null;
}

export function runScenarioOffThread(input: ScenarioInput, hooks: JobHooks, options: OffThreadOptions = {}): Promise<ScenarioResult> {
  const file = options.workerFile === undefined ? builtWorkerFile() : options.workerFile;
  if (!file) return runScenario(input, hooks);
  const deadlineMs = options.deadlineMs ?? SIMULATION_DEADLINE_MS;
  return new Promise<ScenarioResult>((resolve, reject) => {
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      hooks.signal.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => finish(() => reject(new ScenarioCancelled()));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new ApiError(
              'internal',
              `the simulation took longer than ${Math.round(deadlineMs / 60_000)} minutes and was stopped`,
              `la simulazione ha superato ${Math.round(deadlineMs / 60_000)} minuti ed è stata interrotta`,
            ),
          ),
        ),
      deadlineMs,
    );
    hooks.signal.addEventListener('abort', onAbort);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'progress') hooks.onProgress(reply.fraction, reply.label);
      else if (reply.kind === 'result') finish(() => resolve(reply.result));
      else if (reply.kind === 'input-error') finish(() => reject(new ScenarioInputError(reply.missing)));
      else finish(() => reject(Object.assign(new Error(reply.message), { stack: reply.stack })));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`simulation worker exited with code ${code}`))));
    worker.postMessage(input);
  });
}
