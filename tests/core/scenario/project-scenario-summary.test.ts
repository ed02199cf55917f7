/** The community's totals of a project scenario and the differences from the first, by hand. */
import { describe, expect, it } from 'vitest';
import { compareSummaries, summariseProjectScenario } from '../../../core/scenario/project-scenario-summary';
import type { ConfigurationOutcome, MemberOutcome, ScenarioResult } from '../../../core/scenario/types';

const twelve = (x: number) => Array.from({ length: 12 }, () => x);

function config(sharedMonthly: number, consumption: number, selfConsumed: number, money: { incentiveEur: number; valorisationEur: number; npvEur: number; avoidedTCO2: number }): ConfigurationOutcome {
  return {
    consumptionKWh: consumption,
    selfConsumedKWh: selfConsumed,
    sharedKWh: sharedMonthly * 12,
    monthly: { sharedKWh: twelve(sharedMonthly) },
    economics: money,
  } as unknown as ConfigurationOutcome;
}

const result = (configurations: ConfigurationOutcome[], members: Partial<MemberOutcome>[]) => ({ configurations, members }) as unknown as ScenarioResult;

describe('project scenario totals', () => {
  it('adds the configurations: self-sufficiency over the total consumption, members benefit = savings + incentive shares', () => {
    const s = summariseProjectScenario(
      { kWp: 60, members: 3, plants: 2 },
      result(
        [config(100, 10_000, 800, { incentiveEur: 120, valorisationEur: 10, npvEur: 5000, avoidedTCO2: 1.5 }), config(50, 5_000, 0, { incentiveEur: 60, valorisationEur: 5, npvEur: -1000, avoidedTCO2: 0.5 })],
        [{ savingsEur: 100, incentiveShareEur: 40 }, { incentiveShareEur: 20.5 }, {}],
      ),
    );
    // shared 1,200 + 600 = 1,800 kWh; covered 1,800 + 800 = 2,600 of 15,000 kWh.
    expect(s).toMatchObject({ kWp: 60, members: 3, sharedKWh: 1800, incentiveEur: 180, valorisationEur: 15, npvEur: 4000, avoidedTCO2: 2, membersBenefitEur: 160.5 });
    expect(s.selfSufficiency).toBeCloseTo(2600 / 15000, 12);
    expect(s.monthlySharedKWh).toEqual(twelve(150));
  });

  it('without a run only the inputs are known', () => {
    expect(summariseProjectScenario({ kWp: 6, members: 2, plants: 1 }, null)).toMatchObject({ kWp: 6, sharedKWh: null, npvEur: null, monthlySharedKWh: null });
  });

  it('differences from the first scenario, signed and relative; unknown stays unknown', () => {
    const a = summariseProjectScenario({ kWp: 20, members: 4, plants: 1 }, null);
    const b = { ...a, kWp: 45, members: 3 };
    const c = { ...a, kWp: 20 };
    const cells = compareSummaries([a, b, c]);
    expect(cells.kWp).toEqual([
      { value: 20, delta: null, relative: null },
      { value: 45, delta: 25, relative: 1.25 },
      { value: 20, delta: 0, relative: 0 },
    ]);
    expect(cells.members[1]).toEqual({ value: 3, delta: -1, relative: -0.25 });
    expect(cells.sharedKWh[1]).toEqual({ value: null, delta: null, relative: null });
  });
});
