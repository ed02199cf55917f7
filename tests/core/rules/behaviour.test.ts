import { describe, expect, it } from 'vitest';
import { checkProject, isEligible } from '../../../core/rules/check';
import { addMonths } from '../../../core/rules/dates';
import { RULES, listRules } from '../../../core/rules/registry';
import { buildContext } from '../../../core/rules/context';
import { config, loadThresholds, member, of, plant, run, validAuc, validCer } from './fixtures';
import { validPnrr } from './scenarios';
import { formatMessage, textIn } from '../../../core/model/messages';

describe('CER plants before the constitution [RO p.9]', () => {
  const early = (over: Parameters<typeof plant>[1]) => {
    const p = validCer();
    p.plants[0] = plant(1, { commissioningDate: '2023-12-01', ...over });
    p.configurations[0]!.filingDate = '2024-07-01';
    return p;
  };
  it('pre-24/01/2024 plant with documents and timely request: warning only', () => {
    expect(of(run(early({ builtForCerDocumented: true })), 'cer.plant-after-constitution').map((f) => f.severity)).toEqual(['warning']);
  });
  it('pre-24/01/2024 plant without documents: blocking', () => {
    expect(of(run(early({})), 'cer.plant-after-constitution').map((f) => f.severity)).toEqual(['blocking']);
  });
  it('pre-24/01/2024 plant filed after portal opening + 120 days: blocking', () => {
    const p = early({ builtForCerDocumented: true });
    p.configurations[0]!.filingDate = '2024-08-07';
    expect(of(run(p), 'cer.plant-after-constitution').map((f) => f.severity)).toEqual(['blocking']);
  });
  it('CER not constituted while the plant is in operation: blocking', () => {
    const p = validCer();
    p.community.constitutionDate = null;
    expect(of(run(p), 'cer.plant-after-constitution')).toHaveLength(1);
  });
  it('same day as the constitution is allowed by the national rule', () => {
    const p = validCer();
    p.plants[0]!.commissioningDate = '2024-06-01';
    expect(of(run(p), 'cer.plant-after-constitution')).toEqual([]);
  });
  it('does not apply to AUC', () => {
    const p = validAuc();
    p.plants[0]!.commissioningDate = '2024-01-01';
    expect(of(run(p), 'cer.plant-after-constitution')).toEqual([]);
  });
});

describe('120-day filing window [RO p.33]', () => {
  it('info with the deadline when not filed yet', () => {
    const p = validCer();
    p.configurations[0]!.filingDate = null;
    const f = of(run(p, { today: '2024-08-01' }), 'filing.retroactivity-window');
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(formatMessage(f[0]!.message, 'en')).toContain('29/10/2024'); // 01/07/2024 + 120 days
  });
  it('warning when the deadline has passed without filing', () => {
    const p = validCer();
    p.configurations[0]!.filingDate = null;
    expect(of(run(p, { today: '2024-11-15' }), 'filing.retroactivity-window').map((x) => x.severity)).toEqual(['warning']);
  });
  it('counts from the portal opening for plants in operation before it', () => {
    const p = validCer();
    p.community.constitutionDate = '2024-01-30';
    p.plants[0]!.commissioningDate = '2024-02-01';
    p.configurations[0]!.filingDate = '2024-08-06'; // 08/04/2024 + 120 days
    expect(of(run(p), 'filing.retroactivity-window')).toEqual([]);
    p.configurations[0]!.filingDate = '2024-08-07';
    expect(of(run(p), 'filing.retroactivity-window')).toHaveLength(1);
  });
  it('ignores existing plants', () => {
    const p = validCer();
    p.plants[0]!.existing = true;
    p.configurations[0]!.filingDate = '2026-01-01';
    expect(of(run(p), 'filing.retroactivity-window')).toEqual([]);
  });
});

describe('plant power', () => {
  it('sums same-source plants on the same POD for the 1 MW limit [RO p.10]', () => {
    const p = validCer();
    p.plants = [plant(1, { kWp: 600 }), plant(2, { kWp: 500 })];
    const f = of(run(p), 'plant.max-power');
    expect(f.map((x) => x.entity.id).sort()).toEqual([1, 2]);
    p.plants[1]!.source = 'wind';
    expect(of(run(p), 'plant.max-power')).toEqual([]);
  });
  it('uses the upgrading section for power and dates [RO p.11]', () => {
    const p = validCer();
    p.plants[0] = plant(1, { kWp: 1500, commissioningDate: '2015-05-01', upgradedSectionKw: 200, upgradedSectionCommissioningDate: '2024-07-01' });
    const f = run(p);
    expect(of(f, 'plant.max-power')).toEqual([]);
    expect(of(f, 'plant.commissioning-date')).toEqual([]);
    expect(of(f, 'plant.upgrade-section').map((x) => x.severity)).toEqual(['info']);
  });
  it('excludes plants from 42-bis configurations from the 30% cap [RO p.47]', () => {
    const p = validCer();
    p.plants.push(plant(2, { kWp: 30, existing: true, commissioningDate: '2019-05-01', pod: 'IT001E00000002', ownerMemberId: 2, from42bisConfiguration: true }));
    expect(of(run(p), 'cer.existing-power-share')).toEqual([]);
  });
});

describe('primary substation [RO p.6]', () => {
  it('warns when a point could not be located', () => {
    const p = validCer();
    p.members[0]!.locatedSubstationCode = null;
    expect(of(run(p), 'point.substation-area').map((f) => [f.severity, f.entity.kind, f.entity.id])).toEqual([['warning', 'member', 1]]);
  });
  it('blocks a configuration without code whose points span several areas', () => {
    const p = validCer();
    p.configurations[0]!.substationCode = '';
    p.plants[0]!.locatedSubstationCode = 'AC002E00001';
    const f = of(run(p), 'point.substation-area');
    expect(f.map((x) => [x.severity, x.entity.kind])).toEqual([['blocking', 'configuration']]);
  });
  it('flags a code of the wrong shape', () => {
    const p = validCer();
    p.configurations[0]!.substationCode = 'cabina 9';
    p.members.forEach((m) => { m.locatedSubstationCode = 'cabina 9'; });
    p.plants[0]!.locatedSubstationCode = 'cabina 9';
    expect(of(run(p), 'config.substation-code').map((f) => f.severity)).toEqual(['warning']);
    expect(of(run(p), 'point.substation-area')).toEqual([]);
  });
});

describe('members', () => {
  it('AUC: ATECO exclusion applies to non-household parties [RO p.19]', () => {
    const p = validAuc();
    p.members[2]!.ateco = '35.14';
    const f = of(run(p), 'member.excluded-ateco');
    expect(f.map((x) => x.source)).toEqual(['[RO p.19]']);
  });
  it('AID: ATECO exclusion does not apply', () => {
    const p = validCer();
    p.community.type = 'AID';
    p.members = [member(1, { category: 'sme', ateco: '35.11.00' })];
    p.plants = [plant(1, { ownerMemberId: 1, pod: 'IT001E00000099' })];
    p.configurations[0]!.referent = { kind: 'member', memberId: 1 };
    expect(of(run(p), 'member.excluded-ateco')).toEqual([]);
  });
  it('CER: large enterprises cannot be members even outside any configuration', () => {
    const p = validCer();
    p.members.push(member(9, { category: 'large_enterprise', configurationId: null, pods: [] }));
    expect(of(run(p), 'cer.member-category').map((f) => f.entity.id)).toEqual([9]);
  });
  it('a POD held by two members is flagged', () => {
    const p = validCer();
    p.members[1]!.pods = ['IT001E00000001'];
    expect(of(run(p), 'point.single-configuration').map((f) => f.entity.id).sort()).toEqual([1, 2]);
  });
});

describe('referent [RO pp.8, 16–21]', () => {
  it('accepts a CER member producer or customer, rejects an outsider', () => {
    const p = validCer();
    p.configurations[0]!.referent = { kind: 'member', memberId: 3 };
    expect(of(run(p), 'config.referent')).toEqual([]);
    p.configurations[0]!.referent = { kind: 'member', memberId: 42 };
    expect(of(run(p), 'config.referent').map((f) => f.severity)).toEqual(['blocking']);
  });
  it('requires UNI 11352 for a third-party producer', () => {
    const p = validCer();
    p.plants[0]!.ownerMemberId = null;
    p.plants[0]!.thirdPartyProducer = 'ESCO Srl';
    p.configurations[0]!.referent = { kind: 'third_party_producer', plantId: 1 };
    expect(of(run(p), 'config.referent')).toHaveLength(1);
    p.configurations[0]!.referent = { kind: 'third_party_producer', plantId: 1, escoUni11352: true };
    expect(of(run(p), 'config.referent')).toEqual([]);
  });
  it('warns when no referent is recorded', () => {
    const p = validCer();
    p.configurations[0]!.referent = null;
    expect(of(run(p), 'config.referent').map((f) => f.severity)).toEqual(['warning']);
  });
  it('blocks a referent member that is a firm in difficulty', () => {
    const p = validCer();
    p.members[1]!.firmInDifficulty = true;
    p.configurations[0]!.referent = { kind: 'member', memberId: 2 };
    expect(of(run(p), 'referent.exclusion')).toHaveLength(1);
  });
});

describe('PNRR', () => {
  it('population between 5,000 and 50,000: blocking per RO, warning with the DM 127/2025 option', () => {
    const p = validPnrr();
    p.plants[0]!.municipalityPopulation = 12000;
    const strict = of(run(p), 'pnrr.municipality-population');
    expect(strict.map((f) => [f.severity, f.source])).toEqual([['blocking', '[RO p.47]']]);
    expect(formatMessage(strict[0]!.message, 'en')).toContain('DM 127/2025');
    const relaxed = of(run(p, { pnrrPopulationLimit: 'dm127' }), 'pnrr.municipality-population');
    expect(relaxed.map((f) => f.severity)).toEqual(['warning']);
    expect(relaxed[0]!.source).toContain('127');
    p.plants[0]!.municipalityPopulation = 60000;
    expect(of(run(p, { pnrrPopulationLimit: 'dm127' }), 'pnrr.municipality-population').map((f) => f.severity)).toEqual(['blocking']);
  });
  it('falls back to the community population and warns when unknown', () => {
    const p = validPnrr();
    delete p.plants[0]!.municipalityPopulation;
    expect(of(run(p), 'pnrr.municipality-population')).toEqual([]);
    p.community.municipalityPopulation = null;
    expect(of(run(p), 'pnrr.municipality-population').map((f) => f.severity)).toEqual(['warning']);
  });
  it('commissioning within 18 months of admission', () => {
    const p = validPnrr();
    p.plants[0]!.pnrrAdmissionDate = '2024-01-15';
    expect(addMonths('2024-01-15', 18)).toBe('2025-07-15');
    expect(of(run(p), 'pnrr.commissioning-deadline')).toEqual([]);
    p.plants[0]!.commissioningDate = '2025-07-16';
    expect(of(run(p), 'pnrr.commissioning-deadline')).toHaveLength(1);
  });
  it('uses today for windows not yet acted on', () => {
    const p = validPnrr();
    p.plants[0]!.pnrrApplicationDate = null;
    p.plants[0]!.commissioningDate = null;
    p.configurations[0]!.filingDate = null;
    const f = run(p, { today: '2026-09-15' });
    expect(of(f, 'pnrr.application-window').map((x) => x.severity)).toEqual(['warning']);
    expect(of(f, 'pnrr.commissioning-deadline').map((x) => x.severity)).toEqual(['blocking']);
    expect(of(f, 'pnrr.final-request-deadline').map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('engine', () => {
  it('sorts blocking first and honours disabledRules', () => {
    const p = validCer();
    p.members[0]!.pods = ['bad'];
    p.plants[0]!.grantShare = 0.6;
    const f = run(p);
    const order = f.map((x) => x.severity);
    expect(order.indexOf('blocking')).toBeLessThan(order.indexOf('warning'));
    expect(isEligible(f)).toBe(false);
    const g = checkProject(p, loadThresholds(), { disabledRules: ['plant.capital-grant-share'] });
    expect(of(g, 'plant.capital-grant-share')).toEqual([]);
  });
  it('lists every rule once with bilingual title and source', () => {
    const rules = listRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(textIn(r.title, 'it').length * textIn(r.title, 'en').length).toBeGreaterThan(0);
      expect(r.source).toMatch(/\[RO p\.\d+\]/);
    }
  });
  it('a detached check still works', () => {
    const rule = RULES.find((r) => r.id === 'cer.min-members')!;
    const { check } = rule;
    const p = validCer();
    p.members = [member(3)];
    const f = check(buildContext(p, loadThresholds(), {}));
    expect(f.map((x) => x.ruleId)).toEqual(['cer.min-members']);
  });
  it('handles a project with dangling configuration ids', () => {
    const p = validCer();
    p.members.push(member(7, { configurationId: 99 }));
    p.plants.push(plant(7, { configurationId: 99, pod: 'IT001E00000077' }));
    p.configurations.push(config(2, { substationCode: AREA2 }));
    expect(() => run(p)).not.toThrow();
  });
});

const AREA2 = 'AC001E00999';
