/**
 * The economics with a plant's own investment cost. A 10 kWp plant's PNRR cap is
 * 10 × 1,500 €/kW = 15,000 € [RO App. E p.158]; before the field existed the investment was that cap.
 * A cost C instead of the cap moves year 0 by −(C − 15,000) (net of any grant change) and every
 * year's insurance by −ins × (C − 15,000) × (1 + i)^(t−1); the NPV by their discounted sum.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runScenario } from '../../../core/scenario/run';
import type { ScenarioInput } from '../../../core/scenario/types';
import { loadEconomicsParameters } from '../../../core/api/node/parameters-loader';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import { REPO_ROOT } from '../../helpers/tmp';
import { textIn } from '../../../core/model/messages';

const HOURS = 8760;
const constant = (v: number) => new Float64Array(HOURS).fill(v);
const economics = loadEconomicsParameters(path.join(REPO_ROOT, 'resources'), 2025);
const CAP_EUR = 10 * 1500;

function project(grantShare: number, capexEur?: number | null): ScenarioInput {
  return {
    community: { name: 'T', legalEntity: '', type: 'CER', constitutionDate: null, municipality: 'Bergamo', region: 'Lombardia', referenceYear: 2025 },
    configurations: [{ id: 1, name: 'Centro', substationCode: '' }],
    members: [
      { ...defaultMember('A'), id: 1, configurationId: 1 },
      { ...defaultMember('B'), id: 2, configurationId: 1, category: 'sme' },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp: 10, configurationId: 1, grantShare, ...(capexEur === undefined ? {} : { capexEur }) }],
    stepMinutes: 60,
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([[10, constant(1)]]),
    economics,
  };
}

const econ = async (grantShare: number, capexEur?: number | null) => (await runScenario(project(grantShare, capexEur))).configurations[0]!.economics!;

/** The catalogue codes of a run's assumptions. */
const codes = (e: { assumptions: readonly object[] }) => e.assumptions.map((a) => ('code' in a ? a.code : ''));

/** Σ_{t=1..N} ins × (1 + i)^(t−1) / (1 + r)^t: the discounted insurance per € of investment. */
function insurancePerEur(): number {
  const f = economics.finance;
  let s = 0;
  for (let t = 1; t <= f.horizonYears.value; t++) s += (f.insuranceShareOfCapexPerYear.value * Math.pow(1 + f.inflationPerYear.value, t - 1)) / Math.pow(1 + f.discountRatePerYear.value, t);
  return s;
}

describe('a plant’s own investment cost in the economics', () => {
  it('no cost: the cap, as before, stated as the assumption', async () => {
    const e = await econ(0.4);
    expect(e.capexEur).toBe(CAP_EUR);
    expect(e.grantEur).toBeCloseTo(0.4 * CAP_EUR, 6);
    expect(codes(e)).toContain('scenario.assumption.investment-pnrr-eligible-cost');
    expect(codes(e)).not.toContain('scenario.assumption.investment-plant-cost');
    // A null cost is the same as none.
    expect((await econ(0.4, null)).npvEur).toBe(e.npvEur);
  });

  it('capex and NPV move by exactly the cost difference (no grant)', async () => {
    const base = await econ(0);
    const dearer = await econ(0, 18000);
    expect(dearer.capexEur).toBe(18000);
    expect(dearer.grantEur).toBe(0);
    // ΔNPV = −3,000 × (1 + discounted insurance per €); each year's insurance is rounded to the cent.
    const expected = -3000 * (1 + insurancePerEur());
    expect(dearer.npvEur - base.npvEur).toBeCloseTo(expected, 0);
    expect(Math.abs(dearer.npvEur - base.npvEur - expected)).toBeLessThan(0.01 * economics.finance.horizonYears.value);
  });

  it('below the cap the grant is 40 % of the cost; above it, 40 % of the cap [RO p.52; App. E p.158]', async () => {
    const below = await econ(0.4, 12000);
    expect(below.capexEur).toBe(12000);
    expect(below.grantEur).toBeCloseTo(0.4 * 12000, 6); // 4,800 €
    const above = await econ(0.4, 20000);
    expect(above.capexEur).toBe(20000);
    expect(above.grantEur).toBeCloseTo(0.4 * CAP_EUR, 6); // 6,000 €, not 8,000 €
    // Against the cap (15,000 €, grant 6,000 €): above the cap the net investment grows by 5,000 €;
    // below it, it falls by 3,000 − 1,200 = 1,800 €; insurance follows the gross cost.
    const base = await econ(0.4);
    expect(above.npvEur - base.npvEur).toBeCloseTo(-5000 - 5000 * insurancePerEur(), 0);
    expect(below.npvEur - base.npvEur).toBeCloseTo(1800 + 3000 * insurancePerEur(), 0);
  });

  it('states per plant which cost was used', async () => {
    const e = await econ(0.4, 12000);
    const texts = e.assumptions.map((a) => textIn(a, 'it'));
    expect(texts).toContain('FV: investimento dichiarato 12.000 € (IVA esclusa); contributo sul costo entro il massimale della classe di potenza [RO p.52; App. E p.158]');
    // Every new plant has its cost: the cap is no longer stated as assumed.
    expect(codes(e)).not.toContain('scenario.assumption.investment-pnrr-eligible-cost');
  });
});
