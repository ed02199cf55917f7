import { describe, expect, it } from 'vitest';
import { computeBalance } from '../../../core/balance';
import type { PointInput } from '../../../core/balance';
import { consumer, f, input } from './helpers';

describe('behind the meter', () => {
  // Prosumer: production [3, 3, 1], load [2, 1, 4]
  //   self [2, 1, 1] = 4; injection [1, 2, 0] = 3; withdrawal [0, 0, 3] = 3.
  // Consumer B [2, 1, 1]. Σ injected [1, 2, 0]; Σ withdrawn [2, 1, 4]; shared [1, 1, 0] = 2.
  const prosumer: PointInput = {
    id: 1,
    memberId: 1,
    load: f(2, 1, 4),
    plants: [{ plantId: 11, production: f(3, 3, 1), commissioningDate: '2024-06-01', existing: false, kW: 3 }],
    inSubstation: true,
  };

  it('lets self-consumption reduce injection and withdrawal', () => {
    const r = computeBalance(input([prosumer, consumer(2, 2, f(2, 1, 1))], 3));
    const p = r.points[0]!;
    expect(p.productionKWh).toBeCloseTo(7, 12);
    expect(p.selfConsumptionKWh).toBeCloseTo(4, 12);
    expect(p.injectionKWh).toBeCloseTo(3, 12);
    expect(p.withdrawalKWh).toBeCloseTo(3, 12);
    expect(Array.from(r.series.injected)).toEqual([1, 2, 0]);
    expect(Array.from(r.series.withdrawn)).toEqual([2, 1, 4]);
    expect(r.configuration.sharedKWh).toBeCloseTo(2, 12);
    const plant = r.plants[0]!;
    expect(plant.injectionKWh).toBeCloseTo(3, 12);
    expect(plant.sharedRatio).toBeCloseTo(2 / 3, 12);
    const m1 = r.members.find((m) => m.memberId === 1)!;
    const m2 = r.members.find((m) => m.memberId === 2)!;
    expect(m1.selfSufficiency).toBeCloseTo(4 / 7, 12);
    expect(m1.sharedAsProducerKWh).toBeCloseTo(2, 12);
    expect(m2.sharedAsConsumerKWh).toBeCloseTo(2, 12);
    expect(m2.selfSufficiency).toBeCloseTo(0.5, 12);
    expect(r.configuration.selfConsumptionKWh).toBeCloseTo(4, 12);
    expect(r.configuration.selfSufficiency).toBeCloseTo((4 + 2) / 11, 12);
  });

  it('splits a point injection among its plants pro rata to production', () => {
    // Two plants behind one meter: A [2, 0], B [2, 3]; load [1, 1].
    // Injection [3, 2]: A gets [1.5, 0], B [1.5, 2].
    const p: PointInput = {
      id: 1,
      memberId: 1,
      load: f(1, 1),
      plants: [
        { plantId: 1, production: f(2, 0), commissioningDate: '2022-01-01', existing: false, kW: 2 },
        { plantId: 2, production: f(2, 3), commissioningDate: '2023-01-01', existing: false, kW: 3 },
      ],
      inSubstation: true,
    };
    const r = computeBalance(input([p], 2));
    expect(r.plants[0]!.injectionKWh).toBeCloseTo(1.5, 12);
    expect(r.plants[1]!.injectionKWh).toBeCloseTo(3.5, 12);
    expect(r.points[0]!.selfConsumptionKWh).toBeCloseTo(2, 12);
  });

  it('counts EV charging as consumption and withdrawal', () => {
    // Plant [3, 3]; consumer load [1, 0] + EV [0, 2] → withdrawn [1, 2], shared 3.
    const c: PointInput = { id: 2, memberId: 5, load: f(1, 0), ev: f(0, 2), plants: [], inSubstation: true };
    const plant: PointInput = {
      id: 1,
      memberId: null,
      plants: [{ plantId: 1, production: f(3, 3), commissioningDate: '2024-01-01', existing: false, kW: 3 }],
      inSubstation: true,
    };
    const r = computeBalance(input([plant, c], 2));
    expect(r.configuration.sharedKWh).toBeCloseTo(3, 12);
    const m = r.members[0]!;
    expect(m.evKWh).toBeCloseTo(2, 12);
    expect(m.consumptionKWh).toBeCloseTo(3, 12);
    expect(m.sharedAsConsumerKWh).toBeCloseTo(3, 12);
    expect(r.configuration.evKWh).toBeCloseTo(2, 12);
    // Third-party plant: everything injected.
    expect(r.points[0]!.injectionKWh).toBeCloseTo(6, 12);
  });
});
