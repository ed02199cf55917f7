/**
 * The dashboard's and report's energy charts against small hand-made results: the heatmap
 * cell of a civil day and hour is the sum of that hour's quarter hours, the Sankey's flows
 * balance, the duration curve is the series sorted largest first.
 */
import { describe, expect, it } from 'vitest';
import { chartLocale } from '../../../core/charts/chart-locale';
import { dayHourGrid, heatmapOption } from '../../../core/charts/heatmap';
import { energyFlowOption, energyFlows } from '../../../core/charts/energy-flow';
import { durationCurve, durationOption } from '../../../core/charts/duration';
import { chartOption } from '../../../core/charts/spec';
import type { TimeBase } from '../../../core/model/timeseries';

// 2025 in Rome: the year starts at 2024-12-31 23:00 UTC (UTC+1); summer time from 30 March
// 01:00 UTC to 26 October 01:00 UTC.
const START_2025 = Date.UTC(2024, 11, 31, 23, 0);
const quarterBase: TimeBase = { startUtcMs: START_2025, stepMinutes: 15, length: 365 * 96, timeZone: 'Europe/Rome' };

describe('heatmap of shared energy (day × hour)', () => {
  it('sums the four quarter hours of each civil hour into its cell', () => {
    const v = new Float64Array(quarterBase.length);
    // 1 January, 10:00–11:00 civil = 09:00–10:00 UTC = quarters 40…43 from the start.
    v[40] = 1;
    v[41] = 2;
    v[42] = 3;
    v[43] = 4;
    v[44] = 100; // 11:00, the next cell
    // 1 July 12:00 civil (UTC+2) = 10:00 UTC; day index 181 (0-based) of 2025.
    const julyNoonUtc = Date.UTC(2025, 6, 1, 10, 0);
    const q = (julyNoonUtc - START_2025) / 900_000;
    v[q] = 0.25;
    v[q + 3] = 0.75;
    const g = dayHourGrid(v, quarterBase);
    expect(g.days).toBe(365);
    expect(g.cells[0 * 24 + 10]).toBe(10);
    expect(g.cells[0 * 24 + 11]).toBe(100);
    expect(g.cells[181 * 24 + 12]).toBe(1);
    expect(g.cells.reduce((s, x) => s + x, 0)).toBe(111);
    expect([g.month[181], g.dayOfMonth[181]]).toEqual([6, 1]);
  });

  it('leaves 2:00 empty on the spring change day and puts both 2:00 hours in one cell in autumn', () => {
    const hourly: TimeBase = { startUtcMs: START_2025, stepMinutes: 60, length: 8760, timeZone: 'Europe/Rome' };
    const g = dayHourGrid(new Float64Array(8760).fill(1), hourly);
    // 30 March 2025 is day 89 (index 88); 26 October is day 299 (index 298).
    expect(g.cells[88 * 24 + 2]).toBe(0);
    expect(g.cells[298 * 24 + 2]).toBe(2);
    expect(g.cells[100 * 24 + 2]).toBe(1);
  });

  it('draws a cell for every hour with energy (not the missing 2:00 of the spring change day) and month names once a month, in Italian', () => {
    const hourly: TimeBase = { startUtcMs: START_2025, stepMinutes: 60, length: 8760, timeZone: 'Europe/Rome' };
    const o = heatmapOption(dayHourGrid(new Float64Array(8760).fill(2), hourly), chartLocale('it'));
    const series = (o.series as { data: [number, number, number][] }[])[0]!;
    expect(series.data).toHaveLength(8760 - 1);
    expect(series.data.some(([d, h]) => d === 88 && h === 2)).toBe(false);
    const x = o.xAxis as { data: string[]; axisLabel: { interval: (i: number) => boolean } };
    expect(x.data[31]).toBe('feb');
    expect(x.data.filter((_, i) => x.axisLabel.interval(i))).toEqual(['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']);
  });
});

describe('energy-flow Sankey', () => {
  // A configuration of 100 MWh produced: 30 self-consumed, 70 injected of which 20 shared;
  // 80 consumed: 30 self-consumed + 50 withdrawn, of which 20 shared.
  const t = { productionKWh: 100_000, consumptionKWh: 80_000, selfConsumedKWh: 30_000, injectedKWh: 70_000, withdrawnKWh: 50_000, sharedKWh: 20_000 };

  it('splits production into self-consumed, shared and sold, and meets consumption from self-consumption, shared energy and the grid', () => {
    const links = energyFlows(t);
    const value = (s: string, d: string) => links.find((l) => l.source === s && l.target === d)?.value;
    expect(value('sim.production', 'flow.selfConsumed')).toBe(30_000);
    expect(value('sim.production', 'sim.shared')).toBe(20_000);
    expect(value('sim.production', 'flow.sold')).toBe(50_000);
    expect(value('flow.grid', 'flow.consumption')).toBe(30_000);
    expect(links.some((l) => l.target === 'flow.storage')).toBe(false); // nothing stored or lost
  });

  it('balances: what leaves production is the production, what reaches consumption is the consumption, every middle node passes on what it gets', () => {
    for (const totals of [t, { ...t, productionKWh: 104_000 } /* 4 MWh kept or lost by batteries */]) {
      const links = energyFlows(totals);
      const out = (n: string) => links.filter((l) => l.source === n).reduce((s, l) => s + l.value, 0);
      const into = (n: string) => links.filter((l) => l.target === n).reduce((s, l) => s + l.value, 0);
      expect(out('sim.production')).toBe(totals.productionKWh);
      expect(into('flow.consumption')).toBe(totals.consumptionKWh);
      for (const middle of ['flow.selfConsumed', 'sim.shared']) expect(out(middle)).toBe(into(middle));
    }
  });

  it('labels nodes in MWh the Italian way', () => {
    const o = energyFlowOption(t, chartLocale('it'));
    const s = (o.series as { data: { name: string }[]; label: { formatter: (p: { name: string }) => string } }[])[0]!;
    expect(s.data.map((d) => d.name)).toContain('Autoconsumo fisico');
    expect(s.label.formatter({ name: 'Produzione' })).toBe('Produzione: 100,0 MWh');
    expect(s.label.formatter({ name: 'Consumi dei membri' })).toBe('Consumi dei membri: 80,0 MWh');
  });
});

describe('duration curves', () => {
  it('sorts each series largest first and numbers the hours from 1', () => {
    expect(durationCurve([0, 5, 2, 9])).toEqual([9, 5, 2, 0]);
    const o = durationOption({ productionKWh: [0, 5, 2], withdrawalKWh: [1, 1, 3], sharedKWh: [0, 1, 2] }, chartLocale('en'));
    const series = o.series as { name: string; data: [number, number][] }[];
    expect(series.map((s) => s.name)).toEqual(['Production', 'Withdrawal', 'Shared']);
    expect(series[0]!.data).toEqual([[1, 5], [2, 2], [3, 0]]);
    expect(series[1]!.data).toEqual([[1, 3], [2, 1], [3, 1]]);
  });

  it('is what a spec names', () => {
    const spec = { chart: 'duration' as const, data: { productionKWh: [1], withdrawalKWh: [1], sharedKWh: [1] } };
    expect(chartOption(spec, chartLocale('it'))).toEqual(expect.objectContaining({ legend: { top: 0 } }));
  });
});
