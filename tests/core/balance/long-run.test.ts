import { describe, expect, it } from 'vitest';
import { BalanceInputError, computeBalance } from '../../../core/balance';
import type { BalanceInput, PointInput } from '../../../core/balance';
import { START } from './helpers';

// 100 days at 15 minutes (9,600 intervals, 2,400 hours): long enough to cross the engine's
// internal time blocks and several months.
const DAYS = 100;
const N = DAYS * 96;

function calendar(): BalanceInput['calendar'] {
  const month = new Uint8Array(N);
  const hourOfDay = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const day = Math.floor(i / 96);
    month[i] = day < 31 ? 0 : day < 60 ? 1 : 2;
    hourOfDay[i] = Math.floor((i % 96) / 4);
  }
  return { month, hourOfDay };
}

function build(points: PointInput[]): BalanceInput {
  return { base: { startUtcMs: START, stepMinutes: 15, length: N, timeZone: 'UTC' }, points, calendar: calendar() };
}

describe('a long run', () => {
  // Plant 1 kWh every quarter → 4 kWh per hour. Consumer 0.5 kWh per quarter in even hours
  // (2 per hour), 2 kWh per quarter in odd hours (8 per hour).
  // Shared per hour: 2 in even hours, 4 in odd → 3 kWh/h on average.
  // Months: days 0–30 (744 h) → 2,232; days 31–59 (696 h) → 2,088; days 60–99 (960 h) → 2,880.
  it('adds up over blocks and months', () => {
    const prod = new Float64Array(N).fill(1);
    const load = new Float64Array(N);
    for (let i = 0; i < N; i++) load[i] = Math.floor(i / 4) % 2 === 0 ? 0.5 : 2;
    const r = computeBalance(
      build([
        { id: 1, memberId: null, plants: [{ plantId: 1, production: prod, commissioningDate: '2024-01-01', existing: false, kW: 10 }], inSubstation: true },
        { id: 2, memberId: 7, load, plants: [], inSubstation: true },
      ]),
    );
    expect(r.sharingBase.length).toBe(2400);
    expect(r.configuration.sharedKWh).toBeCloseTo(7200, 9);
    expect(r.monthly.sharedKWh[0]).toBeCloseTo(2232, 9);
    expect(r.monthly.sharedKWh[1]).toBeCloseTo(2088, 9);
    expect(r.monthly.sharedKWh[2]).toBeCloseTo(2880, 9);
    expect(r.members[0]!.sharedAsConsumerKWh).toBeCloseTo(7200, 9);
    expect(r.members[0]!.monthlySharedAsConsumerKWh[1]).toBeCloseTo(2088, 9);
    expect(r.plants[0]!.sharedKWh).toBeCloseTo(7200, 9);
    expect(r.monthly.productionKWh[2]).toBeCloseTo(40 * 96, 9);
    // Typical day: even hours 2 kWh, odd hours 4 kWh shared.
    expect(r.typicalDays.shared[1 * 24 + 6]).toBeCloseTo(2, 12);
    expect(r.typicalDays.shared[2 * 24 + 7]).toBeCloseTo(4, 12);
  });

  // Prosumer: 1 kWh produced in the first quarter of each day, 1 kWh used in the last.
  // Battery 10 kWh, 4 kW (1 kWh per quarter), η 0.81, empty at start: each day it takes 1,
  // stores 0.9 and gives back 0.81; the day withdraws 0.19. Over 100 days: 100 in, 81 out,
  // 19 lost, nothing injected.
  it('carries the battery state across blocks', () => {
    const prod = new Float64Array(N);
    const load = new Float64Array(N);
    for (let d = 0; d < DAYS; d++) {
      prod[d * 96] = 1;
      load[d * 96 + 95] = 1;
    }
    const r = computeBalance(
      build([
        {
          id: 1,
          memberId: 1,
          load,
          plants: [{ plantId: 1, production: prod, commissioningDate: '2024-01-01', existing: false, kW: 3 }],
          inSubstation: true,
          battery: { capacityKWh: 10, powerKW: 4, roundTripEfficiency: 0.81, minSoc: 0, strategy: 'self-consumption' },
        },
      ]),
    );
    const b = r.batteries[0]!;
    expect(b.chargedKWh).toBeCloseTo(100, 9);
    expect(b.dischargedKWh).toBeCloseTo(81, 9);
    expect(b.lossesKWh).toBeCloseTo(19, 9);
    expect(b.socEndKWh).toBeCloseTo(0, 9);
    expect(r.points[0]!.injectionKWh).toBeCloseTo(0, 9);
    expect(r.points[0]!.withdrawalKWh).toBeCloseTo(19, 9);
    expect(r.points[0]!.selfConsumptionKWh).toBeCloseTo(81, 9);
  });

  it('names the point of an invalid value found late in the year', () => {
    const load = new Float64Array(N).fill(0.1);
    load[9000] = NaN;
    try {
      computeBalance(build([{ id: 12, memberId: 1, load, plants: [], inSubstation: true }]));
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(BalanceInputError);
      expect((e as BalanceInputError).pointId).toBe(12);
      expect((e as Error).message).toMatch(/load value NaN at interval 9000/);
    }
  });
});
