/**
 * The year as a picture: shared energy in each hour of each day, 365 (366) columns × 24 rows
 * [kWh in that civil hour]. Cells are in Italian civil time, as the GSE counts hours: on the
 * spring change day hour 2 is empty, on the autumn one it holds both of its hours.
 */
import type { EChartsOption } from 'echarts';
import type { TimeBase } from '../model/timeseries';
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import { COLOURS, type ChartLocale } from './chart-locale';

export interface DayHourGrid {
  /** Days of the civil year covered (365 or 366). */
  days: number;
  /** Energy per cell, index (day of year − 1) × 24 + hour [kWh]. */
  cells: Float64Array;
  /** Month 0…11 and day of month of each day, for the axis labels. */
  month: Uint8Array;
  dayOfMonth: Uint8Array;
}

/** Sums a series (any step, e.g. quarter hours) into civil day × hour cells. */
export function dayHourGrid(values: ArrayLike<number>, base: TimeBase): DayHourGrid {
  const cal = civilCalendarFor(base);
  let days = 0;
  for (let i = 0; i < base.length; i++) days = Math.max(days, cal.dayOfYear[i]!);
  const cells = new Float64Array(days * 24);
  const month = new Uint8Array(days);
  const dayOfMonth = new Uint8Array(days);
  for (let i = 0; i < base.length; i++) {
    const d = cal.dayOfYear[i]! - 1;
    cells[d * 24 + cal.hour[i]!]! += values[i] ?? 0;
    month[d] = cal.month[i]! - 1;
    dayOfMonth[d] = cal.day[i]!;
  }
  return { days, cells, month, dayOfMonth };
}

/** Five steps of green from none to the year's busiest hour, read the same on paper and screen. */
const GREENS = ['#f4f8f5', '#c7e2d0', '#8cc5a1', '#4c9a6f', COLOURS.shared];

export function heatmapOption(grid: DayHourGrid, loc: ChartLocale): EChartsOption {
  const max = Math.max(0, ...grid.cells);
  const data: [number, number, number][] = [];
  // Hours with nothing shared (nights, half the year) are left blank rather than drawn: half
  // the cells, half the SVG of the report.
  for (let d = 0; d < grid.days; d++) for (let h = 0; h < 24; h++) if (grid.cells[d * 24 + h]! > 0) data.push([d, h, grid.cells[d * 24 + h]!]);
  const step = max > 0 ? max / GREENS.length : 1;
  const digits = step < 10 ? 1 : 0;
  return {
    animation: false,
    tooltip: {
      formatter: (p) => {
        const v = (Array.isArray(p) ? p[0]! : p).value as [number, number, number];
        return `${grid.dayOfMonth[v[0]]} ${loc.months[grid.month[v[0]]!]} ${v[1]}:00 — ${loc.number(v[2], 1)} kWh`;
      },
    },
    grid: { left: 48, right: 16, top: 28, bottom: 72 },
    xAxis: {
      type: 'category',
      name: loc.text('heat.day'),
      nameLocation: 'middle',
      nameGap: 24,
      data: Array.from({ length: grid.days }, (_, d) => loc.months[grid.month[d]!]!),
      splitArea: { show: false },
      axisTick: { show: false },
      // One label per month, on its first day.
      axisLabel: { interval: (d: number) => grid.dayOfMonth[d] === 1 },
    },
    yAxis: {
      type: 'category',
      name: loc.text('heat.hour'),
      nameLocation: 'start', // the axis runs downwards: its name stays on top
      data: Array.from({ length: 24 }, (_, h) => String(h)),
      axisLabel: { interval: 2 },
      inverse: true,
    },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 10 },
      pieces: GREENS.map((color, i) => ({
        min: i * step,
        ...(i < GREENS.length - 1 ? { max: (i + 1) * step } : {}),
        color,
        label: i < GREENS.length - 1 ? `${loc.number(i * step, digits)}–${loc.number((i + 1) * step, digits)} kWh` : `≥ ${loc.number(i * step, digits)} kWh`,
      })),
    },
    series: [{ type: 'heatmap', name: loc.text('sim.shared'), data, progressive: 0, emphasis: { disabled: true } }],
  };
}
