/**
 * Choosing a set under a budget to maximise an objective: which roofs to build, which
 * candidates to recruit. The objective is not additive (two daytime consumers share the same
 * surplus), so every set is evaluated whole. Three methods:
 * - greedy: add the candidate with the largest marginal gain until none gains (the baseline);
 * - swap: from the greedy set, the best improving add / drop / one-for-one swap, repeated;
 * - exhaustive: every feasible set (small lists only): the true optimum.
 */
import { bestIndex, score } from './objective';
import { AdvisorCancelled, type AdvisorHooks, type EvaluateMany, type Metrics, type Objective, type Variant } from './types';

export interface SubsetItem {
  key: string;
  /** What choosing it costs against the budget [€] (0 when there is no budget). */
  costEur: number;
}

export type SubsetMethod = 'greedy' | 'swap' | 'exhaustive';

export interface SubsetRequest {
  items: SubsetItem[];
  objective: Objective;
  budgetEur?: number;
  /** At most this many chosen. */
  maxCount?: number;
  methods: SubsetMethod[];
  /** The variant choosing these items (indices into `items`, increasing). */
  variantOf: (chosen: number[]) => Variant;
}

export interface SubsetChoice {
  method: SubsetMethod;
  keys: string[];
  metrics: Metrics;
  score: number;
  evaluations: number;
}

export interface SubsetResult {
  objective: Objective;
  /** The project as it is (nothing chosen). */
  baseline: Metrics;
  /** Each item alone over the baseline: its marginal gain in the objective and its metrics. */
  marginal: { key: string; gain: number; metrics: Metrics }[];
  /** Greedy's picks in order, with the gain each brought at its turn. */
  greedyOrder: { key: string; gain: number }[];
  choices: SubsetChoice[];
  /** The best of the methods run (the first on ties). */
  best: SubsetChoice;
}

/** Exhaustive search is refused above this many items (2^12 = 4,096 sets). */
export const EXHAUSTIVE_MAX_ITEMS = 12;

export async function chooseSubset(r: SubsetRequest, evaluateMany: EvaluateMany, hooks: AdvisorHooks = {}): Promise<SubsetResult> {
  const n = r.items.length;
  const cost = (set: number[]) => set.reduce((s, i) => s + r.items[i]!.costEur, 0);
  const fits = (set: number[]) => (r.budgetEur === undefined || cost(set) <= r.budgetEur + 1e-6) && (r.maxCount === undefined || set.length <= r.maxCount);
  const cache = new Map<string, Metrics>();
  let evaluations = 0;
  const evalSets = async (sets: number[][]): Promise<Metrics[]> => {
    if (hooks.signal?.aborted) throw new AdvisorCancelled();
    const todo = [...new Set(sets.map(keyOf).filter((k) => !cache.has(k)))];
    if (todo.length) {
      const got = await evaluateMany(todo.map((k) => r.variantOf(setOf(k))), { ...(hooks.signal ? { signal: hooks.signal } : {}) });
      todo.forEach((k, i) => cache.set(k, got[i]!));
      evaluations += todo.length;
      hooks.onProgress?.(Math.min(0.99, evaluations / Math.max(1, planned)), `${evaluations}`);
    }
    return sets.map((s) => cache.get(keyOf(s))!);
  };
  const planned = n + 1 + (r.methods.includes('exhaustive') ? 2 ** Math.min(n, EXHAUSTIVE_MAX_ITEMS) : n * n);
  const value = (m: Metrics) => score(m, r.objective);

  const [baseline] = await evalSets([[]]);
  const singles = await evalSets(r.items.map((_, i) => [i]));
  const marginal = r.items.map((it, i) => ({ key: it.key, gain: value(singles[i]!) - value(baseline!), metrics: singles[i]! }));

  const choices: SubsetChoice[] = [];
  const choice = async (method: SubsetMethod, set: number[], before: number): Promise<SubsetChoice> => {
    const [m] = await evalSets([set]);
    return { method, keys: set.map((i) => r.items[i]!.key), metrics: m!, score: value(m!), evaluations: evaluations - before };
  };

  // Greedy, always: the baseline the others are compared with.
  let before = evaluations;
  const greedyOrder: { key: string; gain: number }[] = [];
  let set: number[] = [];
  for (;;) {
    const options = range(n).filter((i) => !set.includes(i)).map((i) => sorted([...set, i])).filter(fits);
    if (!options.length) break;
    const ms = await evalSets(options);
    const current = value((await evalSets([set]))[0]!);
    const b = bestIndex(ms, value);
    const gain = value(ms[b]!) - current;
    if (!(gain > 1e-9)) break;
    const added = options[b]!.find((i) => !set.includes(i))!;
    greedyOrder.push({ key: r.items[added]!.key, gain });
    set = options[b]!;
  }
  const greedy = await choice('greedy', set, before);
  if (r.methods.includes('greedy')) choices.push(greedy);

  if (r.methods.includes('swap')) {
    before = evaluations;
    let current = set;
    for (let round = 0; round < 50; round++) {
      const neighbours = neighboursOf(current, n).filter(fits);
      if (!neighbours.length) break;
      const ms = await evalSets(neighbours);
      const b = bestIndex(ms, value);
      if (!(value(ms[b]!) > value((await evalSets([current]))[0]!) + 1e-9)) break;
      current = neighbours[b]!;
    }
    choices.push(await choice('swap', current, before));
  }

  if (r.methods.includes('exhaustive')) {
    if (n > EXHAUSTIVE_MAX_ITEMS) throw new RangeError(`exhaustive search takes at most ${EXHAUSTIVE_MAX_ITEMS} candidates, not ${n}`);
    before = evaluations;
    const all = range(2 ** n).map((mask) => range(n).filter((i) => mask & (1 << i))).filter(fits);
    const ms = await evalSets(all);
    choices.push(await choice('exhaustive', all[bestIndex(ms, value)]!, before));
  }
  hooks.onProgress?.(1, '');
  const best = choices[bestIndex(choices, (c) => c.score)] ?? greedy;
  return { objective: r.objective, baseline: baseline!, marginal, greedyOrder, choices, best };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const sorted = (s: number[]) => [...s].sort((a, b) => a - b);
const keyOf = (s: number[]) => sorted(s).join(',');
const setOf = (k: string) => (k === '' ? [] : k.split(',').map(Number));

/** Sets one add, one drop or one swap away. */
function neighboursOf(set: number[], n: number): number[][] {
  const out: number[][] = [];
  const outside = range(n).filter((i) => !set.includes(i));
  for (const i of outside) out.push(sorted([...set, i]));
  for (const j of set) out.push(set.filter((x) => x !== j));
  for (const j of set) for (const i of outside) out.push(sorted([...set.filter((x) => x !== j), i]));
  return out;
}
