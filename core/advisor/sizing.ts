/**
 * Sizing sweep: one plant's kWp over a grid, the others as they are, optionally with storage
 * beside it (a few sizes in kWh: the grid is kWp × storage, storage-variant.ts); every pair
 * evaluated through the same balance and economics, the best under the user's objective
 * marked among the pairs that meet the constraints.
 */
import { bestIndex, score } from './objective';
import type { AdvisorHooks, EvaluateMany, Metrics, Objective } from './types';

/** Largest incentivised plant [kW]: "potenza massima di 1 MW" per plant [RO p.14]. */
export const MAX_INCENTIVISED_KW = 1000;

export interface SizingRequest {
  plantId: number;
  objective: Objective;
  /** The plant's present size [kWp]: sets the default grid (up to 3×). */
  currentKWp: number;
  /** Roof area, connection or any other limit [kWp]. */
  maxKWp?: number;
  minKWp?: number;
  /** Number of sizes on the grid (≥ 2). */
  steps?: number;
  /** Investment net of grants the promoters can afford [€] (the call's cost caps are in the economics). */
  budgetEur?: number;
  /** Keep the incentive within the 55/45 threshold (no restricted pot) [RO §2.2.2.1.3 p.39]. */
  within5545?: boolean;
  /** Storage sizes to try beside the plant [kWh]; absent: none (0 only). */
  storageKWh?: number[];
  /** Installed storage cost [€/kWh]; absent: DEFAULT_STORAGE_COST_EUR_PER_KWH. */
  storageEurPerKWh?: number;
}

export interface SizeOutcome extends Metrics {
  kWp: number;
  /** Storage beside the plant [kWh]; 0: none. */
  storageKWh: number;
  feasible: boolean;
  /** Why a size is out (budget, 55/45). */
  reasons: string[];
}

export interface SizingResult {
  plantId: number;
  objective: Objective;
  bestKWp: number | null;
  /** Storage of the best pair [kWh] (0: none); null when no pair meets the constraints. */
  bestStorageKWh: number | null;
  /** The best is the largest size swept below the 1 MW limit: the optimum may lie beyond (raise the limit). */
  bestAtTop: boolean;
  /** The best storage is the largest tried (and not none): a larger one may do better still. */
  bestStorageAtTop: boolean;
  /** Every pair, kWp increasing, then storage increasing. */
  sizes: SizeOutcome[];
}

/** The grid of sizes [kWp], rounded to 0.1 kWp, increasing, within the limits. */
export function sizeGrid(r: SizingRequest): number[] {
  const top = Math.min(r.maxKWp ?? Math.max(3 * r.currentKWp, 10), MAX_INCENTIVISED_KW);
  const steps = Math.max(2, Math.min(60, Math.round(r.steps ?? 12)));
  const bottom = Math.max(0.1, Math.min(r.minKWp ?? top / steps, top));
  const out = new Set<number>();
  for (let i = 0; i < steps; i++) out.add(Math.round((bottom + ((top - bottom) * i) / (steps - 1)) * 10) / 10);
  return [...out].sort((a, b) => a - b);
}

/** The storage sizes [kWh]: 0 always first (the plant alone), rounded to 0.1 kWh, increasing, no repeats. */
export function storageGrid(kWh: readonly number[] | undefined): number[] {
  return [...new Set([0, ...(kWh ?? []).filter((x) => x > 0).map((x) => Math.round(x * 10) / 10)])].sort((a, b) => a - b);
}

export async function sweepSizes(r: SizingRequest, evaluateMany: EvaluateMany, hooks: AdvisorHooks = {}): Promise<SizingResult> {
  const grid = sizeGrid(r);
  const storage = storageGrid(r.storageKWh);
  const pairs = grid.flatMap((kWp) => storage.map((storageKWh) => ({ kWp, storageKWh })));
  const cost = r.storageEurPerKWh !== undefined ? { storageEurPerKWh: r.storageEurPerKWh } : {};
  const metrics = await evaluateMany(
    pairs.map(({ kWp, storageKWh }) => ({ kWp: { [r.plantId]: kWp }, ...(storageKWh > 0 ? { storageKWh: { [r.plantId]: storageKWh }, ...cost } : {}) })),
    hooks,
  );
  const sizes = pairs.map(({ kWp, storageKWh }, i): SizeOutcome => {
    const m = metrics[i]!;
    const reasons: string[] = [];
    if (r.budgetEur !== undefined && m.netInvestmentEur > r.budgetEur + 1e-6) reasons.push('budget');
    if (r.within5545 && m.restrictedPotEur > 0.005) reasons.push('55/45');
    return { kWp, storageKWh, ...m, feasible: reasons.length === 0, reasons };
  });
  // Ties go to the first: the smaller plant, then the smaller storage.
  const feasible = sizes.filter((s) => s.feasible);
  const best = bestIndex(feasible, (s) => score(s, r.objective));
  const bestKWp = best < 0 ? null : feasible[best]!.kWp;
  const bestStorageKWh = best < 0 ? null : feasible[best]!.storageKWh;
  const top = grid.at(-1)!;
  return { plantId: r.plantId, objective: r.objective, bestKWp, bestStorageKWh, bestAtTop: bestKWp === top && top < MAX_INCENTIVISED_KW && r.maxKWp === undefined, bestStorageAtTop: storage.length > 1 && bestStorageKWh === storage.at(-1), sizes };
}
