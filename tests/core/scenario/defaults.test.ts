import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runScenario } from '../../../core/scenario/run';
import { SCENARIO_DEFAULTS, type ScenarioDefaults } from '../../../core/scenario/defaults';
import type { ScenarioInput } from '../../../core/scenario/types';
import { loadEconomicsParameters } from '../../../core/api/node/parameters-loader';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import { REPO_ROOT } from '../../helpers/tmp';
import { textIn } from '../../../core/model/messages';

const HOURS = 8760;
const constant = (v: number) => new Float64Array(HOURS).fill(v);
const economics = loadEconomicsParameters(path.join(REPO_ROOT, 'resources'), 2025);

/** The two-member, 10 kWp case of economics.test.ts, whose Lombardia incentive is 797.14 €. */
function project(region: string, kWp = 10): ScenarioInput {
  return {
    community: { name: 'T', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region, referenceYear: 2025 },
    configurations: [{ id: 1, name: 'Centro', substationCode: '' }],
    members: [
      { ...defaultMember('A'), id: 1, configurationId: 1 },
      { ...defaultMember('B'), id: 2, configurationId: 1, category: 'sme' },
    ],
    plants: [{ ...defaultPlant('FV'), id: 10, kWp, configurationId: 1 }],
    stepMinutes: 60,
    loadCurves: new Map([
      [1, constant(0.3)],
      [2, constant(0.4)],
    ]),
    productionSeries: new Map([[10, constant(1)]]),
    economics,
  };
}

const assumptionsOf = (r: Awaited<ReturnType<typeof runScenario>>) => r.configurations[0]!.economics!.assumptions.map((a) => textIn(a, 'en'));

describe('defaults of a run are stated, never silent', () => {
  it('a community without region runs on the assumed region, and says so with its source', async () => {
    const r = await runScenario(project(''));
    const e = r.configurations[0]!.economics!;
    expect(e.marketZone).toBe('NORD');
    expect(e.incentiveEur).toBe(797.14); // as for Lombardia itself
    expect(assumptionsOf(r)).toContain(`Community region not set: Lombardia assumed (${SCENARIO_DEFAULTS.region.source})`);
    const named = await runScenario(project('Lombardia'));
    expect(assumptionsOf(named).some((a) => a.includes('region'))).toBe(false);
  });

  it('an unknown region no longer breaks the incentive: the assumed region applies to prices, TIP and advances', async () => {
    const r = await runScenario(project('Atlantide'));
    expect(r.configurations[0]!.economics!.incentiveEur).toBe(797.14);
    expect(assumptionsOf(r)).toContain(`Region "Atlantide" not recognised: Lombardia assumed (${SCENARIO_DEFAULTS.region.source})`);
  });

  it('the host may state other defaults: region and the cost above the PNRR caps', async () => {
    const defaults: ScenarioDefaults = {
      ...SCENARIO_DEFAULTS,
      region: { value: 'Sicilia', source: 'test' },
      capexAboveCapsEurPerKw: { value: 900, source: 'test quote' },
    };
    const r = await runScenario({ ...project('', 1200), defaults });
    const e = r.configurations[0]!.economics!;
    expect(e.marketZone).toBe('SICI');
    // 1,200 kW is above the 1,000 kW top band: 1,200 kW × 900 €/kW = 1,080,000 €.
    expect(e.capexEur).toBe(1_080_000);
    expect(assumptionsOf(r)).toContain('FV: 1,200 kW above the PNRR power classes, investment assumed at 900 €/kW (test quote)');
    // With the shipped default: 1,200 × 1,000 €/kW.
    expect((await runScenario(project('Lombardia', 1200))).configurations[0]!.economics!.capexEur).toBe(1_200_000);
  });

  it('a public-lighting member without coordinates is placed at the stated site, with a warning', async () => {
    const input = project('Lombardia');
    input.loadCurves = new Map([[1, constant(0.3)]]);
    input.members[1] = { ...input.members[1]!, loadProfile: 'public_lighting', lat: null, lon: null };
    const r = await runScenario(input);
    expect(r.warnings.map((w) => textIn(w, 'en'))).toContain(
      `Members with a lighting shape and no coordinates (1: B): sunrise and sunset taken at 42.5°N 12.5°E (${SCENARIO_DEFAULTS.memberSite.source})`,
    );
  });
});

describe('wind hub height', () => {
  it('a wind plant without hub height runs at the stated default and the run says so', async () => {
    const input = project('Lombardia');
    input.productionSeries = new Map();
    input.plants[0] = { ...input.plants[0]!, source: 'wind', hubHeightM: null, lat: 45, lon: 8 };
    const r = await runScenario(input);
    expect(r.warnings.map((w) => textIn(w, 'en'))).toContain(`FV: hub height not set, 18 m assumed (${SCENARIO_DEFAULTS.windHubHeightM.source})`);
  });
});
