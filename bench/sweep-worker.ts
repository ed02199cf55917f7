/**
 * Worker of the sweep benchmark (bench/sweep-bench.ts), run by a piscina pool: prepares the
 * synthetic project once per thread (core/scenario/sweep.ts), then evaluates the variants
 * it is given. Returns the sum of their NPVs (so the work cannot be skipped), the thread,
 * when the batch started and ended (to show the threads really run side by side) and the
 * thread's CPU time on it.
 */
import { threadId } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { evaluateVariant, prepareScenario, type PreparedScenario, type ScenarioVariant } from '../core/scenario/sweep';
import { loadEconomicsParameters } from '../core/api/node/parameters-loader';
import { sweepScenarioInput } from './sweep-scenario';
import type { ScenarioInput } from '../core/scenario/types';

export interface SweepTask {
  resourcesDir: string;
  /** Variants [from, from + count) of `sweepVariant`. */
  from: number;
  count: number;
}

export interface SweepBatch {
  npvEur: number;
  threadId: number;
  /** Start and end of the batch on the shared clock (performance.timeOrigin + now) [ms]. */
  startMs: number;
  endMs: number;
  /** CPU time of this thread on the batch [ms]: what the batch costs whatever else the machine runs. */
  cpuMs: number;
}

/** CPU time of this thread so far [ms] (process.threadCpuUsage, Node ≥ 22.19). */
function threadCpuMs(): number {
  const usage = (process as unknown as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : Number.NaN;
}

/** The i-th variant: one plant resized (×0.5 … ×2.5 its size), and every third variant a member subset. */
export function sweepVariant(i: number, input: ScenarioInput): ScenarioVariant {
  const plant = input.plants[i % 5]!;
  const v: ScenarioVariant = { plantKWp: new Map([[plant.id, plant.kWp * (0.5 + (i % 17) / 8)]]) };
  if (i % 3 === 0) v.memberIds = new Set(Array.from({ length: 100 }, (_, k) => k + 1).filter((id) => id % 7 !== i % 7));
  return v;
}

let prepared: Promise<PreparedScenario> | null = null;

export default async function evaluateBatch(task: SweepTask): Promise<SweepBatch> {
  const startMs = performance.timeOrigin + performance.now();
  const cpu0 = threadCpuMs();
  prepared ??= prepareScenario(sweepScenarioInput(loadEconomicsParameters(task.resourcesDir, 2025)));
  const p = await prepared;
  let npv = 0;
  for (let i = task.from; i < task.from + task.count; i++) npv += (await evaluateVariant(p, sweepVariant(i, p.input))).configurations[0]!.economics!.npvEur;
  return { npvEur: npv, threadId, startMs, endMs: performance.timeOrigin + performance.now(), cpuMs: threadCpuMs() - cpu0 };
}
