import { describe, expect, it } from 'vitest';
import { RULES } from '../../../core/rules/registry';
import { of, run, validAid, validAuc, validCer } from './fixtures';
import { SCENARIOS, validPnrr } from './scenarios';
import { formatMessage } from '../../../core/model/messages';

describe('national rules: a passing and a failing project each', () => {
  it('covers every registered rule', () => {
    const covered = new Set(SCENARIOS.map((s) => s.ruleId));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const s of SCENARIOS) {
    describe(s.ruleId, () => {
      it('accepts the passing project', () => {
        expect(of(run(s.pass(), s.options), s.ruleId)).toEqual([]);
      });
      it(`flags the failing project (${s.severity})`, () => {
        const found = of(run(s.fail(), s.options), s.ruleId);
        expect(found.length).toBeGreaterThan(0);
        expect(found.map((f) => f.severity)).toContain(s.severity);
        for (const f of found) {
          for (const lang of ['it', 'en'] as const) {
            expect(formatMessage(f.message, lang)).not.toMatch(/^$|\{\w+\}/);
            expect(formatMessage(f.fix, lang)).not.toMatch(/^$|\{\w+\}/);
          }
          expect(f.source).not.toBe('');
        }
      });
    });
  }
});

describe('valid reference projects', () => {
  for (const [name, build] of [['CER', validCer], ['AUC', validAuc], ['AID', validAid], ['CER with PNRR', validPnrr]] as const) {
    it(`${name}: no blocking or warning finding`, () => {
      const bad = run(build()).filter((f) => f.severity !== 'info');
      expect(bad).toEqual([]);
    });
  }
});
