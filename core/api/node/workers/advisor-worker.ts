/**
 * Worker-thread entry of the advisor (run by piscina): evaluates a chunk of variants on the
 * scenario input it is given (structured clone: Maps and typed arrays survive) and returns
 * their metrics in order.
 */
import { scenarioEvaluator, type EvaluatorScope } from '../../../advisor/scenario-evaluator';
import type { Metrics, Variant } from '../../../advisor/types';
import type { ScenarioInput } from '../../../scenario/types';

export interface AdvisorTask {
  input: ScenarioInput;
  perKWp: Map<number, Float64Array>;
  scope: EvaluatorScope;
  variants: Variant[];
}

export default async function evaluateChunk(task: AdvisorTask): Promise<Metrics[]> {
  const evaluate = scenarioEvaluator(task.input, task.scope, task.perKWp);
  const out: Metrics[] = [];
  for (const v of task.variants) out.push(await evaluate(v));
  return out;
}
