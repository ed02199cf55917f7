import { describe, expect, it } from 'vitest';
import { RULES } from '../../../core/rules/registry';
import { RULE_EFFECTS, findingEffect } from '../../../core/rules/effects';
import type { Finding } from '../../../core/rules/types';

const f = (ruleId: string, effect?: Finding['effect']): Finding => ({
  ruleId,
  severity: 'blocking',
  entity: { kind: 'member', id: 1 },
  message: { code: 'rules.local.fix', params: { title: '' } },
  source: '',
  fix: { code: 'rules.local.fix', params: { title: '' } },
  ...(effect ? { effect } : {}),
});

describe('what findings do to the money', () => {
  it('classifies every national rule, and nothing else', () => {
    expect(Object.keys(RULE_EFFECTS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  it('excludes by nature, keeps tasks as conditions', () => {
    expect(findingEffect(f('member.excluded-ateco'))).toBe('excludes');
    expect(findingEffect(f('cer.member-category'))).toBe('excludes');
    expect(findingEffect(f('plant.max-power'))).toBe('excludes');
    expect(findingEffect(f('format.censimp'))).toBe('condition');
    expect(findingEffect(f('config.referent'))).toBe('condition');
    expect(findingEffect(f('filing.retroactivity-window'))).toBe('condition');
    // A finding may say otherwise than its rule; local rules are conditions.
    expect(findingEffect(f('cer.plant-after-constitution', 'condition'))).toBe('condition');
    expect(findingEffect(f('local.milano-power'))).toBe('condition');
  });
});
