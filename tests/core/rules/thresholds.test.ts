import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThresholds, ThresholdsError, THRESHOLD_SPEC } from '../../../core/rules/thresholds';
import { THRESHOLDS_PATH, loadThresholds } from './fixtures';

const raw = () => JSON.parse(readFileSync(THRESHOLDS_PATH, 'utf8')) as { schemaVersion: number; values: Record<string, Record<string, unknown>> };

function problemsOf(data: unknown): string[] {
  try {
    parseThresholds(data);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ThresholdsError);
    return (e as ThresholdsError).problems;
  }
}

describe('thresholds.json', () => {
  it('loads every key with a source and date', () => {
    const t = loadThresholds();
    expect(Object.keys(t.values).sort()).toEqual(Object.keys(THRESHOLD_SPEC).sort());
    expect(t.values.cerMaxExistingPowerShare).toBe(0.3);
    expect(t.values.excludedAtecoCodes).toEqual(['35.11.00', '35.14.00']);
    expect(t.meta.pnrrMunicipalityPopulationBelowDm127.secondary).toBe(true);
    expect(t.meta.pnrrMunicipalityPopulationBelow.secondary).toBe(false);
  });

  it('rejects a missing key', () => {
    const d = raw();
    delete d.values['filingWindowDays'];
    expect(problemsOf(d)).toContain('filingWindowDays: missing');
  });

  it('rejects wrong types, bad dates and missing sources', () => {
    const d = raw();
    d.values['cerMinMembers']!['value'] = 'two';
    d.values['minCommissioningDate']!['value'] = '16/12/2021';
    delete d.values['maxIncentivisedPlantKw']!['source'];
    d.values['podPattern']!['value'] = '([';
    const p = problemsOf(d);
    expect(p.some((s) => s.startsWith('cerMinMembers'))).toBe(true);
    expect(p.some((s) => s.startsWith('minCommissioningDate'))).toBe(true);
    expect(p).toContain('maxIncentivisedPlantKw: missing source');
    expect(p.some((s) => s.startsWith('podPattern'))).toBe(true);
  });

  it('rejects unknown keys, secondary values without a note, shares above 1', () => {
    const d = raw();
    d.values['surprise'] = { value: 1, source: 'x', sourceDate: '2024-01' };
    delete d.values['portalOpeningDate']!['note'];
    d.values['cerMaxExistingPowerShare']!['value'] = 30;
    const p = problemsOf(d);
    expect(p).toContain('surprise: unknown key');
    expect(p).toContain('portalOpeningDate: a secondary value needs a note');
    expect(p.some((s) => s.startsWith('cerMaxExistingPowerShare'))).toBe(true);
  });

  it('rejects a non-object and a wrong schema version', () => {
    expect(problemsOf(42)).toEqual(['root: expected an object']);
    const d = raw();
    d.schemaVersion = 2;
    expect(problemsOf(d)).toContain('schemaVersion: expected 1');
  });
});
