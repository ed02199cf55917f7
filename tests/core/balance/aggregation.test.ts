import { describe, expect, it } from 'vitest';
import { checkExistingPlantsShare, computeBalance } from '../../../core/balance';
import { consumer, f, input, producer } from './helpers';

describe('monthly aggregation', () => {
  // 4 hourly steps, months [0, 0, 1, 1]. Plant [2, 2, 3, 0], consumer [1, 3, 1, 1].
  // shared [1, 2, 1, 0] → Jan 3, Feb 1. Production Jan 4, Feb 3; consumption Jan 4, Feb 2.
  it('sums by the caller-provided month of each interval', () => {
    const i = input([producer(1, null, 1, f(2, 2, 3, 0), '2024-01-01'), consumer(2, 2, f(1, 3, 1, 1))], 4);
    i.calendar.month = Uint8Array.from([0, 0, 1, 1]);
    const r = computeBalance(i);
    const m = r.monthly;
    expect(Array.from(m.sharedKWh.slice(0, 3))).toEqual([3, 1, 0]);
    expect(Array.from(m.incentivisedKWh.slice(0, 2))).toEqual([3, 1]);
    expect(Array.from(m.productionKWh.slice(0, 2))).toEqual([4, 3]);
    expect(Array.from(m.consumptionKWh.slice(0, 2))).toEqual([4, 2]);
    expect(Array.from(m.injectionKWh.slice(0, 2))).toEqual([4, 3]);
    expect(Array.from(m.withdrawalKWh.slice(0, 2))).toEqual([4, 2]);
    expect(Array.from(m.selfConsumptionKWh.slice(0, 2))).toEqual([0, 0]);
    expect(Array.from(r.members[0]!.monthlySharedAsConsumerKWh.slice(0, 2))).toEqual([3, 1]);
    expect(Array.from(r.plants[0]!.monthlySharedKWh.slice(0, 2))).toEqual([3, 1]);
  });

  // The balance keeps what it derives from a calendar for the next run: labels refilled in place
  // must be read again. Same data, months now [0, 1, 1, 1]: shared [1, 2, 1, 0] → Jan 1, Feb 3.
  it('reads calendar labels refilled in place between runs', () => {
    const i = input([producer(1, null, 1, f(2, 2, 3, 0), '2024-01-01'), consumer(2, 2, f(1, 3, 1, 1))], 4);
    i.calendar.month.set([0, 0, 1, 1]);
    expect(Array.from(computeBalance(i).monthly.sharedKWh.slice(0, 2))).toEqual([3, 1]);
    i.calendar.month.set([0, 1, 1, 1]);
    const r = computeBalance(i);
    expect(Array.from(r.monthly.sharedKWh.slice(0, 2))).toEqual([1, 3]);
    expect(Array.from(r.members[0]!.monthlySharedAsConsumerKWh.slice(0, 2))).toEqual([1, 3]);
    // A label out of range written in place after a valid run is still refused.
    i.calendar.month[1] = 12;
    expect(() => computeBalance(i)).toThrow(/calendar\.month\[1\] = 12/);
  });

  // 2 days hourly, all January. Plant gives 2 kWh at noon on day 1 and 4 on day 2; consumer 10 at noon.
  it('averages the typical day per month and hour', () => {
    const prod = new Float64Array(48);
    const load = new Float64Array(48);
    prod[12] = 2;
    prod[36] = 4;
    load[12] = 10;
    load[36] = 10;
    const r = computeBalance(input([producer(1, null, 1, prod, '2024-01-01'), consumer(2, 2, load)], 48));
    expect(r.typicalDays.shared[0 * 24 + 12]).toBeCloseTo(3, 12);
    expect(r.typicalDays.withdrawn[12]).toBeCloseTo(10, 12);
    expect(r.typicalDays.injected[11]).toBe(0);
    expect(r.typicalDays.shared[1 * 24 + 12]).toBe(0); // February not covered
  });
});

describe('sharing period', () => {
  // Quarter hours over two clock hours. Plant [4, 0, 0, 0 | 0, 0, 0, 0], load 1 each quarter.
  // Per hour: injected 4, withdrawn 4 → shared 4 (the rule). Per quarter: 1 + 0 + 0 + 0 = 1.
  const points = () => [
    producer(1, null, 1, f(4, 0, 0, 0, 0, 0, 0, 0), '2024-01-01'),
    consumer(2, 2, f(1, 1, 1, 1, 1, 1, 1, 1)),
  ];
  it('sums quarter hours per hour before taking the minimum', () => {
    const r = computeBalance(input(points(), 8, 15));
    expect(r.sharingBase.stepMinutes).toBe(60);
    expect(r.sharingBase.length).toBe(2);
    expect(Array.from(r.series.shared)).toEqual([4, 0]);
    expect(r.members[0]!.sharedAsConsumerKWh).toBeCloseTo(4, 12);
    // Typical day in kWh per hour: hour 0 of the single January day.
    expect(r.typicalDays.withdrawn[0]).toBeCloseTo(4, 12);
  });
  it("takes the minimum per interval with sharingPeriod 'step'", () => {
    const r = computeBalance(input(points(), 8, 15, { options: { sharingPeriod: 'step' } }));
    expect(r.configuration.sharedKWh).toBeCloseTo(1, 12);
    expect(r.typicalDays.withdrawn[0]).toBeCloseTo(4, 12);
  });
  it('groups by clock hour when the series starts at a quarter past', () => {
    const i = input(points(), 8, 15);
    i.base.startUtcMs += 15 * 60_000; // periods: 3 quarters, 4 quarters, 1 quarter
    const r = computeBalance(i);
    expect(r.sharingBase.length).toBe(3);
    expect(Array.from(r.series.shared)).toEqual([3, 0, 0]);
  });
});

describe('pre-existing plants ≤ 30 % of power', () => {
  it('accepts exactly 30 %', () => {
    expect(checkExistingPlantsShare([{ kW: 30, existing: true }, { kW: 70, existing: false }])).toEqual({
      ok: true,
      existingKw: 30,
      totalKw: 100,
      ratio: 0.3,
      maxShare: 0.3,
    });
  });
  it('rejects 31 %', () => {
    const r = checkExistingPlantsShare([
      { kW: 31, existing: true },
      { kW: 69, existing: false },
    ]);
    expect(r.ok).toBe(false);
    expect(r.ratio).toBeCloseTo(0.31, 12);
  });
  it('is fine without plants', () => {
    expect(checkExistingPlantsShare([])).toMatchObject({ ok: true, ratio: 0, totalKw: 0 });
  });
  it('is reported by the balance', () => {
    const r = computeBalance(
      input(
        [
          producer(1, null, 1, f(1), '2019-01-01', { existing: true, kW: 40 }),
          producer(2, null, 2, f(1), '2024-01-01', { kW: 60 }),
        ],
        1,
      ),
    );
    expect(r.existingPlants).toMatchObject({ ok: false, existingKw: 40, totalKw: 100, ratio: 0.4 });
  });
});
