/**
 * Worker-thread entry of the advisor (run by piscina): the scenario input and the scope come
 * once per thread as the pool's `workerData` (structured clone: Maps and typed arrays
 * survive); the thread prepares the project once (core/scenario/sweep.ts) at its first task;
 * each task is a chunk of variants, answered with their metrics in order.
 */
import { workerData } from 'piscina';
import { scenarioEvaluator, type EvaluatorScope } from '../../../advisor/scenario-evaluator';
import type { Evaluate, Metrics, Variant } from '../../../advisor/types';
import type { ScenarioInput } from '../../../scenario/types';

export interface AdvisorWorkerData {
  input: ScenarioInput;
  scope: EvaluatorScope;
}

let evaluate: Evaluate | null = null;

export default async function evaluateChunk(variants: Variant[]): Promise<Metrics[]> {
  if (!evaluate) {
    const data = workerData as AdvisorWorkerData;
    evaluate = scenarioEvaluator(data.input, data.scope);
  }
  const out: Metrics[] = [];
  for (const v of variants) out.push(await evaluate(v));
  return out;
}
