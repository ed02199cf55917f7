/**
 * The incentive and the sale of injected energy are summed fast (per segment of constant
 * prices, one division at the end) and certified to the cent against the reference sums. These
 * tests hold them to amounts worked out by hand, and on random years to the exact decimal sum
 * Σ price × kWh / 1000 rounded half up (decimal.js, step by step: independent of the doubles).
 */
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { centsWithin } from '../../../core/economics/money';
import { constantSegments, sumsBySegment } from '../../../core/economics/constantSegments';
import { monthlyIncentivePerPlantAtPrices } from '../../../core/economics/monthlyIncentive';
import { pmgRevenueAtPrices, zonalValuesCents } from '../../../core/economics/energySale';
import { tipBeforeFEurPerMWh, tipPowerClass } from '../../../core/economics/tipTariff';
import type { TimeBase } from '../../../core/model/timeseries';

// 48 hours from 31 Jan 2024 00:00 Europe/Rome: 24 h in January, 24 in February.
const base48: TimeBase = { startUtcMs: Date.UTC(2024, 0, 30, 23), stepMinutes: 60, length: 48, timeZone: 'Europe/Rome' };
const plant = { plantId: 1, powerKw: 100, region: 'Lombardia', source: 'pv' as const, grantShare: 0 };

describe('centsWithin: the cent of every amount within an error bound, or null', () => {
  it('decides when no half cent lies within the bound', () => {
    expect(centsWithin(1.234, 1e-9)).toBe(123);
    expect(centsWithin(1.2361, 1e-6)).toBe(124);
    expect(centsWithin(1234.5649, 1e-6)).toBe(123456);
  });
  it('gives up near a half cent, at or below zero, and when the bound is wide', () => {
    expect(centsWithin(0.125, 1e-12)).toBeNull();
    expect(centsWithin(1.23500001, 1e-6)).toBeNull();
    expect(centsWithin(0, 0)).toBeNull();
    expect(centsWithin(-1.234, 1e-9)).toBeNull();
    expect(centsWithin(1.234, 0.01)).toBeNull();
  });
});

describe('segments of constant prices', () => {
  it('cuts where any series changes and at every cut: [1,1,2 | 2,2,3] → starts 0, 2, 3, 5', () => {
    const s = constantSegments([Float64Array.of(1, 1, 2, 2, 2, 3), Float64Array.of(5, 5, 5, 5, 5, 5)], Int32Array.of(0, 3, 6));
    expect([...s.starts]).toEqual([0, 2, 3, 5, 6]);
    expect([...s.firstOfCut]).toEqual([0, 2, 4]);
    expect([...s.values[0]!]).toEqual([1, 2, 2, 3]);
    const bySegment = new Float64Array(4);
    expect(sumsBySegment(Float64Array.of(1, 2, 3, 4, 5, 6), s, bySegment)).toBe(true);
    expect([...bySegment]).toEqual([3, 3, 9, 6]);
    expect(sumsBySegment(Float64Array.of(1, -2, 3, 4, 5, 6), s, bySegment)).toBe(false);
    expect(sumsBySegment(Float64Array.of(1, 2, 3, 4, 5, Number.NaN), s, bySegment)).toBe(false);
  });
});

describe('incentive: fast sums against hand amounts and exact decimals', () => {
  it('a half cent exactly goes to the reference and rounds up: 1 kWh and 3 kWh at TIP 125 €/MWh', () => {
    // Pz 145: TPbase 80 + (180 − 145) = 115 ≤ CAP 120, + FC north 10 = 125 €/MWh [RO p.38–39].
    // January: 1 kWh × 125 / 1000 = 0.125 € → 0.13 €; February: 3 kWh → 0.375 € → 0.38 €.
    const eaci = new Float64Array(48);
    eaci[12] = 1;
    eaci[36] = 3;
    const [res] = monthlyIncentivePerPlantAtPrices(base48, [new Float64Array(48).fill(145)], [{ ...plant, eaciKWh: eaci }]);
    expect(res![0]!.months.map((m) => m.incentiveEur.toFixed(2))).toEqual(['0.13', '0.38']);
    expect(res![0]!.totalCents).toBe(51);
    expect(res![0]!.months[0]!.averageTipEurPerMWh).toBe(125);
  });

  it('equals the exact decimal sum rounded half up on random years, prices monthly or hourly', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const base: TimeBase = { startUtcMs: Date.UTC(2024, 11, 31, 23), stepMinutes: 60, length: 8760, timeZone: 'Europe/Rome' };
    const civilMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' });
    for (let trial = 0; trial < 6; trial++) {
      const hourly = trial % 2 === 1;
      const monthly = Array.from({ length: 12 }, () => 60 + rnd() * 140);
      const pz = new Float64Array(8760).map((_, h) => (hourly ? 40 + rnd() * 200 : monthly[Math.min(11, Math.floor(h / 730))]!));
      const eaci = new Float64Array(8760).map((_, h) => (h % 24 > 7 && h % 24 < 18 && rnd() > 0.1 ? rnd() * 40 : 0));
      const p = { ...plant, plantId: trial, powerKw: [50, 300, 800][trial % 3]!, grantShare: trial === 2 ? 0.2 : 0, eaciKWh: eaci };
      const [res] = monthlyIncentivePerPlantAtPrices(base, [pz], [p]);
      // Independent: TIP × (1 − F) × E / 1000 per hour in decimals, by civil month (Rome).
      const cls = tipPowerClass(p.powerKw);
      const f = p.grantShare * 1.25;
      const byMonth = new Map<string, Decimal>();
      for (let h = 0; h < 8760; h++) {
        if (eaci[h] === 0) continue;
        const key = civilMonth.format(new Date(base.startUtcMs + h * 3_600_000));
        const tip = new Decimal(tipBeforeFEurPerMWh(cls, 10, pz[h]!));
        const amount = tip.times(new Decimal(eaci[h]!).times(new Decimal(1).minus(f))).dividedBy(1000);
        byMonth.set(key, (byMonth.get(key) ?? new Decimal(0)).plus(amount));
      }
      const expected = [...byMonth.values()].map((d) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
      expect(res![0]!.months.filter((m) => m.eaciKWh > 0).map((m) => m.incentiveEur.toFixed(2))).toEqual(expected);
    }
  });
});

describe('sale: fast sums against exact decimals', () => {
  it('zonal value and PMG revenue equal the exact decimal sums on random years', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 6; trial++) {
      const hourly = trial % 2 === 1;
      const monthly = Array.from({ length: 12 }, () => 50 + rnd() * 150);
      const prices = [0.8, 1, 1.2].map((k) => new Float64Array(8760).map((_, h) => k * (hourly ? 30 + rnd() * 200 : monthly[Math.floor(h / 730)]!)));
      const injected = new Float64Array(8760).map((_, h) => (h % 24 > 6 && h % 24 < 19 ? rnd() * 30 : 0));
      const exact = (pz: Float64Array) => {
        let s = new Decimal(0);
        for (let h = 0; h < 8760; h++) if (injected[h] !== 0) s = s.plus(new Decimal(injected[h]!).times(pz[h]!).dividedBy(1000));
        return s.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      };
      const cents = zonalValuesCents(injected, prices);
      expect([...cents].map((c) => (c / 100).toFixed(2))).toEqual(prices.map((pz) => exact(pz).toFixed(2)));
      // PMG band of 1.5 GWh: the whole year at 46.4 €/MWh, topped up to the zonal value when higher.
      let kWh = new Decimal(0);
      for (const e of injected) kWh = kWh.plus(e);
      const banded = kWh.times(46.4).dividedBy(1000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const pmg = pmgRevenueAtPrices(injected, prices, [{ upToKWh: 1_500_000, eurPerMWh: 46.4 }]);
      expect(pmg.map((r) => r.revenueEur.toFixed(2))).toEqual(prices.map((pz) => Decimal.max(banded, exact(pz)).toFixed(2)));
    }
  });
});
