import { describe, expect, it } from 'vitest';
import { computeBalance } from '../../../core/balance';
import type { BatteryInput, PointInput } from '../../../core/balance';
import { consumer, f, input, producer } from './helpers';

describe('self-consumption battery', () => {
  // 4 kWh, 2 kW, η = 0.81 (0.9 each way), min SOC 25 % = 1 kWh, starts at 1 kWh. Hourly.
  // Production [5, 0, 0, 3], load [1, 2, 2, 0].
  // h0: direct 1, surplus 4, charge min(4, 2, 3/0.9) = 2 → SOC 2.8, loss 0.2, inject 2.
  // h1: deficit 2, discharge min(2, 2, 1.8·0.9 = 1.62) = 1.62 → SOC 1, loss 0.18, withdraw 0.38.
  // h2: empty → withdraw 2.  h3: surplus 3, charge 2 → SOC 2.8, loss 0.2, inject 1.
  const battery: BatteryInput = {
    capacityKWh: 4,
    powerKW: 2,
    roundTripEfficiency: 0.81,
    minSoc: 0.25,
    strategy: 'self-consumption',
  };
  const point: PointInput = {
    id: 1,
    memberId: 1,
    load: f(1, 2, 2, 0),
    plants: [{ plantId: 1, production: f(5, 0, 0, 3), commissioningDate: '2024-01-01', existing: false, kW: 5 }],
    inSubstation: true,
    battery,
  };

  it('conserves energy exactly, losses included', () => {
    const r = computeBalance(input([point], 4));
    const b = r.batteries[0]!;
    expect(b.chargedKWh).toBeCloseTo(4, 12);
    expect(b.dischargedKWh).toBeCloseTo(1.62, 12);
    expect(b.lossesKWh).toBeCloseTo(0.58, 12);
    expect(b.socStartKWh).toBeCloseTo(1, 12);
    expect(b.socEndKWh).toBeCloseTo(2.8, 12);
    expect(b.chargedKWh - b.dischargedKWh - b.lossesKWh).toBeCloseTo(b.socEndKWh - b.socStartKWh, 12);
    const p = r.points[0]!;
    expect(p.selfConsumptionKWh).toBeCloseTo(2.62, 12);
    expect(p.injectionKWh).toBeCloseTo(3, 12);
    expect(p.withdrawalKWh).toBeCloseTo(2.38, 12);
    // production = direct self-consumption + charge + injection; consumption = self + withdrawal.
    expect(p.productionKWh).toBeCloseTo(1 + b.chargedKWh + p.injectionKWh, 12);
    expect(p.consumptionKWh).toBeCloseTo(p.selfConsumptionKWh + p.withdrawalKWh, 12);
    expect(Array.from(r.series.injected).map((x) => +x.toFixed(10))).toEqual([2, 0, 0, 1]);
    expect(Array.from(r.series.withdrawn).map((x) => +x.toFixed(10))).toEqual([0, 0.38, 2, 0]);
  });
});

describe("'shared-energy' battery", () => {
  // Plant [4, 0]; consumer [1, 3]. Without storage: shared [1, 0] = 1.
  // Battery at the consumer: 10 kWh, 5 kW, η 0.81, min SOC 0.
  // h0: surplus 3 → charges 3, stores 2.7, counted withdrawal 0.81·3 = 2.43 [RO p.144]
  //     → shared min(4, 1 + 2.43) = 3.43.
  // h1: deficit 3 → releases min(3, 2.7·0.9) = 2.43 → shared min(2.43, 3) = 2.43.
  // Total 5.86; the 2.43 released is storage (valorised only), the plant's 3.43 incentivised.
  const withBattery = (strategy: BatteryInput['strategy']): PointInput => ({
    ...consumer(2, 2, f(1, 3)),
    battery: { capacityKWh: 10, powerKW: 5, roundTripEfficiency: 0.81, minSoc: 0, strategy },
  });
  const plant = producer(1, null, 1, f(4, 0), '2024-01-01');

  it('raises shared energy in a hand case', () => {
    const base = computeBalance(input([plant, consumer(2, 2, f(1, 3))], 2));
    expect(base.configuration.sharedKWh).toBeCloseTo(1, 12);
    const idle = computeBalance(input([plant, withBattery('self-consumption')], 2));
    expect(idle.configuration.sharedKWh).toBeCloseTo(1, 12);

    const r = computeBalance(input([plant, withBattery('shared-energy')], 2));
    expect(r.series.shared[0]).toBeCloseTo(3.43, 12);
    expect(r.series.shared[1]).toBeCloseTo(2.43, 12);
    expect(r.configuration.sharedKWh).toBeCloseTo(5.86, 12);
    expect(r.configuration.storageSharedKWh).toBeCloseTo(2.43, 12);
    expect(r.plants[0]!.incentivisedKWh).toBeCloseTo(3.43, 12);
    expect(r.configuration.valorisedOnlyKWh).toBeCloseTo(2.43, 12);
    expect(r.configuration.batteryGridChargeKWh).toBeCloseTo(3, 12);
    const b = r.batteries[0]!;
    expect(b.chargedKWh).toBeCloseTo(3, 12);
    expect(b.dischargedKWh).toBeCloseTo(2.43, 12);
    expect(b.lossesKWh).toBeCloseTo(0.57, 12);
    expect(b.chargedKWh - b.dischargedKWh - b.lossesKWh).toBeCloseTo(b.socEndKWh - b.socStartKWh, 12);
    const m = r.members[0]!;
    // Consumer share: h0 all of 3.43 (1 + 2.43 withdrawn), h1 3 · 2.43/3 = 2.43.
    expect(m.sharedAsConsumerKWh).toBeCloseTo(5.86, 12);
    expect(m.sharedAsProducerKWh).toBeCloseTo(2.43, 12);
    expect(m.injectionKWh).toBeCloseTo(2.43, 12);
  });

  it('stays idle outside the substation', () => {
    const b = { ...withBattery('shared-energy'), inSubstation: false };
    const r = computeBalance(input([plant, b], 2));
    expect(r.configuration.sharedKWh).toBe(0);
    expect(r.batteries[0]!.chargedKWh).toBe(0);
  });
});
