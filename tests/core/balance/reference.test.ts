/**
 * The engine against a straightforward implementation (reference-balance.ts) on random
 * configurations: every kind of point (pure consumers in and out of the substation — enough
 * to fill groups of four and leave some over —, EV charging, prosumers, several plants behind
 * one meter, standalone plants, both battery strategies), quarter-hour and hourly data,
 * sharing per hour and per interval, a start inside an hour (partial first period), an end
 * inside an hour (partial last period), EV charging behind a prosumer's meter with one or
 * several plants, pure consumers in numbers (the groups of four and the loads read in place)
 * and runs long enough to cross the engine's time blocks. The engine adds in another order (four
 * consumers at once, per block), so the two agree to rounding: relative 1e-12.
 */
import { describe, expect, it } from 'vitest';
import { computeBalance } from '../../../core/balance';
import type { BalanceInput, PlantInput, PointInput } from '../../../core/balance';
import type { StepMinutes } from '../../../core/model/timeseries';
import { referenceBalance } from './reference-balance';

/** Park–Miller: reproducible noise in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

function series(n: number, rnd: () => number, scale: number, zeros = 0.3): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = rnd() < zeros ? 0 : scale * rnd();
  return a;
}

function randomInput(seed: number, n: number, stepMinutes: StepMinutes, startMinute: number, sharingPeriod: 'hour' | 'step', evConsumers = 0, plainConsumers = 0, batteryProsumers = 0, batteryConsumers = 0): BalanceInput {
  const rnd = lcg(seed);
  const points: PointInput[] = [];
  let plantId = 1;
  const plant = (scale: number): PlantInput => ({
    plantId: plantId++,
    production: series(n, rnd, scale, 0.5),
    commissioningDate: rnd() < 0.2 ? null : `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    existing: rnd() < 0.2,
    kW: rnd() < 0.1 ? 1500 : 5 + 100 * rnd(),
    ...(rnd() < 0.1 ? { incentiveExcluded: true } : {}),
  });
  // EV consumers in numbers, on both sides: enough for the engine's groups of four.
  for (let j = 0; j < evConsumers; j++) {
    points.push({ id: 1000 + j, memberId: 1 + (j % 5), load: series(n, rnd, 2, 0.05), ev: series(n, rnd, 3, 0.7), plants: [], inSubstation: j % 5 !== 4 });
  }
  // Plain consumers in numbers, on both sides: groups of four, remainders, loads read in place.
  for (let j = 0; j < plainConsumers; j++) {
    points.push({ id: 2000 + j, memberId: 1 + (j % 7), load: series(n, rnd, 2, 0.05), plants: [], inSubstation: j % 6 !== 5 });
  }
  // Prosumers with one plant and a self-consumption battery small enough to fill and empty.
  for (let j = 0; j < batteryProsumers; j++) {
    const battery = { capacityKWh: 1 + 4 * rnd(), powerKW: 1 + 4 * rnd(), roundTripEfficiency: 0.8 + 0.15 * rnd(), minSoc: 0.1 * rnd(), strategy: 'self-consumption' as const };
    points.push({ id: 3000 + j, memberId: 1 + (j % 3), load: series(n, rnd, 2, 0.05), plants: [plant(4)], inSubstation: j % 4 !== 3, battery });
  }
  // Consumers with a self-consumption battery and no plant (charged by nothing: they only
  // discharge what they start with).
  for (let j = 0; j < batteryConsumers; j++) {
    const battery = { capacityKWh: 1 + 4 * rnd(), powerKW: 0.2 + rnd(), roundTripEfficiency: 0.8 + 0.15 * rnd(), minSoc: 0.1 * rnd(), initialSoc: 0.5 + 0.5 * rnd(), strategy: 'self-consumption' as const };
    points.push({ id: 4000 + j, memberId: 1 + (j % 3), load: series(n, rnd, 2, 0.05), plants: [], inSubstation: j % 4 !== 3, battery });
  }
  const kinds = 14 + Math.floor(rnd() * 10);
  for (let j = 0; j < kinds; j++) {
    const p: PointInput = { id: 100 + j, memberId: rnd() < 0.9 ? 1 + Math.floor(rnd() * (kinds - 2)) : null, plants: [], inSubstation: rnd() < 0.8 };
    const kind = rnd();
    if (kind < 0.55) p.load = series(n, rnd, 2, 0.05); // pure consumer
    else if (kind < 0.65) {
      p.load = series(n, rnd, 2, 0.05);
      p.ev = series(n, rnd, 3, 0.7);
    } else if (kind < 0.68) p.ev = series(n, rnd, 3, 0.7);
    else if (kind < 0.8) {
      p.load = series(n, rnd, 2, 0.05);
      p.plants.push(plant(4));
    } else if (kind < 0.87) {
      p.load = series(n, rnd, 2, 0.05);
      p.plants.push(plant(3), plant(2));
      if (rnd() < 0.3) p.ev = series(n, rnd, 3, 0.7); // several plants and EV charging behind one meter
    } else if (kind < 0.92) {
      // A prosumer charging an EV, maybe with a second or third plant.
      p.load = series(n, rnd, 2, 0.05);
      p.ev = series(n, rnd, 3, 0.7);
      p.plants.push(plant(4));
      while (rnd() < 0.4 && p.plants.length < 3) p.plants.push(plant(2));
    } else p.plants.push(plant(10));
    const b = rnd();
    if (b < 0.12 && (p.load !== undefined || p.plants.length > 0)) {
      p.battery = { capacityKWh: 5 + 20 * rnd(), powerKW: 2 + 5 * rnd(), roundTripEfficiency: 0.8 + 0.15 * rnd(), minSoc: 0.1, strategy: rnd() < 0.5 ? 'self-consumption' : 'shared-energy' };
    }
    points.push(p);
  }
  const perHour = 60 / stepMinutes;
  const month = new Uint8Array(n);
  const hourOfDay = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const hour = Math.floor((i + startMinute / stepMinutes) / perHour);
    hourOfDay[i] = hour % 24;
    month[i] = Math.min(11, Math.floor(hour / 700));
  }
  return {
    base: { startUtcMs: Date.UTC(2024, 0, 1, 0, startMinute), stepMinutes, length: n, timeZone: 'UTC' },
    points,
    calendar: { month, hourOfDay },
    options: { sharingPeriod },
  };
}

function close(actual: number, expected: number, what: string): void {
  const tol = 1e-12 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol)) expect.fail(`${what}: engine ${actual}, reference ${expected}`);
}

function compare(input: BalanceInput): void {
  const r = computeBalance(input);
  const ref = referenceBalance(input);
  ref.shared.forEach((x, h) => close(r.series.shared[h]!, x, `shared[${h}]`));
  ref.incentivised.forEach((x, h) => close(r.series.incentivised[h]!, x, `incentivised[${h}]`));
  ref.injected.forEach((x, h) => close(r.series.injected[h]!, x, `injected[${h}]`));
  ref.withdrawn.forEach((x, h) => close(r.series.withdrawn[h]!, x, `withdrawn[${h}]`));
  ref.points.forEach((p, j) => {
    const e = r.points[j]!;
    const id = `point ${e.pointId}`;
    close(e.productionKWh, p.production, `${id} production`);
    close(e.consumptionKWh, p.consumption, `${id} consumption`);
    close(e.evKWh, p.ev, `${id} EV`);
    close(e.selfConsumptionKWh, p.self, `${id} self-consumption`);
    close(e.injectionKWh, p.injection, `${id} injection`);
    close(e.withdrawalKWh, p.withdrawal, `${id} withdrawal`);
    close(e.batteryGridChargeKWh, p.batteryGridCharge, `${id} battery grid charge`);
  });
  // Members: the sums of their points.
  for (const m of r.members) {
    const js = input.points.flatMap((p, j) => (p.memberId === m.memberId ? [j] : []));
    const sum = (f: (p: (typeof ref.points)[number]) => number) => js.reduce((a, j) => a + f(ref.points[j]!), 0);
    close(m.sharedAsConsumerKWh, sum((p) => p.sharedAsConsumer), `member ${m.memberId} shared as consumer`);
    close(m.incentivisedAsConsumerKWh, sum((p) => p.incentivisedAsConsumer), `member ${m.memberId} incentivised`);
    close(m.sharedAsProducerKWh, sum((p) => p.sharedAsProducer), `member ${m.memberId} shared as producer`);
    for (let k = 0; k < 12; k++) close(m.monthlySharedAsConsumerKWh[k]!, sum((p) => p.monthlyAsConsumer[k]!), `member ${m.memberId} month ${k}`);
  }
  ref.plants.forEach((p, k) => {
    const e = r.plants[k]!;
    close(e.productionKWh, p.production, `plant ${e.plantId} production`);
    close(e.injectionKWh, p.injection, `plant ${e.plantId} injection`);
    close(e.sharedKWh, p.shared, `plant ${e.plantId} shared`);
    for (let m = 0; m < 12; m++) close(e.monthlySharedKWh[m]!, p.monthlyShared[m]!, `plant ${e.plantId} month ${m}`);
  });
}

describe('the engine against a straightforward reference', () => {
  const cases: [string, number, StepMinutes, number, 'hour' | 'step', number?, number?, number?, number?][] = [
    ['quarter hours, per hour, aligned', 96 * 3, 15, 0, 'hour'],
    ['quarter hours, per hour, starting at :45 (partial first hour)', 96 * 3 + 2, 15, 45, 'hour'],
    ['quarter hours, per interval', 96 * 2, 15, 0, 'step'],
    ['hours', 24 * 7, 60, 0, 'hour'],
    ['quarter hours across time blocks', 96 * 100 + 3, 15, 30, 'hour'],
    ['hours across time blocks', 24 * 400, 60, 0, 'hour'],
    ['many EV consumers, quarter hours, across time blocks', 96 * 95, 15, 0, 'hour', 13],
    ['many EV consumers, quarter hours, partial first and last hours', 96 * 3 + 1, 15, 15, 'hour', 13],
    ['many EV consumers, hours', 24 * 30, 60, 0, 'hour', 13],
    ['hours, per interval', 24 * 9, 60, 0, 'step'],
    ['quarter hours, partial last hour', 96 * 3 + 2, 15, 0, 'hour'],
    ['many plain consumers, quarter hours, across time blocks, partial first and last hours', 96 * 95 + 2, 15, 45, 'hour', 5, 23],
    ['many plain consumers, hours, across time blocks (the sweep case)', 24 * 400, 60, 0, 'hour', 6, 23],
    ['many plain consumers, quarter hours, per interval', 96 * 4, 15, 0, 'step', 5, 23],
    ['prosumers with a battery, quarter hours, across time blocks', 96 * 95, 15, 0, 'hour', 0, 0, 7],
    ['prosumers with a battery, quarter hours, partial first and last hours', 96 * 3 + 2, 15, 45, 'hour', 0, 0, 7],
    ['prosumers with a battery, hours', 24 * 30, 60, 0, 'hour', 0, 0, 7],
    ['consumers with a battery and no plant, hours', 24 * 30, 60, 0, 'hour', 0, 0, 3, 5],
    ['consumers with a battery and no plant, quarter hours', 96 * 10, 15, 0, 'hour', 0, 0, 0, 5],
  ];
  for (const [name, n, step, start, period, ev, plain, bat, batOnly] of cases) {
    it(name, () => {
      for (let seed = 1; seed <= 6; seed++) compare(randomInput(seed * 7919 + n, n, step, start, period, ev, plain, bat, batOnly));
    });
  }
});

describe('the engine keeps nothing from one run to the next', () => {
  it('a result is unchanged by later runs, and a run repeated after another gives the same figures', () => {
    const a = randomInput(4242, 96 * 3 + 1, 15, 15, 'hour', 9, 11);
    const b = randomInput(777, 24 * 400, 60, 0, 'hour', 6, 23);
    const r1 = computeBalance(a);
    const snapshot = JSON.stringify(r1, (_, v: unknown) => (v instanceof Float64Array ? Array.from(v) : v));
    computeBalance(b);
    const r2 = computeBalance(a);
    expect(JSON.stringify(r1, (_, v: unknown) => (v instanceof Float64Array ? Array.from(v) : v))).toBe(snapshot);
    expect(JSON.stringify(r2, (_, v: unknown) => (v instanceof Float64Array ? Array.from(v) : v))).toBe(snapshot);
    compare(a);
  });
});

describe('the groups keep only the periods that may share', () => {
  it('a shared-energy battery releasing longer than the periods kept: the withdrawals of the others are summed again from the loads', () => {
    // Ten days of quarter hours; one plant producing 08:00–16:00 only; twelve small consumers
    // and four with EV charging (groups of four) at night a few kWh per hour, so a 100 kWh
    // battery at 50 kW releases for many hours after the plants stop (its window at full power
    // is three hours).
    const n = 96 * 10;
    const rnd = lcg(99);
    const sunny = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const hour = Math.floor(i / 4) % 24;
      sunny[i] = hour >= 8 && hour < 16 ? 20 + 10 * rnd() : 0;
    }
    const points: PointInput[] = [{ id: 1, memberId: null, plants: [{ plantId: 1, production: sunny, commissioningDate: '2024-01-01', existing: false, kW: 100 }], inSubstation: true }];
    for (let j = 0; j < 16; j++) {
      const p: PointInput = { id: 10 + j, memberId: 1 + (j % 3), load: series(n, rnd, 0.2, 0.05), plants: [], inSubstation: true };
      if (j >= 12) p.ev = series(n, rnd, 0.5, 0.7);
      points.push(p);
    }
    points.push({ id: 40, memberId: 4, load: series(n, rnd, 0.2, 0.05), plants: [], inSubstation: true, battery: { capacityKWh: 100, powerKW: 50, roundTripEfficiency: 0.9, minSoc: 0.05, strategy: 'shared-energy' } });
    const month = new Uint8Array(n);
    const hourOfDay = new Uint8Array(n);
    for (let i = 0; i < n; i++) hourOfDay[i] = Math.floor(i / 4) % 24;
    const input: BalanceInput = { base: { startUtcMs: Date.UTC(2024, 5, 1), stepMinutes: 15, length: n, timeZone: 'UTC' }, points, calendar: { month, hourOfDay } };
    const r = computeBalance(input);
    // The battery released at night (shared energy in hours with no production): the case asked for.
    const nightShared = Array.from(r.series.shared).filter((x, h) => x > 0 && (h % 24 < 8 || h % 24 >= 19)).length;
    expect(nightShared).toBeGreaterThan(20);
    compare(input);
  });
});
