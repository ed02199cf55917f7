import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocalRulesError, parseLocalRulePreset, parseLocalRules } from '../../../core/rules/local';
import type { LocalRuleSpec } from '../../../core/rules/local-types';
import { member, of, plant, run, validCer } from './fixtures';
import { formatMessage } from '../../../core/model/messages';

const PRESET = new URL('../../../resources/rules/presets/milano-cer-ca-mi.json', import.meta.url);
const milan = () => parseLocalRulePreset(JSON.parse(readFileSync(PRESET, 'utf8')));

const base = { title: { it: 't', en: 't' }, source: 'test scheme' };

function withRules(rules: LocalRuleSpec[]) {
  const p = validCer();
  p.localRules = parseLocalRules(rules);
  return p;
}

describe('Milan CER.ca.Mi preset', () => {
  it('parses', () => {
    const preset = milan();
    expect(preset.rules.map((r) => r.kind)).toEqual(['plantPowerRange', 'plantCommissionedAfterConstitution']);
  });
  it('accepts a 50 kW plant connected after the 14/10/2024 constitution', () => {
    const p = validCer();
    p.community.constitutionDate = '2024-10-14';
    p.plants[0]!.commissioningDate = '2024-11-20';
    p.localRules = milan().rules;
    expect(run(p).filter((f) => f.ruleId.startsWith('local.'))).toEqual([]);
  });
  it('rejects a 6 kW plant and a plant connected on the constitution day', () => {
    const p = validCer();
    p.community.constitutionDate = '2024-10-14';
    p.plants = [plant(1, { kWp: 6, commissioningDate: '2024-11-20' }), plant(2, { kWp: 100, commissioningDate: '2024-10-14', pod: 'IT001E00000002', ownerMemberId: 2 })];
    p.localRules = milan().rules;
    const f = run(p);
    expect(of(f, 'local.milano-plant-power').map((x) => x.entity.id)).toEqual([1]);
    expect(of(f, 'local.milano-after-constitution').map((x) => x.entity.id)).toEqual([2]);
    expect(of(f, 'local.milano-plant-power')[0]!.source).toContain('Milano');
  });
});

describe('local rule kinds: pass and fail', () => {
  const cases: { spec: LocalRuleSpec; fail: (p: ReturnType<typeof validCer>) => void }[] = [
    { spec: { ...base, id: 'power', kind: 'plantPowerRange', params: { maxKw: 100 } }, fail: (p) => { p.plants[0]!.kWp = 150; } },
    { spec: { ...base, id: 'after', kind: 'plantCommissionedAfterConstitution', params: { allowSameDay: true } }, fail: (p) => { p.plants[0]!.commissioningDate = '2024-05-31'; } },
    { spec: { ...base, id: 'cats', kind: 'memberCategoryAllowed', params: { categories: ['citizen', 'sme', 'local_authority'] } }, fail: (p) => { p.members[0]!.category = 'religious_body'; } },
    { spec: { ...base, id: 'max', kind: 'maxMembers', params: { max: 3 } }, fail: (p) => { p.members.push(member(4, { configurationId: null, pods: [] })); } },
    { spec: { ...base, id: 'towns', kind: 'municipalityIn', params: { municipalities: ['Borgo'], appliesTo: 'both' } }, fail: (p) => { p.plants[0]!.municipality = 'Altrove'; } },
    { spec: { ...base, id: 'src', kind: 'plantSourceAllowed', params: { sources: ['pv'] } }, fail: (p) => { p.plants[0]!.source = 'wind'; } },
  ];
  for (const c of cases) {
    it(c.spec.kind, () => {
      const ok = withRules([c.spec]);
      expect(of(run(ok), `local.${c.spec.id}`)).toEqual([]);
      const bad = withRules([c.spec]);
      c.fail(bad);
      const f = of(run(bad), `local.${c.spec.id}`);
      expect(f).toHaveLength(1);
      expect(f[0]!.severity).toBe('blocking');
      expect(f[0]!.source).toBe('test scheme');
    });
  }
  it('names categories and sources as the reader says them, not by their codes', () => {
    const cats = withRules([cases[2]!.spec]);
    cases[2]!.fail(cats);
    const c = of(run(cats), 'local.cats')[0]!.message;
    expect(formatMessage(c, 'it')).toMatch(/Ente religioso.*Persona fisica, PMI, Ente locale/);
    expect(formatMessage(c, 'en')).toMatch(/Religious body.*Natural person, SME, Local authority/);
    expect(formatMessage(c, 'it')).not.toMatch(/religious_body|citizen|local_authority/);
    const src = withRules([cases[5]!.spec]);
    cases[5]!.fail(src);
    expect(formatMessage(of(run(src), 'local.src')[0]!.message, 'it')).toMatch(/fonte eolico\) non è tra le fonti ammesse \(fotovoltaico\)/);
  });
  it('honours severity and configurationIds', () => {
    const p = withRules([{ ...base, id: 'power', kind: 'plantPowerRange', params: { maxKw: 10 }, severity: 'warning', configurationIds: [1] }]);
    expect(of(run(p), 'local.power').map((f) => f.severity)).toEqual(['warning']);
    p.localRules = [{ ...base, id: 'power', kind: 'plantPowerRange', params: { maxKw: 10 }, configurationIds: [2] }];
    expect(of(run(p), 'local.power')).toEqual([]);
  });
});

describe('local rule validation', () => {
  const bad = (r: unknown) => {
    try {
      parseLocalRules([r]);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(LocalRulesError);
      return (e as LocalRulesError).problems;
    }
  };
  it('rejects unknown kinds, bad params, missing title/source', () => {
    expect(bad({ ...base, id: 'x', kind: 'nope', params: {} })[0]).toContain('unknown kind');
    expect(bad({ ...base, id: 'x', kind: 'plantPowerRange', params: { minKw: 20, maxKw: 10 } })[0]).toContain('minKw > maxKw');
    expect(bad({ ...base, id: 'x', kind: 'memberCategoryAllowed', params: { categories: ['martian'] } })[0]).toContain('categories');
    expect(bad({ id: 'x', kind: 'maxMembers', params: { max: 3 } })).toEqual(expect.arrayContaining(['rules[0]: title {it,en} required', 'rules[0]: source required']));
    expect(bad({ ...base, id: 'Bad Id', kind: 'maxMembers', params: { max: 3 } })[0]).toContain('kebab-case');
  });
  it('rejects duplicate ids', () => {
    expect(() => parseLocalRules([
      { ...base, id: 'a', kind: 'maxMembers', params: { max: 3 } },
      { ...base, id: 'a', kind: 'maxMembers', params: { max: 4 } },
    ])).toThrow(/duplicate/);
  });
});
