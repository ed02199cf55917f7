/**
 * The sweep entry point (core/scenario/sweep.ts) gives what a full run gives: each variant
 * evaluated on the prepared series against `runScenario` of the equivalent input, to the cent
 * and the kWh (the rounding the app prints; the two scale production in another order, so the
 * last bits may differ), and exactly for the unchanged project. The advisor's variants (plant
 * sizes, candidates added, configurations in scope) likewise, and against inputs written out
 * by hand here.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runScenario } from '../../../core/scenario/run';
import { evaluateVariant, prepareScenario, variantInput, type ScenarioVariant } from '../../../core/scenario/sweep';
import { scopedInput, toScenarioVariant, variantInput as advisorInput } from '../../../core/advisor/scenario-evaluator';
import type { CandidateMember } from '../../../core/advisor/types';
import { defaultMember } from '../../../core/model/entity-validation';
import type { ScenarioInput } from '../../../core/scenario/types';
import { loadEconomicsParameters } from '../../../core/api/node/parameters-loader';
import { REPO_ROOT } from '../../helpers/tmp';
import { sweepScenarioInput } from '../../../bench/sweep-scenario';

const economics = loadEconomicsParameters(path.join(REPO_ROOT, 'resources'), 2025);

/** Every number of `a` within a cent (money) or a thousandth of a kWh-relative of `b`. */
function expectSame(a: unknown, b: unknown, where = 'result'): void {
  if (typeof b === 'number') {
    expect(typeof a, where).toBe('number');
    const tol = Math.max(0.005, 1e-9 * Math.abs(b));
    if (!(Math.abs((a as number) - b) <= tol || (Number.isNaN(a) && Number.isNaN(b)))) expect.fail(`${where}: ${String(a)} ≠ ${b}`);
    return;
  }
  if (Array.isArray(b)) {
    expect((a as unknown[]).length, where).toBe(b.length);
    b.forEach((x, i) => expectSame((a as unknown[])[i], x, `${where}[${i}]`));
    return;
  }
  if (b !== null && typeof b === 'object') {
    expect(Object.keys(a as object).sort(), where).toEqual(Object.keys(b).sort());
    for (const [k, x] of Object.entries(b)) expectSame((a as Record<string, unknown>)[k], x, `${where}.${k}`);
    return;
  }
  expect(a, where).toEqual(b);
}

describe('sweep: prepared once, each variant as a full run', () => {
  const input = sweepScenarioInput(economics, 14, 3);

  it('gives exactly the full run for the unchanged project', async () => {
    const prepared = await prepareScenario(input);
    expect(await evaluateVariant(prepared, {})).toEqual(await runScenario(input));
  });

  it('gives the full run of the equivalent input for scaled plants and a subset of members', async () => {
    const prepared = await prepareScenario(input);
    const variants: ScenarioVariant[] = [
      { plantKWp: new Map([[1002, 150]]) },
      { plantKWp: new Map([[1000, 10], [1001, 18]]), memberIds: new Set([1, 2, 3, 5, 8, 13]) },
      { memberIds: new Set([2, 4, 6, 7, 9, 10, 11, 12, 14]) },
    ];
    for (const v of variants) {
      const fast = await evaluateVariant(prepared, v);
      const full = await runScenario(variantInput(prepared, v));
      expectSame(fast, full);
      // the variant really changed something
      expect(fast.configurations[0]!.sharedKWh).not.toBeCloseTo((await evaluateVariant(prepared, {})).configurations[0]!.sharedKWh, 0);
    }
  });

  it('refuses a size that is not a number ≥ 0', async () => {
    const prepared = await prepareScenario(input);
    await expect(evaluateVariant(prepared, { plantKWp: new Map([[1000, -1]]) })).rejects.toThrow(/plant 1000/);
    await expect(evaluateVariant(prepared, { plantKWp: new Map([[1000, Number.NaN]]) })).rejects.toThrow(/plant 1000/);
  });
});

describe("sweep: the advisor's variants", () => {
  // Two configurations: members 8…14 and plant 1002 in the second.
  const base = sweepScenarioInput(economics, 14, 3);
  const input: ScenarioInput = {
    ...base,
    configurations: [...base.configurations, { id: 2, name: 'Cabina Seriate', substationCode: 'AC001E00123' }],
    members: base.members.map((m) => (m.id >= 8 ? { ...m, configurationId: 2 } : m)),
    plants: base.plants.map((p) => (p.id === 1002 ? { ...p, configurationId: 2 } : p)),
  };
  const candidate = (key: string, annualKWh: number, loadProfile: CandidateMember['loadProfile']): CandidateMember => {
    const { configurationId: _c, ...rest } = defaultMember(key);
    return { ...rest, key, annualKWh, loadProfile, lat: 45.7, lon: 9.68 };
  };
  const school = candidate('scuola', 30_000, 'school');
  const home = candidate('casa', 2_700, 'household');

  it('evaluates a configuration in scope with plants resized and candidates added as the full run of that input', async () => {
    const prepared = await prepareScenario(scopedInput(input, { configurationIds: [2] }));
    const variants = [
      { kWp: { 1002: 80 } },
      { addMembers: [{ candidate: school, configurationId: 2 }] },
      { kWp: { 1002: 40 }, addMembers: [{ candidate: home, configurationId: 2 }, { candidate: school, configurationId: 2 }] },
      // the same candidate again, from the kept load
      { addMembers: [{ candidate: school, configurationId: 2 }] },
    ];
    for (const v of variants) {
      const fast = await evaluateVariant(prepared, toScenarioVariant(prepared.input, v));
      expectSame(fast, await runScenario(advisorInput(prepared, v)));
    }
  });

  it('is the run of the input written out by hand: configuration 2 only, the school added under its substation', async () => {
    const prepared = await prepareScenario(scopedInput(input, { configurationIds: [2] }));
    const fast = await evaluateVariant(prepared, toScenarioVariant(prepared.input, { kWp: { 1002: 80 }, addMembers: [{ candidate: school, configurationId: 2 }] }));
    const { key: _k, ...schoolMember } = school;
    const byHand: ScenarioInput = {
      ...input,
      configurations: [input.configurations[1]!],
      members: [...input.members.filter((m) => m.configurationId === 2), { ...schoolMember, id: 15, configurationId: 2, locatedAreaCode: 'AC001E00123' }],
      plants: input.plants.filter((p) => p.configurationId === 2).map((p) => ({ ...p, kWp: 80 })),
    };
    const full = await runScenario(byHand);
    expect(fast.configurations.map((c) => c.configurationId)).toEqual([2]);
    expect(fast.members.map((m) => m.memberId)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    const [a, b] = [fast.configurations[0]!, full.configurations[0]!];
    expect(a.productionKWh).toBeCloseTo(b.productionKWh, 3);
    expect(a.sharedKWh).toBeCloseTo(b.sharedKWh, 3);
    expect(a.consumptionKWh).toBeCloseTo(b.consumptionKWh, 3);
    expect(a.economics!.npvEur).toBeCloseTo(b.economics!.npvEur, 2);
    expect(a.economics!.incentiveEur).toBeCloseTo(b.economics!.incentiveEur, 2);
    // the school's load counts: more consumption than the configuration without it
    const without = await evaluateVariant(prepared, toScenarioVariant(prepared.input, { kWp: { 1002: 80 } }));
    expect(a.consumptionKWh - without.configurations[0]!.consumptionKWh).toBeCloseTo(30_000, -1);
  });

  // Not compared with a run without the plant: plants within one 0.05° cell share the weather
  // computed at the first one's site (production.ts), so a run without plant 1000 would give
  // plant 1001 other weather; the sweep keeps the project's.
  it('leaves a plant of 0 kWp unbuilt', async () => {
    const prepared = await prepareScenario(scopedInput(input, { configurationIds: [1] }));
    const r = await evaluateVariant(prepared, toScenarioVariant(prepared.input, { kWp: { 1000: 0 } }));
    expect(r.plants.map((p) => p.plantId)).toEqual([1001]);
    expect(r.unassigned.plantIds).toEqual([1000]);
  });
});
