/**
 * computeBalanceTotals (a scenario's P90 balance): the members' shares as consumer summed for
 * the named members and for all, against hand calculations; every other figure as
 * computeBalance's; and the pure consumers' sums kept in a ConsumerFlowsCache give the same
 * figures as summing them afresh, and are not taken for other series.
 */
import { describe, expect, it } from 'vitest';
import { computeBalance, computeBalanceTotals, ConsumerFlowsCache } from '../../../core/balance';
import type { BalanceResult, BalanceTotals, PointInput } from '../../../core/balance';
import { consumer, f, input, producer } from './helpers';

/**
 * Hour 0: the plant injects 10 kWh; six members withdraw 1…5, 5 kWh and a point without a
 * member 5 kWh: W = 25 kWh, shared 10 kWh, kS = 10 / 25 = 0.4. Hour 1: no production.
 */
function points(): PointInput[] {
  return [
    producer(100, null, 1, f(10, 0), '2023-01-01'),
    consumer(1, 1, f(1, 1)),
    consumer(2, 2, f(2, 1)),
    consumer(3, 3, f(3, 1)),
    consumer(4, 4, f(4, 1)),
    consumer(5, 5, f(5, 1)),
    consumer(6, 6, f(5, 1)),
    { id: 7, memberId: null, load: f(5, 1), plants: [], inSubstation: true },
  ];
}

describe('computeBalanceTotals', () => {
  it('sums the named members’ shares and every member’s, by hand', () => {
    // Members 2 (in the group of four) and 5 (one of the points after it): 0.4 × (2 + 5).
    const t = computeBalanceTotals(input(points(), 2), { sharesOfMembers: [2, 5] });
    expect(t.consumerShares.namedKWh).toBeCloseTo(2.8, 12);
    // Every member: shared 10 less the point without a member, 0.4 × 5 = 2.
    expect(t.consumerShares.membersKWh).toBeCloseTo(8, 12);
    expect(t.consumerShares.memberIds).toEqual([2, 5]);
    expect(t.configuration.sharedKWh).toBeCloseTo(10, 12);
  });

  it('gives every other figure as computeBalance, members without shares', () => {
    const full = computeBalance(input(points(), 2));
    const t = computeBalanceTotals(input(points(), 2), { sharesOfMembers: [] });
    expect(t.configuration).toEqual(full.configuration);
    expect(t.plants).toEqual(full.plants);
    expect(t.points).toEqual(full.points);
    expect(t.series).toEqual(full.series);
    expect(t.monthly).toEqual(full.monthly);
    expect(t.consumerShares.namedKWh).toBe(0);
    expect(t.members.map((m) => [m.memberId, m.consumptionKWh])).toEqual(full.members.map((m) => [m.memberId, m.consumptionKWh]));
    for (const m of t.members) expect(Object.keys(m)).not.toContain('sharedAsConsumerKWh');
    // The full balance's members add up to the same sums.
    const byId = new Map(full.members.map((m) => [m.memberId, m.sharedAsConsumerKWh]));
    expect(byId.get(2)! + byId.get(5)!).toBeCloseTo(2.8, 12);
  });
});

describe('computeBalanceTotals with transient series', () => {
  it('gives the same figures and series, in space the next transient run hands out again', () => {
    const fresh = computeBalanceTotals(input(points(), 2), { sharesOfMembers: [2] });
    computeBalanceTotals(input(points(), 2), { sharesOfMembers: [2], transientSeries: true }); // sizes the space
    const t1 = computeBalanceTotals(input(points(), 2), { sharesOfMembers: [2], transientSeries: true });
    expect(t1.configuration).toEqual(fresh.configuration);
    expect(t1.plants).toEqual(fresh.plants);
    expect(t1.series).toEqual(fresh.series);
    expect(t1.consumerShares).toEqual(fresh.consumerShares);
    // The next transient run (the plant injecting 6 kWh, not 10) writes over t1's series: a
    // caller reads them first. Shared in hour 0: min(6, 25) = 6 kWh.
    const other = points();
    other[0] = producer(100, null, 1, f(6, 0), '2023-01-01');
    const t2 = computeBalanceTotals(input(other, 2), { sharesOfMembers: [2], transientSeries: true });
    expect(t2.plants[0]!.sharedSeries[0]).toBeCloseTo(6, 12);
    expect(t1.plants[0]!.sharedSeries[0]).toBeCloseTo(6, 12); // t1's series now hold t2's values
    expect(t1.plants[0]!.sharedSeries.buffer).toBe(t2.plants[0]!.sharedSeries.buffer);
    // A run without the flag is left alone by transient runs.
    computeBalanceTotals(input(points(), 2), { sharesOfMembers: [2], transientSeries: true });
    expect(fresh.plants[0]!.sharedSeries[0]).toBeCloseTo(10, 12);
  });
});

/** A year-like case: 13 members (three groups of four and one more), two with EV charging, a prosumer. */
function yearPoints(n: number, factor: number, loads: Float64Array[], evs: Float64Array[]): PointInput[] {
  const sun = (i: number) => Math.max(0, Math.sin(((i % 24) - 6) * (Math.PI / 12))) * 8 * factor;
  const prod = Float64Array.from({ length: n }, (_, i) => sun(i));
  const pts: PointInput[] = [producer(200, null, 9, prod, '2023-05-01', { kW: 8 })];
  loads.forEach((load, k) => pts.push({ id: k + 1, memberId: k + 1, load, ...(k < 8 && k >= 4 ? { ev: evs[k - 4]! } : {}), plants: [], inSubstation: k !== 12 }));
  return pts;
}

function series(n: number, seed: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 0.2 + ((i * 7919 + seed * 104729) % 997) / 997);
}

function sameFigures(a: BalanceResult | BalanceTotals, b: BalanceResult | BalanceTotals): void {
  expect(a.configuration).toEqual(b.configuration);
  expect(a.plants).toEqual(b.plants);
  expect(a.points).toEqual(b.points);
  expect(a.members).toEqual(b.members);
  expect(a.series).toEqual(b.series);
}

describe('ConsumerFlowsCache', () => {
  for (const stepMinutes of [60, 15] as const) {
    it(`gives the figures of a run without it (${stepMinutes}-minute data)`, () => {
      const n = stepMinutes === 60 ? 24 * 10 : 96 * 10;
      const loads = Array.from({ length: 13 }, (_, k) => series(n, k));
      const evs = Array.from({ length: 4 }, (_, k) => series(n, 50 + k));
      const p50 = () => input(yearPoints(n, 1, loads, evs), n, stepMinutes);
      const p90 = () => input(yearPoints(n, 0.9, loads, evs), n, stepMinutes);
      const cache = new ConsumerFlowsCache();
      const named = { sharesOfMembers: [3, 6, 9] };
      // First P50 sums the consumers and keeps them; P90 and a second P50 take them.
      sameFigures(computeBalance(p50(), { consumers: cache }), computeBalance(p50()));
      sameFigures(computeBalanceTotals(p90(), { ...named, consumers: cache }), computeBalanceTotals(p90(), named));
      sameFigures(computeBalance(p50(), { consumers: cache }), computeBalance(p50()));
      const a = computeBalanceTotals(p90(), { ...named, consumers: cache });
      const b = computeBalanceTotals(p90(), named);
      expect(a.consumerShares).toEqual(b.consumerShares);
      expect(cache.kept).toHaveLength(1); // summed once, taken three times
      // Other series (a member's load made afresh): not taken, its own figures.
      const changed = loads.slice();
      changed[2] = Float64Array.from(loads[2]!, (x) => x * 2);
      const other = () => input(yearPoints(n, 1, changed, evs), n, stepMinutes);
      const c = computeBalance(other(), { consumers: cache });
      sameFigures(c, computeBalance(other()));
      expect(cache.kept).toHaveLength(2);
      expect(c.members[2]!.consumptionKWh).toBeCloseTo(2 * loads[2]!.reduce((s, x) => s + x, 0), 9);
    });
  }
});
