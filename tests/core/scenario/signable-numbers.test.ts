/**
 * Issue 14, "Numbers a firm can sign": the rule fixes, each on a hand-worked case. Every
 * series is constant (or nearly) so the expected figures are computed in the comments.
 * Lombardia, reference year 2025 (8,760 civil hours; March 743 and October 745 for the DST
 * changes); the shipped 2024 monthly zonal prices of zone NORD are all below 140 €/MWh, so
 * TIP = min(120, 80 + (180 − Pz)) + 10 = 130 €/MWh every hour for plants ≤ 200 kW [RO p.38].
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runScenario } from '../../../core/scenario/run';
import type { ScenarioInput } from '../../../core/scenario/types';
import { loadEconomicsParameters } from '../../../core/api/node/parameters-loader';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import { checkProject, parseThresholds } from '../../../core/rules';
import { REPO_ROOT } from '../../helpers/tmp';
import { textIn } from '../../../core/model/messages';

const HOURS = 8760;
const CIVIL_HOURS = [744, 672, 743, 720, 744, 720, 744, 744, 720, 745, 720, 744];
const constant = (v: number) => new Float64Array(HOURS).fill(v);
const economics = loadEconomicsParameters(path.join(REPO_ROOT, 'resources'), 2025);
const thresholds = parseThresholds(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'resources', 'rules', 'thresholds.json'), 'utf8')));
const CODE = 'AC001E00001';

const community = (type: 'CER' | 'AUC' = 'CER', constitutionDate: string | null = '2024-06-01') =>
  ({ name: 'T', legalEntity: 'Associazione T', type, constitutionDate, municipality: 'Bergamo', region: 'Lombardia', referenceYear: 2025 }) as const;

describe('55/45 restricted pot on incentivised plants only [RO p.39, p.149]', () => {
  // A new 100 kW plant injects 4 kWh/h, a pre-existing 50 kW plant (2019) 2 kWh/h, one consumer
  // withdraws 5 kWh/h: shared 5 kWh/h, split oldest first [RO pp.143–144]: the existing plant
  // 2 (valorised only), the new one 3 (E_ACI). The new plant: E_ACI 3 × 8,760 = 26,280 kWh,
  // 0.39 €/h → 5 × 290.16 + 4 × 280.80 + 262.08 + 289.77 + 290.55 = 3,416.40 €.
  // Ratio with incentivised plants only: 26,280 / 35,040 = 0.75 > 0.55 → (0.75 − 0.55)/0.75 =
  // 4/15 of 3,416.40 € = 911.04 € restricted. Counting the existing plant's 17,520 kWh in the
  // denominator gave 26,280 / 52,560 = 0.50 < 0.55 and a pot of 0 €.
  it('leaves the pre-existing plant out of the ratio: 911.04 € instead of 0 €', async () => {
    const input: ScenarioInput = {
      community: community(),
      configurations: [{ id: 1, name: 'C', substationCode: '' }],
      members: [{ ...defaultMember('A'), id: 1, configurationId: 1 }],
      plants: [
        { ...defaultPlant('Nuovo'), id: 10, kWp: 100, configurationId: 1, commissioningDate: '2025-01-01' },
        { ...defaultPlant('Esistente'), id: 11, kWp: 50, configurationId: 1, commissioningDate: '2019-05-01', existing: true },
      ],
      stepMinutes: 60,
      loadCurves: new Map([[1, constant(5)]]),
      productionSeries: new Map([
        [10, constant(4)],
        [11, constant(2)],
      ]),
      economics,
    };
    const r = await runScenario(input);
    const e = r.configurations[0]!.economics!;
    expect(r.plants.find((p) => p.plantId === 11)!.incentivisedKWh).toBe(0);
    expect(r.plants.find((p) => p.plantId === 10)!.incentivisedKWh).toBeCloseTo(26280, 6);
    expect(e.incentiveEur).toBe(3416.4);
    expect(e.restrictedPotEur).toBeCloseTo(911.04, 2);
  });
});

describe('who is under the substation [RO p.6, App. A p.143]', () => {
  // A (0.3 kWh/h) located in the area, B (0.4 kWh/h) in no area; the plant (1 kWh/h) in the area.
  // Counting only A: shared 0.3 kWh/h = 2,628 kWh (B used to add 0.4 kWh/h: 6,132 kWh).
  const input = (b: Partial<ScenarioInput['members'][number]>, held: string[] = [CODE]): ScenarioInput => ({
    community: community(),
    configurations: [{ id: 1, name: 'C', substationCode: CODE }],
    members: [
      { ...defaultMember('A'), id: 1, configurationId: 1, locatedAreaCode: CODE },
      { ...defaultMember('B'), id: 2, configurationId: 1, locatedAreaCode: null, ...b },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp: 10, configurationId: 1, locatedAreaCode: CODE }],
    heldAreaCodes: held,
    stepMinutes: 60,
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([[10, constant(1)]]),
  });

  it('leaves a member in no area out of shared energy and of the totals, listed with the reason', async () => {
    const r = await runScenario(input({}));
    const c = r.configurations[0]!;
    expect(c.sharedKWh).toBeCloseTo(HOURS * 0.3, 6);
    expect(c.withdrawnKWh).toBeCloseTo(HOURS * 0.3, 6);
    expect(c.consumptionKWh).toBeCloseTo(HOURS * 0.3, 6);
    // Self-sufficiency of the configuration: (0 + 2,628) / 2,628 = 1.
    expect(c.selfSufficiency).toBeCloseTo(1, 9);
    expect(c.excluded).toEqual([{ kind: 'member', id: 2, name: 'B', reason: 'no-area', areaCode: null, ruleIds: ['point.substation-area'] }]);
    const b = r.members.find((m) => m.memberId === 2)!;
    expect(b.sharedAsConsumerKWh).toBe(0);
    expect(b.excludedBy).toEqual(['point.substation-area']);
    expect(r.warnings.some((w) => textIn(w, 'en').includes('B (in no area)'))).toBe(true);
  });

  it('leaves out a member in another area; a declared code stands in only where the area is not held', async () => {
    const other = (await runScenario(input({ locatedAreaCode: 'AC001E00002' }))).configurations[0]!;
    expect(other.excluded[0]).toMatchObject({ id: 2, reason: 'other-area', areaCode: 'AC001E00002' });
    // The map holds AC001E00001 and does not place B in it: its declared code does not count.
    const declaredHeld = (await runScenario(input({ declaredAreaCode: CODE }))).configurations[0]!;
    expect(declaredHeld.sharedKWh).toBeCloseTo(HOURS * 0.3, 6);
    // No area of that code in the project: the declared codes decide (A and the plant are
    // located, B declared): all count, shared 0.7 kWh/h = 6,132 kWh.
    const declared = (await runScenario(input({ declaredAreaCode: CODE }, []))).configurations[0]!;
    expect(declared.excluded).toEqual([]);
    expect(declared.sharedKWh).toBeCloseTo(HOURS * 0.7, 6);
  });
});

describe('AUC valorisation to the letter [RO pp.41–42, p.144]', () => {
  // Two flats of "Via Roma 1" withdraw 0.3 + 0.4 = 0.7 kWh/h; plant P1 on the roof injects
  // 0.5 kWh/h, plant P2 recorded in "Via Verdi 2" 0.5 kWh/h. E_ACV = min(1.0, 0.7) = 0.7 kWh/h
  // = 6,132 kWh; E_ACVC counts P1 only: min(0.5, 0.7) = 0.5 kWh/h = 4,380 kWh.
  const auc = (voltage: 'LV' | 'MV'): ScenarioInput => ({
    community: community('AUC'),
    configurations: [{ id: 1, name: 'Condominio', substationCode: '', buildingId: 'Via Roma 1' }],
    members: [
      { ...defaultMember('Interno 1'), id: 1, configurationId: 1, buildingId: 'Via Roma 1' },
      { ...defaultMember('Condominio (servizi comuni)'), id: 2, category: 'condominium', configurationId: 1, buildingId: 'Via Roma 1' },
    ],
    plants: [
      { ...defaultPlant('P1 tetto'), id: 10, kWp: 10, configurationId: 1, buildingId: 'Via Roma 1', voltage },
      { ...defaultPlant('P2 altrove'), id: 11, kWp: 10, configurationId: 1, buildingId: 'Via Verdi 2' },
    ],
    stepMinutes: 60,
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([
      [10, constant(0.5)],
      [11, constant(0.5)],
    ]),
    economics,
  });
  const btau = economics.valorisation.btauEurPerMWh.find((v) => v.year === 2024)!.value;
  const pz = economics.zonalPrices.monthlyByZone.NORD;
  // Σ_h E_ACVC × cPR × Pz = 0.5 kWh × cPR × Σ_month hours × Pz_month / 1000.
  const losses = (cpr: number) => CIVIL_HOURS.reduce((s, h, m) => s + h * 0.5 * cpr * (pz[m]! / 1000), 0);

  it('gives BTAU and avoided losses on the building plant only, at cPR 1.2% for MV', async () => {
    const r = await runScenario(auc('MV'));
    const v = r.configurations[0]!.economics!.valorisation;
    expect(v.eacvKWh).toBeCloseTo(6132, 6);
    expect(v.eacvcKWh).toBeCloseTo(4380, 6);
    expect(v.eacvcMvKWh).toBeCloseTo(4380, 6);
    expect(v.eacvcLvKWh).toBe(0);
    // TRASe 10.57 €/MWh × 6.132 MWh = 64.815… → 64.82 €; BTAU on 4.38 MWh, not 6.132.
    expect(v.trasEEur).toBe(64.82);
    expect(v.btauEur).toBeCloseTo((4380 * btau) / 1000, 2);
    expect(v.avoidedLossesEur).toBeCloseTo(losses(0.012), 2);
    expect(r.warnings.some((w) => textIn(w, 'en').includes('P2 altrove: in building "Via Verdi 2"'))).toBe(true);
  });

  it('uses cPR 2.6% for the same plant in LV', async () => {
    const v = (await runScenario(auc('LV'))).configurations[0]!.economics!.valorisation;
    expect(v.eacvcLvKWh).toBeCloseTo(4380, 6);
    expect(v.avoidedLossesEur).toBeCloseTo(losses(0.026), 2);
  });
});

describe('money follows the findings', () => {
  // A citizen (0.3 kWh/h) and an SME with prevalent ATECO 35.11.00 (0.4 kWh/h); a 10 kW plant
  // injecting 1 kWh/h; the CER constituted 01/06/2024.
  const base = (plantDate: string): ScenarioInput => ({
    community: community('CER', '2024-06-01'),
    configurations: [{ id: 1, name: 'C', substationCode: '' }],
    members: [
      { ...defaultMember('Rossi'), id: 1, configurationId: 1, pods: ['IT001E00000001'] },
      { ...defaultMember('Energia Srl'), id: 2, category: 'sme', ateco: '35.11.00', configurationId: 1, pods: ['IT001E00000002'] },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp: 10, configurationId: 1, commissioningDate: plantDate, pod: 'IT001E00000010' }],
    stepMinutes: 60,
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([[10, constant(1)]]),
    economics,
  });
  const withFindings = (input: ScenarioInput): ScenarioInput => ({
    ...input,
    findings: checkProject({ ...input, configurations: input.configurations, localRules: [] }, thresholds, { today: '2025-06-01' }),
  });

  it('gives an ATECO 35.11 member no shared energy and €0, naming the rule; tasks stay conditions', async () => {
    const r = await runScenario(withFindings(base('2025-01-15')));
    const sme = r.members.find((m) => m.memberId === 2)!;
    expect(sme.incentiveShareEur).toBe(0);
    expect(sme.sharedAsConsumerKWh).toBe(0);
    expect(sme.excludedBy).toEqual(['member.excluded-ateco']);
    const c = r.configurations[0]!;
    expect(c.excluded).toEqual([{ kind: 'member', id: 2, name: 'Energia Srl', reason: 'rule', areaCode: null, ruleIds: ['member.excluded-ateco'] }]);
    // Shared energy is the citizen's 0.3 kWh/h: 2,628 kWh × 0.130 €/kWh ≈ 341.64 € (monthly
    // rounding aside), all of it the citizen's share.
    expect(c.economics!.incentiveEur).toBeCloseTo(341.64, 1);
    expect(r.members.find((m) => m.memberId === 1)!.incentiveShareEur).toBe(c.economics!.incentiveEur);
    // A missing CENSIMP code and Referent are tasks before filing: listed, money untouched.
    expect(c.conditions).toEqual(expect.arrayContaining(['format.censimp', 'config.referent']));
    expect(r.plants[0]!.excludedBy).toBeUndefined();
  });

  it('gives a plant commissioned before the constitution no incentive, its energy still valorised', async () => {
    const input = base('2025-01-15');
    input.community = community('CER', '2025-03-01');
    const r = await runScenario(withFindings(input));
    const plant = r.plants[0]!;
    expect(plant.incentiveEur).toBe(0);
    expect(plant.incentiveEligible).toBe(false);
    expect(plant.excludedBy).toEqual(['cer.plant-after-constitution']);
    const e = r.configurations[0]!.economics!;
    expect(e.incentiveEur).toBe(0);
    // No incentive, no advances, no restricted pot; valorisation on 0.3 kWh/h = 2,628 kWh:
    // 10.57 €/MWh × 2.628 MWh = 27.78 €.
    expect(e.advancesEur).toBe(0);
    expect(e.restrictedPotEur).toBe(0);
    expect(e.valorisationEur).toBe(27.78);
  });
});

describe('scenarios recompute everything', () => {
  // A 10 kW plant injecting 0.5 kWh/h, two members withdrawing 0.7 kWh/h: shared = production.
  // P50: 0.5 × 8,760 = 4,380 kWh × 0.130 €/kWh = 569.40 €. P90 = P50 × 0.94 (finance.json):
  // 0.47 kWh/h → 4,117.2 kWh × 0.130 = 535.24 €, i.e. 34.16 € less (monthly rounding aside).
  const project = (production: number): ScenarioInput => ({
    community: community(),
    configurations: [{ id: 1, name: 'C', substationCode: '' }],
    members: [
      { ...defaultMember('A'), id: 1, configurationId: 1 },
      { ...defaultMember('B'), id: 2, configurationId: 1 },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp: 10, configurationId: 1 }],
    stepMinutes: 60,
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([[10, constant(production)]]),
    economics,
  });

  it('re-runs the balance at P90: first-year incentive lower by 6% of the shared energy', async () => {
    const e = (await runScenario(project(0.5))).configurations[0]!.economics!;
    const p50 = e.scenarios.find((s) => s.name === 'P50')!;
    const p90 = e.scenarios.find((s) => s.name === 'P90')!;
    expect(economics.finance.p90OverP50.value).toBe(0.94);
    expect(p50.sharedKWh).toBeCloseTo(4380, 6);
    expect(p90.sharedKWh).toBeCloseTo(4117.2, 6);
    expect(p50.year1IncentiveEur).toBeCloseTo(569.4, 1);
    expect(p90.year1IncentiveEur).toBeCloseTo(535.24, 1);
    expect(p50.year1IncentiveEur - p90.year1IncentiveEur).toBeCloseTo(34.16, 1);
    // The energy sale follows production too (all of it injected): 6% less.
    expect(p90.year1EnergySaleEur / p50.year1EnergySaleEur).toBeCloseTo(0.94, 3);
  });

  it('keeps the P90 incentive when shared energy is capped by withdrawals', async () => {
    // 1 kWh/h injected, 0.7 withdrawn: P90 injects 0.94, still above 0.7 → same shared energy.
    const e = (await runScenario(project(1))).configurations[0]!.economics!;
    const [p50, p90] = ['P50', 'P90'].map((n) => e.scenarios.find((s) => s.name === n)!);
    expect(p90!.sharedKWh).toBeCloseTo(p50!.sharedKWh, 6);
    expect(p90!.year1IncentiveEur).toBe(p50!.year1IncentiveEur);
    expect(p90!.year1EnergySaleEur).toBeLessThan(p50!.year1EnergySaleEur);
  });

  it('re-prices the AUC avoided losses in the zonal-price scenarios', async () => {
    const input = project(0.5);
    input.community = community('AUC');
    const e = (await runScenario(input)).configurations[0]!.economics!;
    const [base, low] = ['P50', 'Pz low'].map((n) => e.scenarios.find((s) => s.name === n)!);
    // Losses 4,380 kWh × 2.6% × Pz: 30% lower prices take 30% of them off the valorisation.
    const delta = 0.3 * e.valorisation.avoidedLossesEur;
    expect(base!.year1ValorisationEur - low!.year1ValorisationEur).toBeCloseTo(delta, 1);
  });
});
