/**
 * Cent-exact totals on a generated community: 200 members in two configurations, 12 months of
 * awkward amounts, every rule kind at once. Every euro of each configuration's incentive and
 * valorisation lands in exactly one member or group, to the cent, month by month.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../core/model/prng';
import { divideSharing, type SharingConfigurationInput, type SharingRuleSet } from '../../../core/sharing';
import { cents } from './fixtures';

function generated(id: number, substation: string, memberIds: number[], rand: () => number): SharingConfigurationInput {
  const months = (scale: number) => Array.from({ length: 12 }, () => Math.round(rand() * scale * 100) / 100);
  return {
    configurationId: id,
    name: `C${id}`,
    substation,
    monthlyIncentiveEur: months(3000).map((x, m) => (m === 0 ? 31.17 : x)), // January under €50: carried
    monthlyValorisationEur: months(250).map((x, m) => (m === 0 ? 5 : x)),
    restrictedPotEur: 1234.56,
    gseFeesEurPerYear: 115,
    members: memberIds.map((mid, i) => ({
      id: mid,
      name: `M${mid}`,
      pod: '',
      category: i % 10 === 0 ? 'sme' : i % 17 === 0 ? 'local_authority' : 'citizen',
      vulnerable: i % 7 === 0,
      consumer: i % 13 !== 5,
      monthlySharedAsConsumerKWh: Array.from({ length: 12 }, () => (i % 13 === 5 ? 0 : rand() * 400)),
    })),
    plants: [0, 1, 2].map((k) => ({
      id: id * 100 + k,
      ownerMemberId: k === 2 ? null : memberIds[k * 10]!,
      monthlyInjectedKWh: Array.from({ length: 12 }, () => rand() * 20000),
      monthlySharedKWh: Array.from({ length: 12 }, () => rand() * 9000),
    })),
  };
}

const rules: SharingRuleSet = {
  community: [
    { kind: 'cost', id: 'gse', group: 'gse-fees' },
    { kind: 'cost', id: 'platform', group: 'platform', eurPerYear: 1000.01 },
    { kind: 'cost', id: 'insurance', group: 'insurance', eurPerYear: 333.33 },
    { kind: 'cost', id: 'reserve', group: 'reserve', percent: 2.5 },
    { kind: 'producer-tariff', id: 'tariff', eurPerKWh: 0.0037, basis: 'injected' },
    { kind: 'fund', id: 'social', percent: 7, group: 'social-fund' },
    { kind: 'limits', id: 'limits', capEurPerYear: 400, floorEurPerYear: 3 },
  ],
  configurations: {
    AC001E00001: [{ kind: 'producers', id: 'p', percent: 23, basis: 'shared-produced' }, { kind: 'consumers', id: 'c', percent: 50, vulnerableWeight: 1.3 }, { kind: 'equal', id: 'e', percent: 10 }, { kind: 'vulnerable', id: 'v', percent: 10 }],
    AC001E00002: [{ kind: 'producers', id: 'p', percent: 13, basis: 'injected' }, { kind: 'consumers', id: 'c', percent: 70 }, { kind: 'equal', id: 'e', percent: 10, vulnerableWeight: 2 }],
  },
};

describe('200 members over 12 months', () => {
  it('every cent lands once, by month and by configuration', () => {
    const rand = mulberry32(414);
    const ids = Array.from({ length: 200 }, (_, i) => i + 1);
    const configs = [generated(1, 'AC001E00001', ids.slice(0, 120), rand), generated(2, 'AC001E00002', ids.slice(120), rand)];
    const r = divideSharing(configs, rules);
    expect(r.members).toHaveLength(200);
    for (const c of configs) {
      const st = r.configurations.find((s) => s.configurationId === c.configurationId)!;
      const accrued = c.monthlyIncentiveEur.reduce((s, x) => s + cents(x), 0) + c.monthlyValorisationEur.reduce((s, x) => s + cents(x), 0);
      expect(cents(st.incentiveEur) + cents(st.valorisationEur)).toBe(accrued);
      const members = r.members.filter((m) => m.configurationId === c.configurationId);
      for (let m = 0; m < 12; m++) {
        const column = members.reduce((s, x) => s + cents(x.months[m]!), 0) + st.groups.reduce((s, g) => s + cents(g.months[m]!), 0);
        const carried = m === 11 ? cents(st.groups.find((g) => g.group === 'carried-forward')?.eur ?? 0) : 0;
        expect(column, `month ${m + 1}`).toBe(cents(st.paidMonths[m]!) + carried);
      }
      const total = members.reduce((s, x) => s + cents(x.totalEur), 0) + st.groups.reduce((s, g) => s + cents(g.eur), 0);
      expect(total).toBe(accrued);
      for (const x of members) {
        expect(x.months.reduce((s, v) => s + cents(v), 0)).toBe(cents(x.totalEur));
        expect(x.totalEur).toBeLessThanOrEqual(400);
        expect(x.totalEur).toBeGreaterThanOrEqual(3);
      }
      // The restricted pot is labelled on non-enterprise consumers (and funds) only.
      const labelled = members.reduce((s, x) => s + cents(x.restrictedEur), 0);
      expect(labelled).toBeLessThanOrEqual(cents(st.restrictedPotEur));
      expect(members.filter((x) => x.category === 'sme').every((x) => x.restrictedEur === 0)).toBe(true);
      expect(st.paidMonths[0]).toBe(0);
    }
  });
});
