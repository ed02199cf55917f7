/**
 * The four prosumer metering combinations, worked by hand on four hourly intervals and
 * checked through the energy balance: what the meter recorded comes back out as the point's
 * withdrawal and injection, and self-consumption is never subtracted twice.
 *
 * Hand data [kWh per hour], one prosumer with one 3 kW plant behind its meter:
 *   gross consumption G = [2, 1, 0.5, 3]
 *   modelled production P = [0, 2, 3, 1]
 * Per interval netting gives what its meter records:
 *   self-consumption S = min(G, P) = [0, 1, 0.5, 1]
 *   withdrawal W = G − S = [2, 0, 0, 2]   (4 kWh)
 *   injection  I = P − S = [0, 1, 2.5, 0] (3.5 kWh)
 */
import { describe, expect, it } from 'vitest';
import { meteredPoint, type BehindMeterPlant, type MeteredSeries } from '../../../core/load/prosumerMetering';
import { computeBalance } from '../../../core/balance/compute';
import type { PointInput } from '../../../core/balance/types';

const f = (xs: number[]) => Float64Array.from(xs);
const G = f([2, 1, 0.5, 3]);
const P = f([0, 2, 3, 1]);
const N = 4;
const base = { startUtcMs: Date.UTC(2025, 5, 1, 8), stepMinutes: 60 as const, length: N, timeZone: 'Europe/Rome' };
const plant = (production: Float64Array): BehindMeterPlant => ({ plantId: 7, kW: 3, production });

/** Runs the balance on the point(s) a metering gives, with a neighbour that takes everything. */
function balanceOf(gross: Float64Array | null, metered: MeteredSeries, production = P) {
  const r = meteredPoint(gross, metered, [plant(production)], N);
  const plantInput = { plantId: 7, production: r.production.get(7)!, commissioningDate: '2025-01-01', existing: false, kW: 3 };
  const points: PointInput[] = r.ownPoint.has(7)
    ? [
        { id: 1, memberId: 1, load: r.load, plants: [], inSubstation: true },
        { id: 1_000_000_007, memberId: 1, plants: [plantInput], inSubstation: true },
      ]
    : [{ id: 1, memberId: 1, load: r.load, plants: [plantInput], inSubstation: true }];
  const b = computeBalance({ base, points, calendar: { month: new Uint8Array(N).fill(5), hourOfDay: Uint8Array.from([8, 9, 10, 11]) } });
  const member = b.members.find((m) => m.memberId === 1)!;
  return { rule: r.rule, load: Array.from(r.load), production: Array.from(r.production.get(7)!), withdrawal: member.withdrawalKWh, injection: member.injectionKWh, self: member.selfConsumptionKWh, consumption: member.consumptionKWh, hourly: Array.from(b.series.withdrawn), injected: Array.from(b.series.injected) };
}

describe('prosumer metering', () => {
  it('gross consumption + production model: the balance nets them (W = 4, I = 3.5, S = 2.5 kWh)', () => {
    const r = balanceOf(G, {});
    expect(r.rule).toBe('gross');
    expect(r.hourly).toEqual([2, 0, 0, 2]);
    expect(r.injected).toEqual([0, 1, 2.5, 0]);
    expect([r.withdrawal, r.injection, r.self, r.consumption]).toEqual([4, 3.5, 2.5, 6.5]);
  });

  it('metered withdrawal + production model: the withdrawal is kept as metered, not netted again', () => {
    const W = f([2, 0, 0, 2]);
    const r = balanceOf(new Float64Array(N), { withdrawal: W });
    expect(r.rule).toBe('withdrawal-model');
    // load = W + P where W > 0: [2 + 0, 0, 0, 2 + 1] = [2, 0, 0, 3]
    expect(r.load).toEqual([2, 0, 0, 3]);
    expect(r.hourly).toEqual([2, 0, 0, 2]); // = W: 4 kWh, as the meter says
    // Injection: all of P where nothing was withdrawn [0, 2, 3, 0] = 5 kWh — an upper bound
    // of the true 3.5 (the 1.5 kWh consumed in hours 2–3 are not in the withdrawal curve).
    expect(r.injected).toEqual([0, 2, 3, 0]);
    expect([r.withdrawal, r.injection, r.self]).toEqual([4, 5, 1]);
    // Fed as gross load (the old reading), the balance would have withdrawn [2, 0, 0, 1] = 3 kWh:
    // self-consumption subtracted twice.
    expect(balanceOf(W, {}).withdrawal).toBe(3);
  });

  it('metered withdrawal + metered injection: both exactly as metered, no production model', () => {
    // Hours 3 and 4 hold both withdrawal and injection (a passing cloud): one point would net them.
    const W = f([2, 0, 0.2, 2]);
    const I = f([0, 1, 2.5, 0.3]);
    const zeroModel = new Float64Array(N); // the model is not needed: any value gives the same
    const r = balanceOf(new Float64Array(N), { withdrawal: W, injection: I }, zeroModel);
    expect(r.rule).toBe('withdrawal-injection');
    expect(r.production).toEqual([0, 1, 2.5, 0.3]);
    expect(r.hourly).toEqual([2, 0, 0.2, 2]);
    expect(r.injected).toEqual([0, 1, 2.5, 0.3]);
    expect(r.withdrawal).toBeCloseTo(4.2, 12);
    expect(r.injection).toBeCloseTo(3.8, 12);
    expect(r.self).toBe(0); // not metered
    expect(balanceOf(new Float64Array(N), { withdrawal: W, injection: I }, P).injected).toEqual([0, 1, 2.5, 0.3]);
  });

  it('gross consumption + metered injection: injection as metered, self-consumption from the gross curve', () => {
    const I = f([0, 1, 2.5, 0]);
    const r = balanceOf(G, { injection: I });
    expect(r.rule).toBe('gross-injection');
    // production = I + G where I > 0, else min(G, P): [min(2, 0), 1 + 1, 2.5 + 0.5, min(3, 1)] = [0, 2, 3, 1]
    expect(r.production).toEqual([0, 2, 3, 1]);
    expect(r.injected).toEqual([0, 1, 2.5, 0]);
    expect(r.hourly).toEqual([2, 0, 0, 2]);
    expect([r.withdrawal, r.injection, r.self]).toEqual([4, 3.5, 2.5]);
  });

  it('splits a metered injection over two plants by power and ignores one with no plant', () => {
    const I = f([0, 3, 0, 0]);
    const r = meteredPoint(null, { withdrawal: new Float64Array(N), injection: I }, [plant(P), { plantId: 8, kW: 6, production: P }], N);
    expect(Array.from(r.production.get(7)!)).toEqual([0, 1, 0, 0]);
    expect(Array.from(r.production.get(8)!)).toEqual([0, 2, 0, 0]);
    expect(meteredPoint(G, { injection: I }, [], N).rule).toBe('injection-unused');
  });
});
