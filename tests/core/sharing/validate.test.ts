import { describe, expect, it } from 'vitest';
import { parseSharingRuleSet } from '../../../core/sharing';

const codes = (raw: unknown) => parseSharingRuleSet(raw).problems.map((p) => [p.code, p.ruleId]);

describe('parseSharingRuleSet', () => {
  it('accepts a composed set and keeps it as written', () => {
    const raw = {
      community: [
        { kind: 'cost', id: 'gse', group: 'gse-fees' },
        { kind: 'cost', id: 'mgmt', group: 'management', eurPerYear: 1200 },
        { kind: 'cost', id: 'res', group: 'reserve', percent: 3 },
        { kind: 'producer-tariff', id: 'tariff', eurPerKWh: 0.01, basis: 'injected' },
        { kind: 'fund', id: 'soc', percent: 10, group: 'social-fund' },
      ],
      configurations: { AC001E00934: [{ kind: 'producers', id: 'p', percent: 30, basis: 'shared-produced' }, { kind: 'consumers', id: 'c', percent: 50, vulnerableWeight: 1.5 }, { kind: 'equal', id: 'e', percent: 5 }, { kind: 'vulnerable', id: 'v', percent: 5 }, { kind: 'limits', id: 'l', capEurPerYear: 500, floorEurPerYear: 10 }] },
    };
    const { ruleSet, problems } = parseSharingRuleSet(raw);
    expect(problems).toEqual([]);
    expect(ruleSet).toEqual(raw);
  });

  it('percentages that do not add to 100: a message naming the rules and the sum', () => {
    const { problems } = parseSharingRuleSet({ community: [{ kind: 'consumers', id: 'consumatori', percent: 70 }, { kind: 'fund', id: 'fondo', percent: 20, group: 'social-fund' }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('sharing/percent-not-100');
    expect(problems[0]!.it).toContain('90% invece di 100%');
    expect(problems[0]!.en).toContain('"consumatori" 70%, "fondo" 20%');
  });

  it('negative amounts and wrong values: a message naming the rule', () => {
    expect(codes({ community: [{ kind: 'cost', id: 'gestione', group: 'management', eurPerYear: -5 }, { kind: 'consumers', id: 'c', percent: 100 }] })).toEqual([['sharing/negative', 'gestione']]);
    expect(codes({ community: [{ kind: 'consumers', id: 'c', percent: -10 }] })[0]).toEqual(['sharing/negative', 'c']);
    expect(codes({ community: [{ kind: 'producer-tariff', id: 't', eurPerKWh: 'x', basis: 'injected' }] })[0]).toEqual(['sharing/not-a-number', 't']);
    expect(codes({ community: [{ kind: 'bonus', id: 'b' }] })[0]).toEqual(['sharing/unknown-kind', 'b']);
    expect(codes({ community: [{ kind: 'cost', id: 'x', group: 'management', eurPerYear: 1, percent: 1 }] })[0]).toEqual(['sharing/cost-amount', 'x']);
    expect(codes({ community: [{ kind: 'limits', id: 'l', capEurPerYear: 10, floorEurPerYear: 20 }] })[0]).toEqual(['sharing/floor-above-cap', 'l']);
    expect(codes({ community: [{ kind: 'consumers', id: 'c', percent: 50 }, { kind: 'consumers', id: 'c', percent: 50 }] })[0]).toEqual(['sharing/duplicate-id', 'c']);
    const unnamed = parseSharingRuleSet({ community: [{ kind: 'consumers', percent: 100 }] }).problems[0]!;
    expect(unnamed.en).toContain('Rule community #1');
    expect(unnamed.it).toContain('Regola comunità n. 1');
  });

  it('checks every configuration with the community rules in front', () => {
    const { problems } = parseSharingRuleSet({
      community: [{ kind: 'fund', id: 'f', percent: 10, group: 'social-fund' }],
      configurations: { A: [{ kind: 'consumers', id: 'c', percent: 90 }], B: [{ kind: 'consumers', id: 'c', percent: 80 }] },
    });
    expect(problems.map((p) => [p.code, p.substation])).toEqual([['sharing/percent-not-100', 'B']]);
  });

  it('refuses what is not a rule set', () => {
    expect(codes(null)[0]![0]).toBe('sharing/not-an-object');
    expect(codes({ community: 'x' })[0]![0]).toBe('sharing/not-a-list');
  });
});
