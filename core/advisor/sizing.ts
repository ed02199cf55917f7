/**
 * Sizing sweep: one plant's kWp over a grid, the others as they are; every size evaluated
 * through the same balance and economics, the best under the user's objective marked among
 * the sizes that meet the constraints.
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
}

export interface SizeOutcome extends Metrics {
  kWp: number;
  feasible: boolean;
  /** Why a size is out (budget, 55/45). */
  reasons: string[];
}

export interface SizingResult {
  plantId: number;
  objective: Objective;
  bestKWp: number | null;
  /** The best is the largest size swept below the 1 MW limit: the optimum may lie beyond (raise the limit). */
  bestAtTop: boolean;
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

export async function sweepSizes(r: SizingRequest, evaluateMany: EvaluateMany, hooks: AdvisorHooks = {}): Promise<SizingResult> {
  const grid = sizeGrid(r);
  const metrics = await evaluateMany(grid.map((kWp) => ({ kWp: { [r.plantId]: kWp } })), hooks);
  const sizes = grid.map((kWp, i): SizeOutcome => {
    const m = metrics[i]!;
    const reasons: string[] = [];
    if (r.budgetEur !== undefined && m.netInvestmentEur > r.budgetEur + 1e-6) reasons.push('budget');
    if (r.within5545 && m.restrictedPotEur > 0.005) reasons.push('55/45');
    return { kWp, ...m, feasible: reasons.length === 0, reasons };
  });
  const feasible = sizes.filter((s) => s.feasible);
  const best = bestIndex(feasible, (s) => score(s, r.objective));
  const bestKWp = best < 0 ? null : feasible[best]!.kWp;
  const top = grid.at(-1)!;
  return { plantId: r.plantId, objective: r.objective, bestKWp, bestAtTop: bestKWp === top && top < MAX_INCENTIVISED_KW && r.maxKWp === undefined, sizes };
}
