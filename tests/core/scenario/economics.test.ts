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

function project(grantShare = 0, type: 'CER' | 'AUC' = 'CER'): ScenarioInput {
  return {
    community: { name: 'T', legalEntity: '', type, constitutionDate: null, municipality: 'Bergamo', region: 'Lombardia', referenceYear: 2025 },
    configurations: [{ id: 1, name: 'Centro', substationCode: '' }],
    members: [
      { ...defaultMember('A'), id: 1, configurationId: 1 },
      { ...defaultMember('B'), id: 2, configurationId: 1, category: 'sme' },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp: 10, configurationId: 1, grantShare }],
    stepMinutes: 60,
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([[10, constant(1)]]),
    economics,
  };
}

describe('money and carbon of a run (hand calculations)', () => {
  // Shared energy 0.7 kWh every hour → 6,132 kWh. Lombardia 2024 monthly zonal prices are all
  // below 140 €/MWh, so TIP = min(120, 80 + (180 − Pz)) + 10 = 130 €/MWh every hour [RO p.38].
  // GSE pays monthly amounts, each to the cent [RO p.39]: 0.091 €/h × civil hours of the month
  // (March 743 h and October 745 h for the DST changes), rounded, then summed:
  // 5 × 67.70 (744 h) + 4 × 65.52 (720 h) + 61.15 (Feb) + 67.61 (Mar) + 67.80 (Oct) = 797.14 €
  // (the unrounded year would be 797.16 €).
  it('pays TIP × E_ACI month by month: 797.14 €, split to the cent between members', async () => {
    const r = await runScenario(project());
    const e = r.configurations[0]!.economics!;
    expect(e.incentiveEur).toBe(797.14);
    expect(e.monthlyIncentiveEur[0]).toBe(67.7);
    expect(e.monthlyIncentiveEur[2]).toBe(67.61);
    expect(e.monthlyIncentiveEur[9]).toBe(67.8);
    expect(e.monthlyIncentiveEur.reduce((s, v) => s + v, 0)).toBeCloseTo(797.14, 9);
    // Valorisation: TRASe 2024 10.57 €/MWh × 6,132 kWh = 64.815… → 64.82 € [RO p.41].
    expect(e.valorisationEur).toBe(64.82);
    // 55% rule: ratio 0.7, excess (0.7 − 0.55)/0.7 of the incentive → 170.82 € restricted.
    expect(e.restrictedPotEur).toBeCloseTo(170.82, 2);
    // Members share the incentive pro rata to shared energy as consumers (0.3 : 0.4):
    // 341.631… and 455.508… → 341.63 + 455.51 = 797.14 exactly.
    const shares = r.members.map((m) => m.incentiveShareEur!);
    expect(shares).toEqual([341.63, 455.51]);
    expect(r.plants[0]!.incentiveEur).toBe(797.14);
    // Carbon: 8,760 kWh × the shipped production factor.
    const factor = economics.carbon.gridFactors.find((g) => g.basis === 'production')!.value;
    expect(e.avoidedTCO2).toBeCloseTo((8760 * factor) / 1000, 6);
  });

  it('reduces the TIP by F = 0.5 for a 40% grant, not on energy of exempt bodies', async () => {
    const r = await runScenario(project(0.4));
    // (130 × (1 − 0.5)) = 65 €/MWh → 6,132 kWh × 0.065 = 398.58 €; 45% threshold for granted plants.
    expect(r.configurations[0]!.economics!.incentiveEur).toBe(398.58);
    expect(r.configurations[0]!.economics!.restrictedPotEur).toBeCloseTo(398.58 * (0.7 - 0.45) / 0.7, 1);
    const exempt = project(0.4);
    exempt.members[0] = { ...exempt.members[0]!, category: 'local_authority' };
    const r2 = await runScenario(exempt);
    // 3/7 of the shared energy goes to the municipality: full TIP on it, halved on the rest.
    expect(r2.configurations[0]!.economics!.incentiveEur).toBeCloseTo(6132 * (3 / 7) * 0.13 + 6132 * (4 / 7) * 0.065, 1);
  });

  it('adds BTAU and avoided losses for an AUC [RO pp.41–42]', async () => {
    const r = await runScenario(project(0, 'AUC'));
    const e = r.configurations[0]!.economics!;
    const btau = economics.valorisation.btauEurPerMWh.find((v) => v.year === 2024)!.value;
    const pz = economics.zonalPrices.monthlyByZone.NORD;
    const hoursPerMonth = [744, 672, 744, 720, 744, 720, 744, 744, 720, 744, 720, 744];
    const losses = hoursPerMonth.reduce((s, h, m) => s + h * 0.7 * 0.026 * (pz[m]! / 1000), 0);
    expect(e.valorisationEur).toBeCloseTo(64.82 + (6132 * btau) / 1000 + losses, 1);
  });

  it('gives a finite NPV, IRR and a tornado over the main drivers', async () => {
    const e = (await runScenario(project())).configurations[0]!.economics!;
    expect(e.capexEur).toBe(10 * 1500); // PNRR cap for ≤ 20 kW [RO p.158]
    expect(Number.isFinite(e.npvEur)).toBe(true);
    expect(e.cashFlows).toHaveLength(21);
    expect(e.cashFlows[0]!.netEur).toBe(-15000);
    expect(e.tornado.map((t) => t.driver)).toContain('capex');
  });

  it('computes monthly advances, the year-end balance and the P90 / zonal-price scenarios', async () => {
    const e = (await runScenario(project())).configurations[0]!.economics!;
    // [RO p.36] A = P × H/12 × α × TIPa: 10 kW × 900 h/12 × 0.60 × (80 + 20 + 10) €/MWh = 49.50 €/month.
    expect(e.advancesEur).toBe(594);
    expect(e.yearEndBalanceEur).toBe(203.14);
    // Every month is above €50 (the smallest is February, 61.15 €).
    expect(e.monthsBelowMinimumPayment).toBe(0);
    const byName = Object.fromEntries(e.scenarios.map((x) => [x.name, x]));
    expect(byName.P50!.npvEur).toBe(e.npvEur);
    expect(byName.P90!.npvEur).toBeLessThan(e.npvEur);
    // Lower prices keep the TIP at its cap (130 €/MWh) ...
    expect(byName['Pz low']!.year1IncentiveEur).toBeCloseTo(797.14, 2);
    // ... higher ones (up to 177 €/MWh in December) cut it below the cap.
    expect(byName['Pz high']!.year1IncentiveEur).toBeLessThan(797.14);
  });

  it('prices each hour with an imported hourly zonal price series', async () => {
    const input = project();
    // 200 €/MWh every hour of 2025 (UTC hourly from the civil new year).
    const base = { startUtcMs: Date.UTC(2024, 11, 31, 23), stepMinutes: 60 as const, length: 8760, timeZone: 'Europe/Rome' };
    input.hourlyZonalPrices = { source: 'test', byZone: { NORD: { base, kWh: new Float64Array(8760).fill(200) } } };
    const e = (await runScenario(input)).configurations[0]!.economics!;
    // TIP = min(120, 80 + max(0, 180 − 200)) + 10 = 90 €/MWh; 0.063 €/h, months rounded:
    // 5 × 46.87 + 4 × 45.36 + 42.34 (Feb) + 46.81 (Mar, 743 h) + 46.94 (Oct, 745 h) = 551.88 €.
    expect(e.incentiveEur).toBeCloseTo(551.88, 1);
    // RID: 1 kWh injected every hour × 0.200 €/kWh.
    expect(e.energySaleEur).toBeCloseTo(8760 * 0.2, 2);
    expect(e.assumptions.some((a) => textIn(a, 'en').includes('imported hourly'))).toBe(true);
  });

  it('checks the PNRR grant of each granted plant against the municipality population [RO p.47, p.158]', async () => {
    const small = { ...project(0.4), plantMunicipalityPopulation: new Map([[10, 3000]]) };
    const ok = (await runScenario(small)).configurations[0]!.economics!.pnrr;
    // 10 kW ≤ 20 kW: cap 1,500 €/kW → 15,000 €; 40% → 6,000 €.
    expect(ok).toEqual([{ plantId: 10, eligible: true, reasons: [], costCapEur: 15000, maxGrantEur: 6000 }]);
    const big = { ...project(0.4), plantMunicipalityPopulation: new Map([[10, 12000]]) };
    const no = (await runScenario(big)).configurations[0]!.economics!.pnrr[0]!;
    expect(no.eligible).toBe(false);
    expect(no.reasons.join(' ')).toMatch(/12000 not below 5000/);
    const unknown = (await runScenario(project(0.4))).configurations[0]!.economics!.pnrr[0]!;
    expect(unknown.eligible).toBe(false);
    expect(unknown.reasons[0]).toMatch(/population unknown/);
  });

  it('gives a payback time to members that own plants, and only to them', async () => {
    const input = project();
    input.plants[0] = { ...input.plants[0]!, ownerMemberId: 1 };
    const r = await runScenario(input);
    expect('paybackYears' in r.members.find((m) => m.memberId === 1)!).toBe(true);
    expect('paybackYears' in r.members.find((m) => m.memberId === 2)!).toBe(false);
  });

  it('sells injected energy at guaranteed minimum prices when they beat the zonal price, or at a market price', async () => {
    const base = { startUtcMs: Date.UTC(2024, 11, 31, 23), stepMinutes: 60 as const, length: 8760, timeZone: 'Europe/Rome' };
    const cheap = project();
    cheap.hourlyZonalPrices = { source: 'test', byZone: { NORD: { base, kWh: new Float64Array(8760).fill(20) } } };
    // A 10 kW incentivised PV plant keeps PMG (≤ 100 kW): 8,760 kWh × 46.4 €/MWh = 406.46 €,
    // more than the zonal value 8,760 × 20 €/MWh = 175.20 €.
    expect((await runScenario(cheap)).configurations[0]!.economics!.energySaleEur).toBe(406.46);
    const market = project();
    market.economics = { ...economics, sale: { marketPriceEurPerMWh: 80 } };
    // 8,760 kWh × 80 €/MWh = 700.80 €.
    expect((await runScenario(market)).configurations[0]!.economics!.energySaleEur).toBe(700.8);
  });
});
