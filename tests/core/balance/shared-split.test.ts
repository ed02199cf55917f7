import { describe, expect, it } from 'vitest';
import { computeBalance } from '../../../core/balance';
import { consumer, f, input, producer } from './helpers';

// Hand case, 3 hourly steps.
//   P1 (2022-01-10, older) injects [2, 5, 0]; P2 (2024-03-01, newer) injects [4, 1, 1].
//   Consumers A [3, 2, 1], B [1, 1, 1].
//   Σ injected [6, 6, 1], Σ withdrawn [4, 3, 2] → shared [4, 3, 1] = 8 kWh.
//   Oldest first: h0 P1 2, P2 2; h1 P1 3, P2 0; h2 P1 0, P2 1 → P1 5, P2 3.
//   (A pro-rata-by-injection split would give P1 ≈ 3.83 instead.)
//   Consumers by withdrawal: A = 3 + 2 + 1·½ = 5.5; B = 1 + 1 + ½ = 2.5.
//   Producers by injection: M10 (P1) = 4·2/6 + 3·5/6 + 0 = 23/6; M11 (P2) = 4·4/6 + 3·1/6 + 1 = 25/6.
function handCase() {
  return input(
    [
      producer(2, 11, 102, f(4, 1, 1), '2024-03-01'), // newer plant listed first on purpose
      producer(1, 10, 101, f(2, 5, 0), '2022-01-10'),
      consumer(3, 20, f(3, 2, 1)),
      consumer(4, 21, f(1, 1, 1)),
    ],
    3,
  );
}

describe('shared energy and oldest-first split', () => {
  it('takes the hourly minimum and fills the oldest plant first', () => {
    const r = computeBalance(handCase());
    expect(Array.from(r.series.injected)).toEqual([6, 6, 1]);
    expect(Array.from(r.series.withdrawn)).toEqual([4, 3, 2]);
    expect(Array.from(r.series.shared)).toEqual([4, 3, 1]);
    expect(r.configuration.sharedKWh).toBeCloseTo(8, 12);
    const p1 = r.plants.find((p) => p.plantId === 101)!;
    const p2 = r.plants.find((p) => p.plantId === 102)!;
    expect(p1.rank).toBe(0);
    expect(p2.rank).toBe(1);
    expect(Array.from(p1.sharedSeries)).toEqual([2, 3, 0]);
    expect(Array.from(p2.sharedSeries)).toEqual([2, 0, 1]);
    expect(p1.sharedKWh).toBeCloseTo(5, 12);
    expect(p2.sharedKWh).toBeCloseTo(3, 12);
    expect(p1.incentivisedKWh).toBeCloseTo(5, 12);
    expect(p1.sharedRatio).toBeCloseTo(5 / 7, 12);
    expect(p2.sharedRatio).toBeCloseTo(3 / 6, 12);
    expect(r.configuration.incentivisedKWh).toBeCloseTo(8, 12);
    expect(r.configuration.sharedRatio).toBeCloseTo(8 / 13, 12);
  });

  it('gives members their hourly pro-rata shares', () => {
    const r = computeBalance(handCase());
    const m = (id: number) => r.members.find((x) => x.memberId === id)!;
    expect(m(20).sharedAsConsumerKWh).toBeCloseTo(5.5, 12);
    expect(m(21).sharedAsConsumerKWh).toBeCloseTo(2.5, 12);
    expect(m(20).selfSufficiency).toBeCloseTo(5.5 / 6, 12);
    expect(m(21).selfSufficiency).toBeCloseTo(2.5 / 3, 12);
    expect(m(10).sharedAsProducerKWh).toBeCloseTo(23 / 6, 12);
    expect(m(11).sharedAsProducerKWh).toBeCloseTo(25 / 6, 12);
    expect(m(10).sharedRatio).toBeCloseTo(23 / 6 / 7, 12);
    expect(m(20).sharedAsProducerKWh).toBe(0);
    expect(m(10).sharedAsConsumerKWh).toBe(0);
  });

  it('flags pre-existing plants as valorisation only and puts planned plants last', () => {
    const i = handCase();
    i.points[1]!.plants[0]!.existing = true; // P1, oldest, takes 5 kWh first
    i.points.push(producer(5, null, 103, f(10, 10, 10), null)); // planned: after every dated plant
    const r = computeBalance(i);
    const p = (id: number) => r.plants.find((x) => x.plantId === id)!;
    expect(p(101).valorisedOnlyKWh).toBeCloseTo(5, 12);
    expect(p(101).incentivisedKWh).toBe(0);
    expect(p(101).incentiveEligible).toBe(false);
    expect(p(102).incentivisedKWh).toBeCloseTo(3, 12);
    expect(p(103).rank).toBe(2);
    // h2: Σ withdrawn 2, P2 gives 1, the planned plant fills the remaining 1.
    expect(Array.from(p(103).sharedSeries)).toEqual([0, 0, 1]);
    expect(r.configuration.sharedKWh).toBeCloseTo(9, 12);
    expect(r.configuration.incentivisedKWh).toBeCloseTo(4, 12);
    expect(r.configuration.valorisedOnlyKWh).toBeCloseTo(5, 12);
    expect(Array.from(r.series.incentivised)).toEqual([2, 0, 2]);
  });

  it('breaks date ties by plant id and gives plants above 1 MW valorisation only', () => {
    const i = input(
      [
        producer(1, null, 9, f(3), '2023-05-05', { kW: 1200 }),
        producer(2, null, 8, f(3), '2023-05-05'),
        consumer(3, 1, f(4)),
      ],
      1,
    );
    const r = computeBalance(i);
    const p = (id: number) => r.plants.find((x) => x.plantId === id)!;
    expect(p(8).sharedKWh).toBeCloseTo(3, 12);
    expect(p(9).sharedKWh).toBeCloseTo(1, 12);
    expect(p(9).incentiveEligible).toBe(false);
    expect(p(9).valorisedOnlyKWh).toBeCloseTo(1, 12);
    expect(r.configuration.incentivisedKWh).toBeCloseTo(3, 12);
  });
});

describe('plants the rules exclude from the tariff', () => {
  // Two producers of 3 kWh, a consumer of 4 kWh: shared 4, split oldest first 3 + 1. The older
  // plant is excluded by a finding: its 3 kWh are valorised only, E_ACI is the newer plant's 1.
  it('keeps their shared energy, valorised only', () => {
    const i = input([producer(1, null, 9, f(3), '2022-05-05', { incentiveExcluded: true }), producer(2, null, 8, f(3), '2023-05-05'), consumer(3, 1, f(4))], 1);
    const r = computeBalance(i);
    const p = (id: number) => r.plants.find((x) => x.plantId === id)!;
    expect(p(9).sharedKWh).toBeCloseTo(3, 12);
    expect(p(9).incentiveEligible).toBe(false);
    expect(p(9).valorisedOnlyKWh).toBeCloseTo(3, 12);
    expect(r.configuration.incentivisedKWh).toBeCloseTo(1, 12);
  });
});

describe('primary substation', () => {
  // Hand case plus consumer C outside [5, 5, 5] and plant P3 outside [10, 10, 10]:
  // shared stays [4, 3, 1]; C gets nothing; both keep their own flows, are reported apart and
  // left out of the configuration's totals.
  it('excludes points outside the substation from shared energy', () => {
    const i = handCase();
    i.points.push(consumer(6, 30, f(5, 5, 5), false));
    i.points.push(producer(7, 31, 107, f(10, 10, 10), '2020-01-01', { inSubstation: false }));
    const r = computeBalance(i);
    expect(Array.from(r.series.shared)).toEqual([4, 3, 1]);
    const c = r.members.find((m) => m.memberId === 30)!;
    expect(c.sharedAsConsumerKWh).toBe(0);
    expect(c.withdrawalKWh).toBeCloseTo(15, 12);
    const p3 = r.plants.find((p) => p.plantId === 107)!;
    expect(p3.inSubstation).toBe(false);
    expect(p3.sharedKWh).toBe(0);
    expect(p3.injectionKWh).toBeCloseTo(30, 12);
    expect(r.configuration.outsidePointIds).toEqual([6, 7]);
    expect(r.configuration.withdrawalOutsideKWh).toBeCloseTo(15, 12);
    expect(r.configuration.injectionOutsideKWh).toBeCloseTo(30, 12);
    expect(r.configuration.withdrawalKWh).toBeCloseTo(9, 12);
    expect(r.configuration.injectionKWh).toBeCloseTo(13, 12);
    expect(r.monthly.withdrawalKWh.reduce((a, b) => a + b, 0)).toBeCloseTo(9, 12);
    expect(r.monthly.productionKWh.reduce((a, b) => a + b, 0)).toBeCloseTo(r.configuration.productionKWh, 12);
    expect(r.configuration.withdrawalInSubstationKWh).toBeCloseTo(9, 12);
    expect(r.configuration.sharedKWh).toBeCloseTo(8, 12);
    // Counted in the power of the configuration for the 30% rule.
    expect(r.existingPlants.totalKw).toBeCloseTo(30, 12);
  });
});
