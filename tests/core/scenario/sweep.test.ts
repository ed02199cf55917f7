/**
 * The sweep entry point (core/scenario/sweep.ts) gives what a full run gives: each variant
 * evaluated on the prepared series against `runScenario` of the equivalent input, to the cent
 * and the kWh (the rounding the app prints; the two scale production in another order, so the
 * last bits may differ), and exactly for the unchanged project.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runScenario } from '../../../core/scenario/run';
import { evaluateVariant, prepareScenario, variantInput, type ScenarioVariant } from '../../../core/scenario/sweep';
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
      { plantScale: new Map([[1002, 2.5]]) },
      { plantScale: new Map([[1000, 0.5], [1001, 3]]), memberIds: new Set([1, 2, 3, 5, 8, 13]) },
      { memberIds: new Set([2, 4, 6, 7, 9, 10, 11, 12, 14]) },
    ];
    for (const v of variants) {
      const fast = await evaluateVariant(prepared, v);
      const full = await runScenario(variantInput(input, v));
      expectSame(fast, full);
      // the variant really changed something
      expect(fast.configurations[0]!.sharedKWh).not.toBeCloseTo((await evaluateVariant(prepared, {})).configurations[0]!.sharedKWh, 0);
    }
  });

  it('refuses a scale that is not a positive number', async () => {
    const prepared = await prepareScenario(input);
    await expect(evaluateVariant(prepared, { plantScale: new Map([[1000, 0]]) })).rejects.toThrow(/plant 1000/);
  });
});
