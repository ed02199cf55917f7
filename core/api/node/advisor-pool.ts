/**
 * The advisor's evaluations spread over worker threads (piscina, dist/workers/advisor.mjs):
 * each batch a search hands over (a sweep, a greedy round, every subset) is cut into chunks,
 * two per thread, so progress moves and a cancel stops the threads at once. The project's
 * input is handed to each thread once (workerData). The window and
 * the web host stay live. Without the built worker (unit tests on the sources) or with one
 * thread asked, the same evaluations run here, one after the other: results are identical
 * either way (each evaluation is a deterministic run).
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import { scenarioEvaluator, type EvaluatorScope } from '../../advisor/scenario-evaluator';
import { AdvisorCancelled, sequential, type EvaluateMany, type Metrics } from '../../advisor/types';
import type { ScenarioInput } from '../../scenario/types';
import { builtWorkerFile } from './workers/worker-job';
import type { AdvisorWorkerData } from './workers/advisor-worker';
import type { Variant } from '../../advisor/types';

export interface PoolOptions {
  /** Threads; default: the machine's cores, at most 4. 1: this thread. */
  threads?: number;
  /** The built worker; found next to the running bundle when absent; null: this thread. */
  workerFile?: string | null;
}

export interface AdvisorEvaluator {
  evaluateMany: EvaluateMany;
  threads: number;
  close: () => Promise<void>;
}

export function advisorEvaluator(input: ScenarioInput, scope: EvaluatorScope, options: PoolOptions = {}): AdvisorEvaluator {
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, os.availableParallelism()), 16));
  const file = options.workerFile === undefined ? builtWorkerFile('advisor') : options.workerFile;
  if (!file || threads === 1) {
    return { evaluateMany: sequential(scenarioEvaluator(input, scope)), threads: 1, close: async () => {} };
  }
  // The input goes to each thread once, not with every chunk.
  const workerData: AdvisorWorkerData = { input, scope };
  const pool = new Piscina<Variant[], Metrics[]>({ filename: file, minThreads: 0, maxThreads: threads, idleTimeout: 30_000, workerData });
  const evaluateMany: EvaluateMany = async (variants, hooks = {}) => {
    if (hooks.signal?.aborted) throw new AdvisorCancelled();
    const size = Math.max(1, Math.ceil(variants.length / (threads * 2)));
    const chunks: (typeof variants)[] = [];
    for (let i = 0; i < variants.length; i += size) chunks.push(variants.slice(i, i + size));
    const abort = new AbortController();
    const signal = hooks.signal as (AbortSignal & { aborted: boolean }) | undefined;
    const onAbort = () => abort.abort();
    signal?.addEventListener?.('abort', onAbort);
    let done = 0;
    try {
      const results = await Promise.all(
        chunks.map((chunk) =>
          pool.run(chunk, { signal: abort.signal }).then((r) => {
            done += chunk.length;
            hooks.onProgress?.(done / variants.length, `${done}/${variants.length}`);
            return r;
          }),
        ),
      );
      return results.flat();
    } catch (e) {
      abort.abort();
      if (signal?.aborted) throw new AdvisorCancelled();
      throw e;
    } finally {
      signal?.removeEventListener?.('abort', onAbort);
    }
  };
  return { evaluateMany, threads, close: () => pool.destroy() };
}
