/** The number each objective maximises (greater is better for all). */
import type { Metrics, Objective } from './types';

export function score(m: Metrics, objective: Objective): number {
  switch (objective) {
    case 'shared':
      return m.sharedKWh;
    case 'npv':
      return m.npvEur;
    // No IRR (flows never turn positive) ranks below any rate.
    case 'irr':
      return m.irr ?? Number.NEGATIVE_INFINITY;
    case 'co2':
      return m.avoidedTCO2;
    case 'members':
      return m.membersBenefitEur;
  }
}

/** Index of the best entry; ties go to the first (the smaller size or the smaller set). */
export function bestIndex<T>(items: readonly T[], value: (t: T) => number): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < items.length; i++) {
    const v = value(items[i]!);
    if (best < 0 || v > bestValue + 1e-9 * Math.max(1, Math.abs(bestValue))) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}
