import { describe, expect, it } from 'vitest';
import { divideSharing, SharingRuleError, type SharingResult, type SharingRule } from '../../../core/sharing';
import { cents, janConfiguration, member, monthsWith } from './fixtures';

const only = (rules: SharingRule[]) => ({ community: rules, configurations: {} });
const memberTotal = (r: SharingResult, id: number) => cents(r.members.find((m) => m.id === id)!.totalEur);
const groupTotal = (r: SharingResult, g: string) => cents(r.configurations[0]!.groups.find((x) => x.group === g)?.eur ?? 0);

function errorOf(f: () => unknown): SharingRuleError {
  try {
    f();
  } catch (e) {
    if (e instanceof SharingRuleError) return e;
    throw e;
  }
  throw new Error('no SharingRuleError');
}

describe('divideSharing: each rule, worked by hand', () => {
  it('costs first (€/yr, percent), then producers by injection, consumers by shared energy, equal quotas and a fund', () => {
    const r = divideSharing([janConfiguration()], only([
      { kind: 'cost', id: 'mgmt', group: 'management', eurPerYear: 120 },
      { kind: 'cost', id: 'res', group: 'reserve', percent: 5 }, // 5% of 1,100.00 = 55.00
      { kind: 'producers', id: 'prod', percent: 30, basis: 'injected' }, // 925.00 × 30% = 277.50 → 3:1
      { kind: 'consumers', id: 'cons', percent: 50 }, // 462.50 → 1:2:2
      { kind: 'equal', id: 'eq', percent: 10 }, // 92.50 / 3 = 30.833… → 30.84, 30.83, 30.83
      { kind: 'fund', id: 'soc', percent: 10, group: 'social-fund' }, // 92.50
    ]));
    expect(groupTotal(r, 'management')).toBe(12000);
    expect(groupTotal(r, 'reserve')).toBe(5500);
    // Plant 10: 277.50 × 3/4 = 208.125, plant 11: 69.375; the spare cent to the lower index on a tie.
    expect(groupTotal(r, 'third-party-producers')).toBe(6937);
    expect(groupTotal(r, 'social-fund')).toBe(9250);
    expect(memberTotal(r, 1)).toBe(9250 + 3084);
    expect(memberTotal(r, 2)).toBe(18500 + 3083);
    expect(memberTotal(r, 3)).toBe(20813 + 18500 + 3083);
    const all = r.members.reduce((s, m) => s + cents(m.totalEur), 0) + r.configurations[0]!.groups.reduce((s, g) => s + cents(g.eur), 0);
    expect(all).toBe(110000);
    expect(r.configurations[0]).toMatchObject({ incentiveEur: 1000, valorisationEur: 100, restrictedPotEur: 0 });
  });

  it('producers by the shared energy their plants produced', () => {
    const r = divideSharing([janConfiguration()], only([{ kind: 'producers', id: 'p', percent: 100, basis: 'shared-produced' }]));
    // 1,100.00 × 250/300 = 916.666… and × 50/300 = 183.333… → 916.67 and 183.33.
    expect(memberTotal(r, 3)).toBe(91667);
    expect(groupTotal(r, 'third-party-producers')).toBe(18333);
  });

  it('a fixed €/kWh to producers, then the rest by percent', () => {
    const r = divideSharing([janConfiguration()], only([
      { kind: 'producer-tariff', id: 't', eurPerKWh: 0.05, basis: 'injected' }, // 15.00 and 5.00
      { kind: 'consumers', id: 'c', percent: 100 }, // 1,080.00 → 216, 432, 432
    ]));
    expect(memberTotal(r, 3)).toBe(1500 + 43200);
    expect(groupTotal(r, 'third-party-producers')).toBe(500);
    expect(memberTotal(r, 1)).toBe(21600);
  });

  it('vulnerable households: a priority share and a weight', () => {
    const prio = divideSharing([janConfiguration()], only([
      { kind: 'vulnerable', id: 'v', percent: 20 }, // 220.00 all to member 2
      { kind: 'consumers', id: 'c', percent: 80 }, // 880.00 → 176, 352, 352
    ]));
    expect(memberTotal(prio, 2)).toBe(22000 + 35200);
    const weighted = divideSharing([janConfiguration()], only([{ kind: 'equal', id: 'e', percent: 100, vulnerableWeight: 2 }]));
    // Quotas 1:2:1 of 1,100.00.
    expect([1, 2, 3].map((id) => memberTotal(weighted, id))).toEqual([27500, 55000, 27500]);
    const byShared = divideSharing([janConfiguration()], only([{ kind: 'consumers', id: 'c', percent: 100, vulnerableWeight: 1.5 }]));
    // Weights 100 : 300 : 200 of 1,100.00.
    expect([1, 2, 3].map((id) => memberTotal(byShared, id))).toEqual([18333, 55000, 36667]);
  });

  it('a vulnerable share with no vulnerable household goes to the social fund, with a note', () => {
    const cfg = janConfiguration({ members: [member(1, 'citizen', 100), member(3, 'sme', 200)] });
    const r = divideSharing([cfg], only([{ kind: 'vulnerable', id: 'v', percent: 10 }, { kind: 'consumers', id: 'c', percent: 90 }]));
    expect(groupTotal(r, 'social-fund')).toBe(11000);
    expect(r.notes.map((n) => n.code)).toContain('sharing/no-recipient');
  });

  it('caps: the excess to members below the cap, then to the reserve', () => {
    const cfg = janConfiguration();
    // Consumers 1:2:2 of 1,100.00 = 220, 440, 440; cap 300 → 140 + 140 excess to member 1 → 500 > 300 → reserve.
    const r = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 100 }, { kind: 'limits', id: 'lim', capEurPerYear: 300 }]));
    expect([1, 2, 3].map((id) => memberTotal(r, id))).toEqual([30000, 30000, 30000]);
    expect(groupTotal(r, 'reserve')).toBe(20000);
    const r2 = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 100 }, { kind: 'limits', id: 'lim', capEurPerYear: 400 }]));
    // 40 + 40 excess go to member 1: 220 + 80 = 300 ≤ 400.
    expect([1, 2, 3].map((id) => memberTotal(r2, id))).toEqual([30000, 40000, 40000]);
  });

  it('floors: made up in the last paid month from the members above theirs', () => {
    const cfg = janConfiguration({ members: [member(1, 'citizen', 10), member(2, 'citizen', 90)], monthlyValorisationEur: monthsWith({}), monthlyIncentiveEur: monthsWith({ 0: 200 }) });
    // 20 and 180; floor 50: 30 moved from member 2.
    const r = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 100 }, { kind: 'limits', id: 'f', floorEurPerYear: 50 }]));
    expect([memberTotal(r, 1), memberTotal(r, 2)]).toEqual([5000, 15000]);
  });
});

describe('the €50 minimum payment [RO p.39]', () => {
  it('months under €50 are carried forward; the year-end remainder stays in the carried-forward group', () => {
    const cfg = janConfiguration({
      members: [member(1, 'citizen', 100)],
      monthlyIncentiveEur: monthsWith({ 0: 30, 1: 30, 3: 45, 4: 10, 11: 20 }),
      monthlyValorisationEur: monthsWith({}),
    });
    const r = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 100 }]));
    expect(r.configurations[0]!.paidMonths).toEqual(monthsWith({ 1: 60, 4: 55 }));
    expect(r.members[0]!.months).toEqual(monthsWith({ 1: 60, 4: 55 }));
    expect(groupTotal(r, 'carried-forward')).toBe(2000);
  });

  it('yearly costs are spread over the paid months only', () => {
    const cfg = janConfiguration({ members: [member(1, 'citizen', 100)], monthlyIncentiveEur: monthsWith({ 0: 30, 1: 30, 2: 100 }), monthlyValorisationEur: monthsWith({}) });
    const r = divideSharing([cfg], only([{ kind: 'cost', id: 'm', group: 'management', eurPerYear: 10.01 }, { kind: 'consumers', id: 'c', percent: 100 }]));
    const mgmt = r.configurations[0]!.groups.find((g) => g.group === 'management')!;
    expect(mgmt.months.map(cents)).toEqual(monthsWith({ 1: 501, 2: 500 }));
  });
});

describe('the 55/45 restricted pot [RO p.39]', () => {
  const cfg = janConfiguration({ restrictedPotEur: 300, monthlyValorisationEur: monthsWith({}), members: [member(1, 'citizen', 100), member(3, 'sme', 400)], plants: [] });

  it('is refused when the rules would pay it to an enterprise, naming the rule', () => {
    const e = errorOf(() => divideSharing([cfg], only([{ kind: 'consumers', id: 'consumatori', percent: 100 }])));
    expect(e.problems[0]).toMatchObject({ code: 'sharing/restricted-to-enterprise', ruleId: 'consumatori', substation: 'AC001E00934' });
    expect(e.problems[0]!.en).toContain('"consumatori" 800.00 €');
    expect(e.problems[0]!.it).toContain('300.00 €');
  });

  it('is labelled on non-enterprise consumers and social funds when they cover it', () => {
    const r = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 50 }, { kind: 'fund', id: 'f', percent: 50, group: 'social-fund' }]));
    // Eligible: member 1 100.00 + fund 500.00; the 300.00 pot pro rata → 50.00 and 250.00.
    expect(r.members.find((m) => m.id === 1)!.restrictedEur).toBe(50);
    expect(r.members.find((m) => m.id === 3)!.restrictedEur).toBe(0);
    expect(r.configurations[0]!.restrictedPotEur).toBe(300);
  });

  it('costs are paid from the free part only', () => {
    const r = divideSharing([cfg], only([{ kind: 'cost', id: 'm', group: 'management', eurPerYear: 800 }, { kind: 'fund', id: 'f', percent: 100, group: 'social-fund' }]));
    // 1,000.00 − 300.00 restricted = 700.00 free for the cost; the restricted 300.00 to the fund.
    expect(groupTotal(r, 'management')).toBe(70000);
    expect(groupTotal(r, 'social-fund')).toBe(30000);
    expect(r.notes.find((n) => n.code === 'sharing/cost-unpaid')!.en).toContain('100.00 €');
  });
});

describe('community and configuration rules', () => {
  it('community €/yr costs are apportioned by each configuration\'s money; each configuration adds its own rules', () => {
    const a = janConfiguration();
    const b = janConfiguration({ configurationId: 2, substation: 'AC001E00999', monthlyIncentiveEur: monthsWith({ 0: 2200 }), monthlyValorisationEur: monthsWith({}) });
    const r = divideSharing([a, b], {
      community: [{ kind: 'cost', id: 'platform', group: 'platform', eurPerYear: 99.99 }, { kind: 'fund', id: 'f', percent: 10, group: 'solidarity-fund' }],
      configurations: { AC001E00934: [{ kind: 'consumers', id: 'c', percent: 90 }], AC001E00999: [{ kind: 'equal', id: 'e', percent: 90 }] },
    });
    // 1,100 : 2,200 → 33.33 and 66.66.
    expect(r.configurations.map((c) => cents(c.groups.find((g) => g.group === 'platform')!.eur))).toEqual([3333, 6666]);
  });

  it('a set that does not apply (percentages ≠ 100 for a configuration) divides nothing and says which', () => {
    const e = errorOf(() => divideSharing([janConfiguration()], { community: [{ kind: 'consumers', id: 'c', percent: 60 }], configurations: {} }));
    expect(e.problems[0]).toMatchObject({ code: 'sharing/percent-not-100', ruleId: 'c', substation: 'AC001E00934' });
  });
});

describe('compareSharing', () => {
  it('who gains and loses, by member and category, in € and %', async () => {
    const { compareSharing } = await import('../../../core/sharing');
    const a = divideSharing([janConfiguration()], only([{ kind: 'consumers', id: 'c', percent: 100 }])); // 220, 440, 440
    const b = divideSharing([janConfiguration()], only([{ kind: 'equal', id: 'e', percent: 100 }])); // 366.67, 366.67, 366.66
    const cmp = compareSharing(a, b);
    expect(cmp.members.map((m) => [m.id, m.diffEur, m.diffPct])).toEqual([
      [1, 146.67, 66.67],
      [2, -73.33, -16.67],
      [3, -73.34, -16.67],
    ]);
    expect(cmp.categories).toEqual([
      { category: 'citizen', members: 2, aEur: 660, bEur: 733.34, diffEur: 73.34, diffPct: 11.11 },
      { category: 'sme', members: 1, aEur: 440, bEur: 366.66, diffEur: -73.34, diffPct: -16.67 },
    ]);
    expect([cmp.gainers, cmp.losers]).toEqual([1, 2]);
  });
});

describe('month by month', () => {
  it('each month is divided by that month\'s weights; a cap holds on the running yearly total', () => {
    const a = { ...member(1, 'citizen', 0), monthlySharedAsConsumerKWh: monthsWith({ 0: 100, 1: 0 }) };
    const b = { ...member(2, 'citizen', 0), monthlySharedAsConsumerKWh: monthsWith({ 0: 100, 1: 300 }) };
    const cfg = janConfiguration({ members: [a, b], plants: [], monthlyIncentiveEur: monthsWith({ 0: 100, 1: 400 }), monthlyValorisationEur: monthsWith({}) });
    const plain = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 100 }]));
    // January 50/50 of 100.00; February all to member 2 (member 1 shared nothing then).
    expect(plain.members.map((m) => m.months.slice(0, 2))).toEqual([[50, 0], [50, 400]]);
    const capped = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 100 }, { kind: 'limits', id: 'l', capEurPerYear: 300 }]));
    // Member 2 reaches 300 in February: 150.00 of its 400.00 go to member 1 (below the cap), the rest is within.
    expect(capped.members.map((m) => m.months.slice(0, 2))).toEqual([[50, 150], [50, 250]]);
  });
});

describe('GSE adjustments', () => {
  it('a negative month is netted into the running amount; a position owed back stays in carried-forward', () => {
    const cfg = janConfiguration({ members: [member(1, 'citizen', 100)], plants: [], restrictedPotEur: 20, monthlyIncentiveEur: monthsWith({ 0: 100, 1: -30, 2: 60, 11: -80 }), monthlyValorisationEur: monthsWith({}) });
    const r = divideSharing([cfg], only([{ kind: 'consumers', id: 'c', percent: 100 }]));
    // Jan 100 paid; Feb −30 → position −30; Mar +60 → 30 < 50 carried; Dec −80 → −50 owed.
    expect(r.configurations[0]!.paidMonths).toEqual(monthsWith({ 0: 100 }));
    expect(groupTotal(r, 'carried-forward')).toBe(-5000);
    expect(memberTotal(r, 1)).toBe(10000);
    expect(r.members[0]!.restrictedEur).toBeLessThanOrEqual(20);
  });
});
