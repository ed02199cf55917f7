/**
 * Sizing and member mix on a small built project through the real scenario run: the advisor's
 * recommendation is the true optimum of an exhaustive search made here independently (each
 * size and each set run whole by runScenario, without the advisor's precomputed production).
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/scenario/run';
import type { ScenarioResult } from '../../../core/scenario/types';
import { defaultMember } from '../../../core/model/entity-validation';
import { sizeGrid, sweepSizes } from '../../../core/advisor/sizing';
import { chooseSubset } from '../../../core/advisor/subset';
import { scenarioEvaluator } from '../../../core/advisor/scenario-evaluator';
import { sequential, type CandidateMember, type Objective } from '../../../core/advisor/types';
import { twoMemberProject } from './two-member-project';

const project = twoMemberProject;

const figures = (r: ScenarioResult) => {
  const c = r.configurations[0]!;
  return { shared: c.sharedKWh, npv: c.economics!.npvEur, irr: c.economics!.irr ?? -Infinity, co2: c.economics!.avoidedTCO2 };
};
const argmax = (xs: number[]) => xs.reduce((b, x, i) => (x > xs[b]! + 1e-9 * Math.max(1, Math.abs(xs[b]!)) ? i : b), 0);

describe('sizing sweep on the scenario run', () => {
  const input = project();
  const grid = sizeGrid({ plantId: 10, objective: 'npv', currentKWp: 10, maxKWp: 40, steps: 8 });

  it('builds the grid 5, 10, …, 40 kWp and marks the exhaustive optimum of each objective', async () => {
    expect(grid).toEqual([5, 10, 15, 20, 25, 30, 35, 40]);
    // The independent exhaustive search: every size run whole.
    const truth = await Promise.all(grid.map(async (kWp) => figures(await runScenario({ ...input, plants: [{ ...input.plants[0]!, kWp }] }))));
    const evaluateMany = sequential(scenarioEvaluator(input, { configurationIds: [1] }));
    for (const objective of ['npv', 'shared', 'irr', 'co2'] as Objective[]) {
      const r = await sweepSizes({ plantId: 10, objective, currentKWp: 10, maxKWp: 40, steps: 8 }, evaluateMany);
      const key = objective as 'npv' | 'shared' | 'irr' | 'co2';
      expect(r.bestKWp, objective).toBe(grid[argmax(truth.map((t) => t[key]))]);
      r.sizes.forEach((s, i) => expect(s.sharedKWh).toBeCloseTo(truth[i]!.shared, 6));
    }
  });

  it('keeps to the budget: the most shared energy among the sizes whose investment fits', async () => {
    const evaluateMany = sequential(scenarioEvaluator(input, { configurationIds: [1] }));
    const free = await sweepSizes({ plantId: 10, objective: 'shared', currentKWp: 10, maxKWp: 40, steps: 8 }, evaluateMany);
    // Shared energy never falls as the plant grows: unconstrained, the largest size.
    for (let i = 1; i < free.sizes.length; i++) expect(free.sizes[i]!.sharedKWh).toBeGreaterThanOrEqual(free.sizes[i - 1]!.sharedKWh - 1e-9);
    expect(free.bestKWp).toBe(40);
    expect(free.bestAtTop).toBe(false); // 40 kWp is the limit given, not a grid edge
    // With no limit the grid stops at 3× the plant (30 kWp): the best there may not be the optimum.
    const open = await sweepSizes({ plantId: 10, objective: 'shared', currentKWp: 10, steps: 3 }, evaluateMany);
    expect(open.sizes.map((s) => s.kWp)).toEqual([10, 20, 30]);
    expect(open.bestAtTop).toBe(true);
    // Investment at the PNRR cost caps [RO App. E p.158]: 1,500 €/kW up to 20 kW, 1,200 €/kW
    // above. Budget 30,000 €: 25 kWp costs 25 × 1,200 = 30,000 € (fits), 30 kWp 36,000 € (not).
    const capped = await sweepSizes({ plantId: 10, objective: 'shared', currentKWp: 10, maxKWp: 40, steps: 8, budgetEur: 30_000 }, evaluateMany);
    expect(capped.sizes.find((s) => s.kWp === 25)!.netInvestmentEur).toBeCloseTo(30_000, 6);
    expect(capped.bestKWp).toBe(25);
    expect(capped.sizes.find((s) => s.kWp === 30)!.reasons).toEqual(['budget']);
  });
});

describe('member mix on the scenario run', () => {
  const input = project();
  const cand = (key: string, category: CandidateMember['category'], loadProfile: CandidateMember['loadProfile'], annualKWh: number): CandidateMember => ({
    ...defaultMember(key),
    key,
    name: key,
    category,
    loadProfile,
    annualKWh,
    lat: 45.7,
    lon: 9.67,
  });
  const candidates = [cand('office', 'sme', 'office', 8000), cand('home', 'citizen', 'household', 2700), cand('school', 'public_administration', 'school', 12000), cand('lights', 'local_authority', 'public_lighting', 9000)];

  it('recommends the set of at most two with the most shared energy, as every pair run whole says', async () => {
    const sets: number[][] = [[]];
    for (let i = 0; i < 4; i++) sets.push([i]);
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) sets.push([i, j]);
    const truth = await Promise.all(
      sets.map(async (s) => {
        const added = s.map((i, n) => {
          const { key: _k, ...m } = candidates[i]!;
          return { ...m, id: 100 + n, configurationId: 1 };
        });
        return figures(await runScenario({ ...input, members: [...input.members, ...added] })).shared;
      }),
    );
    const best = sets[argmax(truth)]!.map((i) => candidates[i]!.key);
    const r = await chooseSubset(
      {
        items: candidates.map((c) => ({ key: c.key, costEur: 0 })),
        objective: 'shared',
        maxCount: 2,
        methods: ['greedy', 'swap'],
        variantOf: (chosen) => ({ addMembers: chosen.map((i) => ({ candidate: candidates[i]!, configurationId: 1 })) }),
      },
      sequential(scenarioEvaluator(input, { configurationIds: [1] })),
    );
    expect([...r.best.keys].sort()).toEqual([...best].sort());
    expect(r.best.score).toBeCloseTo(Math.max(...truth), 6);
    // Public lighting works at night, when no plant produces: it adds (almost) nothing.
    expect(r.marginal.find((m) => m.key === 'lights')!.gain).toBeLessThan(0.05 * r.marginal.find((m) => m.key === 'office')!.gain);
  });
});

describe('roofs and investment terms on the scenario run', () => {
  // Three candidate roofs in one configuration; the members of `project()`.
  const base = project();
  const roofs = [
    { ...base.plants[0]!, id: 10, kWp: 10, azimuthDeg: 180 },
    { ...base.plants[0]!, id: 11, kWp: 6, azimuthDeg: 90 },
    { ...base.plants[0]!, id: 12, kWp: 8, azimuthDeg: 270 },
  ];
  const input = { ...base, plants: roofs };

  it('chooses the roofs within the budget that share the most energy, as every set run whole says', async () => {
    // Costs at the PNRR cap (≤ 20 kW: 1,500 €/kW): 15,000, 9,000 and 12,000 €; budget 22,000 €.
    const costs = [15_000, 9_000, 12_000];
    const sets = [[], [0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2]].filter((s) => s.reduce((t, i) => t + costs[i]!, 0) <= 22_000);
    const truth = await Promise.all(sets.map(async (s) => (s.length ? figures(await runScenario({ ...input, plants: s.map((i) => roofs[i]!) })).shared : 0)));
    const r = await chooseSubset(
      {
        items: roofs.map((p, i) => ({ key: String(p.id), costEur: costs[i]! })),
        objective: 'shared',
        budgetEur: 22_000,
        methods: ['greedy', 'swap', 'exhaustive'],
        variantOf: (chosen) => ({ kWp: Object.fromEntries(roofs.map((p, i) => [p.id, chosen.includes(i) ? p.kWp : 0])) }),
      },
      sequential(scenarioEvaluator(input, { configurationIds: [1] })),
    );
    expect(r.baseline.sharedKWh).toBe(0);
    expect([...r.best.keys].sort()).toEqual(sets[argmax(truth)]!.map((i) => String(roofs[i]!.id)).sort());
    expect(r.best.score).toBeCloseTo(Math.max(...truth), 6);
  });

  it("a roof's quote replaces the cost cap: NPV moves by the difference, paid at year 0", async () => {
    const one = { ...base };
    const run = figures(await runScenario(one));
    const capex = 10 * 1500; // 10 kWp at the ≤ 20 kW cap [RO App. E p.158]
    const quoted = await scenarioEvaluator(one, { configurationIds: [1], investment: { costEurByPlant: { 10: 11_000 } } })({});
    expect(quoted.netInvestmentEur).toBeCloseTo(11_000, 6);
    expect(quoted.npvEur).toBeCloseTo(run.npv + (capex - 11_000), 2);
  });

  it("a roof left unbuilt costs nothing, even with a quote: only the built roofs' quotes are paid", async () => {
    const quotes = { investment: { costEurByPlant: { 10: 11_000, 11: 7_000, 12: 9_500 } } };
    const m = await scenarioEvaluator(input, { configurationIds: [1], ...quotes })({ kWp: { 11: 0, 12: 0 } });
    expect(m.netInvestmentEur).toBeCloseTo(11_000, 6);
    expect(m.productionKWh).toBeGreaterThan(0);
  });
});
