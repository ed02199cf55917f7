/**
 * Storage in the sizing sweep: a hand-computed case where storage turns a midday surplus into
 * evening shared energy, where the storage sits (owner's point or a point of its own), its
 * cost in the investment, and the recommended (kWp, storage) pair against an exhaustive search
 * of whole runs built here by hand.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../core/scenario/run';
import type { ScenarioInput, ScenarioResult } from '../../../core/scenario/types';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import { sizeGrid, storageGrid, sweepSizes } from '../../../core/advisor/sizing';
import { scenarioEvaluator } from '../../../core/advisor/scenario-evaluator';
import { applyStorage } from '../../../core/advisor/storage-variant';
import { sequential, type Objective } from '../../../core/advisor/types';
import { twoMemberProject } from './two-member-project';

const STEPS = 8760; // 2025, hourly
/** `kWh` at one hour of every day (step index mod 24), zero elsewhere. */
const daily = (hour: number, kWh: number) => Float64Array.from({ length: STEPS }, (_, i) => (i % 24 === hour ? kWh : 0));

/** A 10 kW plant giving 10 kWh at noon only; one member drawing 4 kWh at 22:00 only. No money. */
function noonAndNight(owned: boolean): ScenarioInput {
  return {
    community: { name: 'T', legalEntity: '', type: 'CER', constitutionDate: null, municipality: 'Bergamo', region: 'Lombardia', referenceYear: 2025 },
    configurations: [{ id: 1, name: 'C', substationCode: '' }],
    members: [{ ...defaultMember('Sera'), id: 1, configurationId: 1, annualKWh: 1460, lat: 45.7, lon: 9.67 }],
    plants: [{ ...defaultPlant('Tetto'), id: 10, source: 'other', kWp: 10, configurationId: 1, ownerMemberId: owned ? 1 : null, lat: 45.7, lon: 9.67 }],
    loadCurves: new Map([[1, daily(22, 4)]]),
    productionSeries: new Map([[10, daily(12, 10)]]),
    stepMinutes: 60,
  };
}

describe('storage beside a plant, by hand', () => {
  // Without storage nothing is shared: the plant injects at noon, the member withdraws at 22:00.
  // With 10 kWh (5 kW, 90% round trip split √0.9 each way, 10% minimum): each evening the
  // storage releases the member's 4 kWh (injection → 4 kWh shared) and each noon it takes back
  // 4/0.9 = 4.444 kWh, counted as withdrawal × 0.9 = 4 kWh → 4 kWh shared [RO App. A p.144]:
  // 8 kWh a day, 2,920 kWh over 365 days. The first days the store is still filling at the
  // full 5 kW (4.5 kWh counted at noon): its charge grows by 5·√0.9 − 4/√0.9 = 0.527 kWh a day
  // from 1 kWh until it is full (≈ 9 days), at most 9 × 0.5 + 0.5 = 5 kWh more.
  for (const owned of [false, true]) {
    it(`${owned ? "at the owner's point" : 'at a point of its own'}: 0 kWh shared without storage, 2,920–2,925 kWh with 10 kWh`, async () => {
      const evaluate = scenarioEvaluator(noonAndNight(owned), { configurationIds: [1] });
      expect((await evaluate({})).sharedKWh).toBe(0);
      const withStorage = await evaluate({ storageKWh: { 10: 10 } });
      expect(withStorage.sharedKWh).toBeGreaterThanOrEqual(2920 - 1e-6);
      expect(withStorage.sharedKWh).toBeLessThanOrEqual(2925);
    });
  }

  it("lays the storage on the owner's battery (grown, its own settings kept) or on a new point at the plant's place", () => {
    const stand = applyStorage({ storageKWh: { 10: 20 } }, noonAndNight(false));
    expect(stand.members).toHaveLength(2);
    const point = stand.members[1]!;
    expect(point).toMatchObject({ annualKWh: 0, configurationId: 1, lat: 45.7, lon: 9.67, battery: { capacityKWh: 20, powerKW: 10, roundTripEfficiency: 0.9, minSoc: 0.1, strategy: 'shared-energy' } });
    // Its id is clear of every series keyed by member.
    expect(point.id).toBe(2);
    const ownedInput = noonAndNight(true);
    ownedInput.members[0]!.battery = { capacityKWh: 5, powerKW: 3, roundTripEfficiency: 0.95, minSoc: 0.2, strategy: 'self-consumption' };
    const owned = applyStorage({ storageKWh: { 10: 10 } }, ownedInput);
    expect(owned.members).toHaveLength(1);
    expect(owned.members[0]!.battery).toEqual({ capacityKWh: 15, powerKW: 8, roundTripEfficiency: 0.95, minSoc: 0.2, strategy: 'self-consumption' });
    // Storage 0 leaves the input as it is.
    expect(applyStorage({ storageKWh: { 10: 0 } }, ownedInput)).toBe(ownedInput);
  });
});

const project = twoMemberProject;

/** PNRR cost cap per kW [RO App. E p.158]: 1,500 up to 20 kW, 1,200 up to 200 kW. */
const capEurPerKw = (kWp: number) => (kWp <= 20 ? 1500 : 1200);

/**
 * The variant built by hand: the roof at `kWp`, and with storage a load-less point holding a
 * battery of `kWh` (0.5 C, 90%, 10% minimum, dispatched for the configuration), its cost at
 * 1,000 €/kWh added to the roof's capex at the cap.
 */
function byHand(kWp: number, kWh: number): ScenarioInput {
  const input = project();
  const plant = { ...input.plants[0]!, kWp, ...(kWh > 0 ? { capexEur: kWp * capEurPerKw(kWp) + kWh * 1000 } : {}) };
  const storage = { ...defaultMember('S'), id: 50, category: 'sme' as const, annualKWh: 0, configurationId: 1, lat: 45.7, lon: 9.67, battery: { capacityKWh: kWh, powerKW: kWh / 2, roundTripEfficiency: 0.9, minSoc: 0.1, strategy: 'shared-energy' as const } };
  return { ...input, plants: [plant], members: kWh > 0 ? [...input.members, storage] : input.members };
}

const figures = (r: ScenarioResult) => {
  const c = r.configurations[0]!;
  return { shared: c.sharedKWh, npv: c.economics!.npvEur, irr: c.economics!.irr ?? -Infinity, co2: c.economics!.avoidedTCO2, net: c.economics!.capexEur - c.economics!.grantEur };
};

describe('kWp × storage sweep on the scenario run', () => {
  const request = { plantId: 10, currentKWp: 10, maxKWp: 40, steps: 4, storageKWh: [20, 10, 0, 10] };

  it('tries every pair and marks the exhaustive optimum of each objective', async () => {
    expect(sizeGrid({ ...request, objective: 'npv' })).toEqual([10, 20, 30, 40]);
    expect(storageGrid(request.storageKWh)).toEqual([0, 10, 20]);
    const pairs = [10, 20, 30, 40].flatMap((kWp) => [0, 10, 20].map((kWh) => ({ kWp, kWh })));
    const truth = await Promise.all(pairs.map(async (p) => figures(await runScenario(byHand(p.kWp, p.kWh)))));
    const evaluateMany = sequential(scenarioEvaluator(project(), { configurationIds: [1] }));
    for (const objective of ['shared', 'npv'] as Objective[]) {
      const r = await sweepSizes({ ...request, objective }, evaluateMany);
      const key = objective as 'shared' | 'npv';
      const best = truth.reduce((b, t, i) => (t[key] > truth[b]![key] + 1e-9 * Math.max(1, Math.abs(truth[b]![key])) ? i : b), 0);
      expect(r.sizes.map((s) => [s.kWp, s.storageKWh])).toEqual(pairs.map((p) => [p.kWp, p.kWh]));
      expect([r.bestKWp, r.bestStorageKWh], objective).toEqual([pairs[best]!.kWp, pairs[best]!.kWh]);
      expect(r.bestStorageAtTop).toBe(pairs[best]!.kWh === 20);
      r.sizes.forEach((s, i) => {
        expect(s.sharedKWh).toBeCloseTo(truth[i]!.shared, 6);
        expect(s.npvEur).toBeCloseTo(truth[i]!.npv, 2);
        expect(s.netInvestmentEur).toBeCloseTo(truth[i]!.net, 2);
      });
    }
    // Storage only ever adds shared energy at a given size (it takes surplus no member withdraws).
    for (let i = 0; i < truth.length; i += 3) {
      expect(truth[i + 1]!.shared).toBeGreaterThan(truth[i]!.shared);
      expect(truth[i + 2]!.shared).toBeGreaterThanOrEqual(truth[i + 1]!.shared);
    }
  });

  it('counts the storage in the budget: 20 kWp + 10 kWh = 30,000 + 10,000 €', async () => {
    const evaluateMany = sequential(scenarioEvaluator(project(), { configurationIds: [1] }));
    const r = await sweepSizes({ ...request, objective: 'shared', budgetEur: 35_000 }, evaluateMany);
    const at = (kWp: number, kWh: number) => r.sizes.find((s) => s.kWp === kWp && s.storageKWh === kWh)!;
    expect(at(20, 10).netInvestmentEur).toBeCloseTo(40_000, 6);
    expect(at(20, 10).reasons).toEqual(['budget']);
    expect(at(20, 0).netInvestmentEur).toBeCloseTo(30_000, 6);
    // Within 35,000 €: 20 kWp alone (30,000 €) or 10 kWp with 20 kWh (15,000 + 20,000 €).
    const fits = r.sizes.filter((s) => s.feasible);
    expect(fits.map((s) => [s.kWp, s.storageKWh])).toEqual([
      [10, 0],
      [10, 10],
      [10, 20],
      [20, 0],
    ]);
    const best = fits.reduce((b, s) => (s.sharedKWh > b.sharedKWh ? s : b));
    expect([r.bestKWp, r.bestStorageKWh]).toEqual([best.kWp, best.storageKWh]);
  });

  it('adds the storage to the promoters’ own cost per kWp, at the €/kWh given', async () => {
    const evaluate = scenarioEvaluator(project(), { configurationIds: [1], investment: { costEurPerKWp: 1200 } });
    const m = await evaluate({ kWp: { 10: 10 }, storageKWh: { 10: 10 }, storageEurPerKWh: 600 });
    expect(m.netInvestmentEur).toBeCloseTo(10 * 1200 + 10 * 600, 6);
  });
});
