import { describe, expect, it } from 'vitest';
import { buildLocalRule, localRuleId, problemToFieldError, splitList, suggestTitle, type LocalRuleDraft } from '../../../core/rules/local-form';
import { parseLocalRules } from '../../../core/rules/local';
import type { LocalRuleSpec } from '../../../core/rules/local-types';
import { of, plant, run, validCer } from './fixtures';
import { textIn } from '../../../core/model/messages';

const draft = (over: Partial<LocalRuleDraft>): LocalRuleDraft => ({
  kind: 'plantPowerRange',
  title: 'Impianti da 10 a 1.000 kW',
  source: 'Bando comunale 2025',
  severity: 'blocking',
  configurationIds: [],
  ...over,
});

const fields = (d: LocalRuleDraft, existing: LocalRuleSpec[] = []) => {
  const r = buildLocalRule(d, existing);
  return r.ok ? [] : r.errors.map((e) => e.field);
};

describe('buildLocalRule', () => {
  it('builds a plant power range the engine accepts and evaluates', () => {
    const r = buildLocalRule(draft({ minKw: 10, maxKw: 1000 }), []);
    expect(r.ok).toBe(true);
    if (!r.ok) throw new Error('expected a rule');
    expect(r.spec).toEqual({
      id: 'impianti-da-10-a-1-000-kw',
      kind: 'plantPowerRange',
      params: { minKw: 10, maxKw: 1000 },
      title: { it: 'Impianti da 10 a 1.000 kW', en: 'Impianti da 10 a 1.000 kW' },
      source: 'Bando comunale 2025',
      severity: 'blocking',
    });
    const p = validCer();
    p.plants = [plant(1, { kWp: 5 })];
    p.localRules = r.rules;
    expect(of(run(p), `local.${r.spec.id}`).map((x) => x.entity.id)).toEqual([1]);
  });

  it('builds every kind', () => {
    const cases: Partial<LocalRuleDraft>[] = [
      { kind: 'plantPowerRange', maxKw: 200 },
      { kind: 'plantCommissionedAfterConstitution', allowSameDay: true },
      { kind: 'memberCategoryAllowed', categories: ['citizen', 'sme'] },
      { kind: 'maxMembers', max: 50 },
      { kind: 'municipalityIn', municipalities: 'Milano; Sesto San Giovanni,\nMonza', appliesTo: 'members' },
      { kind: 'plantSourceAllowed', sources: ['pv'] },
    ];
    let rules: LocalRuleSpec[] = [];
    for (const c of cases) {
      const r = buildLocalRule(draft({ title: 'Regola', ...c, configurationIds: [1], severity: 'warning' }), rules);
      expect(r.ok, String(c.kind)).toBe(true);
      if (r.ok) rules = r.rules;
    }
    expect(rules.map((r) => r.id)).toEqual(['regola', 'regola-2', 'regola-3', 'regola-4', 'regola-5', 'regola-6']);
    expect(rules.map((r) => r.params)).toEqual([
      { maxKw: 200 },
      { allowSameDay: true },
      { categories: ['citizen', 'sme'] },
      { max: 50 },
      { municipalities: ['Milano', 'Sesto San Giovanni', 'Monza'], appliesTo: 'members' },
      { sources: ['pv'] },
    ]);
    expect(rules.every((r) => r.severity === 'warning' && r.configurationIds?.[0] === 1)).toBe(true);
    expect(() => parseLocalRules(rules)).not.toThrow();
  });

  it('names the field of each problem', () => {
    expect(fields(draft({}))).toEqual(['minKw']);
    expect(fields(draft({ minKw: 'dieci', maxKw: 5 }))).toEqual(['minKw']);
    expect(fields(draft({ minKw: 100, maxKw: 10 }))).toEqual(['maxKw']);
    expect(fields(draft({ minKw: -1 }))).toEqual(['minKw']);
    expect(fields(draft({ kind: 'maxMembers', max: 2.5 }))).toEqual(['max']);
    expect(fields(draft({ kind: 'maxMembers' }))).toEqual(['max']);
    expect(fields(draft({ kind: 'memberCategoryAllowed', categories: [] }))).toEqual(['categories']);
    expect(fields(draft({ kind: 'municipalityIn', municipalities: ' , ', appliesTo: 'both' }))).toEqual(['municipalities']);
    expect(fields(draft({ kind: 'municipalityIn', municipalities: 'Milano', appliesTo: 'all' }))).toEqual(['appliesTo']);
    expect(fields(draft({ kind: 'plantSourceAllowed', sources: [] }))).toEqual(['sources']);
    expect(fields(draft({ kind: 'plantSourceAllowed', sources: ['coal'] }))).toEqual(['sources']);
    expect(fields(draft({ title: ' ', source: '', maxKw: 10 }))).toEqual(['source']); // title made from the parameters
    expect(fields(draft({ title: '', kind: 'maxMembers' }))).toEqual(['title', 'max']);
    expect(fields(draft({ severity: 'fatal', maxKw: 10 }))).toEqual(['severity']);
    expect(fields(draft({ kind: 'nonsense' }))).toEqual(['kind']);
  });

  it('gives each error an Italian and an English message', () => {
    const r = buildLocalRule(draft({ minKw: 100, maxKw: 10 }), []);
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected errors');
    expect(textIn(r.errors[0]!.message, 'it')).toBe('è minore della potenza minima');
    expect(textIn(r.errors[0]!.message, 'en')).toBe('is below the minimum power');
    expect(r.errors[0]!.problem).toBe('minKw > maxKw');
  });

  it('keeps the existing rules first and unchanged', () => {
    const existing = parseLocalRules([{ id: 'impianti-da-10-a-1-000-kw', kind: 'maxMembers', params: { max: 3 }, title: { it: 'x', en: 'x' }, source: 's' }]);
    const r = buildLocalRule(draft({ minKw: 10 }), existing);
    expect(r.ok && r.rules.map((x) => x.id)).toEqual(['impianti-da-10-a-1-000-kw', 'impianti-da-10-a-1-000-kw-2']);
  });
});

describe('suggestTitle', () => {
  it('names the rule from its parameters in both languages when no title is typed', () => {
    expect(suggestTitle(draft({ minKw: 10, maxKw: 1000 }))).toEqual({ it: 'Impianti da 10 a 1000 kW', en: 'Plants from 10 to 1,000 kW' });
    expect(suggestTitle(draft({ maxKw: 200.5 }))).toEqual({ it: 'Impianti fino a 200,5 kW', en: 'Plants up to 200.5 kW' });
    expect(suggestTitle(draft({ kind: 'memberCategoryAllowed', categories: ['citizen', 'sme'] }))!.it).toBe('Membri ammessi: cittadini, PMI');
    expect(suggestTitle(draft({ kind: 'municipalityIn', municipalities: 'Milano, Monza' }))!.en).toBe('Only in the municipalities: Milano, Monza');
    expect(suggestTitle(draft({ kind: 'plantSourceAllowed', sources: [] }))).toBeNull();
    const r = buildLocalRule(draft({ title: '', minKw: 10, maxKw: 1000 }), []);
    expect(r.ok && r.spec).toMatchObject({ id: 'impianti-da-10-a-1000-kw', title: { it: 'Impianti da 10 a 1000 kW', en: 'Plants from 10 to 1,000 kW' } });
  });
});

describe('helpers', () => {
  it('makes kebab-case ids without accents, falling back to the kind', () => {
    expect(localRuleId('Città: solo FV!', 'plantSourceAllowed', [])).toBe('citta-solo-fv');
    expect(localRuleId('***', 'plantSourceAllowed', [])).toBe('plant-source-allowed');
    expect(localRuleId('a', 'maxMembers', ['a', 'a-2'])).toBe('a-3');
  });
  it('splits lists and maps unknown problems to no field', () => {
    expect(splitList('a, b;c\n\n')).toEqual(['a', 'b', 'c']);
    expect(problemToFieldError('something else')).toMatchObject({ field: null, message: { it: 'something else' } });
  });
});
