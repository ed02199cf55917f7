/** The set searches on a hand-computable objective: shared = Σ_h min(surplus_h, Σ loads_h). */
import { describe, expect, it } from 'vitest';
import { chooseSubset } from '../../../core/advisor/subset';
import { NOTHING, sequential, type Variant } from '../../../core/advisor/types';

// Two hours of surplus (10 kWh each). X uses 8 + 8, Y 10 + 0, Z 0 + 10.
const SURPLUS = [10, 10];
const LOADS: Record<string, number[]> = { X: [8, 8], Y: [10, 0], Z: [0, 10] };
const KEYS = ['X', 'Y', 'Z'];

const evaluate = sequential(async (v: Variant) => {
  const chosen = (v.addMembers ?? []).map((a) => a.candidate.key);
  const shared = SURPLUS.reduce((s, sur, h) => s + Math.min(sur, chosen.reduce((t, k) => t + LOADS[k]![h]!, 0)), 0);
  return { ...NOTHING, sharedKWh: shared };
});

const request = (methods: ('greedy' | 'swap' | 'exhaustive')[], extra: { maxCount?: number; budgetEur?: number; costs?: number[] } = {}) => ({
  items: KEYS.map((key, i) => ({ key, costEur: extra.costs?.[i] ?? 0 })),
  objective: 'shared' as const,
  methods,
  ...(extra.maxCount !== undefined ? { maxCount: extra.maxCount } : {}),
  ...(extra.budgetEur !== undefined ? { budgetEur: extra.budgetEur } : {}),
  variantOf: (chosen: number[]): Variant => ({ addMembers: chosen.map((i) => ({ candidate: { key: KEYS[i]! } as never, configurationId: 1 })) }),
});

describe('choosing a set of candidates', () => {
  it('greedy takes X (16 kWh alone) and stops at 18 kWh; swap and exhaustive find Y + Z = 20 kWh', async () => {
    const r = await chooseSubset(request(['greedy', 'swap', 'exhaustive'], { maxCount: 2 }), evaluate);
    expect(r.marginal.map((m) => m.gain)).toEqual([16, 10, 10]);
    expect(r.greedyOrder).toEqual([{ key: 'X', gain: 16 }, { key: 'Y', gain: 2 }]);
    const by = Object.fromEntries(r.choices.map((c) => [c.method, c]));
    expect(by.greedy!.score).toBe(18);
    expect(by.swap!.keys).toEqual(['Y', 'Z']);
    expect(by.swap!.score).toBe(20);
    expect(by.exhaustive!.keys).toEqual(['Y', 'Z']);
    expect(r.best.score).toBe(20);
  });

  it('keeps within the budget: X costs 5, Y and Z 4 each, budget 8 → Y + Z', async () => {
    const r = await chooseSubset(request(['greedy', 'exhaustive'], { budgetEur: 8, costs: [5, 4, 4] }), evaluate);
    expect(r.best.keys).toEqual(['Y', 'Z']);
    // Budget 7: only one fits; X alone (16) is the best.
    const tight = await chooseSubset(request(['greedy', 'exhaustive'], { budgetEur: 7, costs: [5, 4, 4] }), evaluate);
    expect(tight.best.keys).toEqual(['X']);
    expect(tight.best.score).toBe(16);
  });

  it('refuses exhaustive search on more than 12 items', async () => {
    const many = { ...request(['exhaustive']), items: Array.from({ length: 13 }, (_, i) => ({ key: `c${i}`, costEur: 0 })), variantOf: () => ({}) };
    await expect(chooseSubset(many, evaluate)).rejects.toThrow(/at most 12/);
  });
});
