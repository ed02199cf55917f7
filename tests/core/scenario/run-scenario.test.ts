import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/scenario/run';
import { ScenarioCancelled, ScenarioInputError } from '../../../core/scenario/errors';
import type { ScenarioInput } from '../../../core/scenario/types';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import { textIn } from '../../../core/model/messages';

// 2025 is not a leap year: 8,760 hours in the civil year.
const HOURS = 8760;
const constant = (v: number) => new Float64Array(HOURS).fill(v);

function project(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    community: { name: 'T', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: 'Lombardia', referenceYear: 2025 },
    configurations: [{ id: 1, name: 'Centro', substationCode: 'AC001E00001' }],
    members: [
      // Every point located in the configuration's area (a point in no area would not count).
      { ...defaultMember('A'), id: 1, pods: ['IT001E00000001'], configurationId: 1, locatedAreaCode: 'AC001E00001' },
      { ...defaultMember('B'), id: 2, pods: ['IT001E00000002'], configurationId: 1, locatedAreaCode: 'AC001E00001' },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp: 10, pod: 'IT001E00000010', configurationId: 1, commissioningDate: '2024-06-01', locatedAreaCode: 'AC001E00001' }],
    stepMinutes: 60,
    // Hand-checkable inputs: constant loads and production.
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([[10, constant(1)]]),
    ...overrides,
  };
}

describe('runScenario', () => {
  it('shares min(injected, withdrawn) each hour for a stand-alone plant and two consumers', async () => {
    const r = await runScenario(project());
    const c = r.configurations[0]!;
    // Hand calculation: injected 1 kWh/h, withdrawn 0.3 + 0.4 = 0.7 kWh/h → shared 0.7 kWh/h.
    expect(c.productionKWh).toBeCloseTo(HOURS * 1, 6);
    expect(c.withdrawnKWh).toBeCloseTo(HOURS * 0.7, 6);
    expect(c.sharedKWh).toBeCloseTo(HOURS * 0.7, 6);
    expect(c.selfConsumedKWh).toBeCloseTo(0, 9);
    const a = r.members.find((m) => m.memberId === 1)!;
    expect(a.sharedAsConsumerKWh).toBeCloseTo(HOURS * 0.3, 6);
    expect(r.plants[0]!.incentivisedKWh).toBeCloseTo(HOURS * 0.7, 6);
    // Monthly figures add up to the year; January has 744 hours.
    expect(c.monthly.sharedKWh[0]).toBeCloseTo(744 * 0.7, 6);
  });

  it('puts a plant on its owner’s POD behind the owner’s meter (prosumer)', async () => {
    const input = project();
    input.plants[0] = { ...input.plants[0]!, ownerMemberId: 1, pod: 'IT001E00000001' };
    const r = await runScenario(input);
    const c = r.configurations[0]!;
    // A self-consumes 0.3 kWh/h and injects 0.7; B withdraws 0.4 → shared 0.4 kWh/h.
    expect(c.selfConsumedKWh).toBeCloseTo(HOURS * 0.3, 6);
    expect(c.injectedKWh).toBeCloseTo(HOURS * 0.7, 6);
    expect(c.sharedKWh).toBeCloseTo(HOURS * 0.4, 6);
  });

  it('leaves a member located outside the substation out of shared energy', async () => {
    const input = project();
    input.members[1] = { ...input.members[1]!, locatedAreaCode: 'AC001E00999' };
    const r = await runScenario(input);
    const c = r.configurations[0]!;
    expect(c.sharedKWh).toBeCloseTo(HOURS * 0.3, 6);
    expect(c.outsideMemberIds).toEqual([2]);
  });

  it('synthesises loads from annual kWh and PV from the embedded climate when nothing is imported', async () => {
    const input = project({ loadCurves: undefined, productionSeries: undefined });
    input.members = input.members.map((m) => ({ ...m, lat: 45.0, lon: 8.0, annualKWh: 3000 }));
    const r = await runScenario(input);
    const c = r.configurations[0]!;
    expect(c.consumptionKWh).toBeCloseTo(6000, 6);
    // 10 kWp south 30° at 45°N 8°E: PVGIS TMY gives ≈1,309 kWh/kWp there; embedded climate within ±7%.
    expect(r.plants[0]!.specificYieldKWhPerKWp).toBeGreaterThan(1309 * 0.93);
    expect(r.plants[0]!.specificYieldKWhPerKWp).toBeLessThan(1309 * 1.07);
    expect(c.sharedKWh).toBeLessThanOrEqual(Math.min(c.injectedKWh, c.withdrawnKWh) + 1e-6);
    expect(r.warnings.some((w) => textIn(w, 'en').includes('owner') || textIn(w, 'en').includes('average'))).toBe(true);
  });

  it('lists every missing input at once', async () => {
    await expect(runScenario(project({ configurations: [] }))).rejects.toBeInstanceOf(ScenarioInputError);
    try {
      await runScenario({ ...project(), configurations: [], plants: [] });
    } catch (e) {
      expect((e as ScenarioInputError).missing.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('reports progress and stops when cancelled', async () => {
    const fractions: number[] = [];
    await runScenario(project(), { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    const signal = { aborted: false };
    const run = runScenario(project(), {
      signal,
      onProgress: () => (signal.aborted = true),
      yieldControl: () => Promise.resolve(),
    });
    await expect(run).rejects.toBeInstanceOf(ScenarioCancelled);
  });
});
