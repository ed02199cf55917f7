/** The average day of one month: injected, withdrawn and shared energy hour by hour [kWh]. */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

/** Average day per month, indexed month × 24 + hour [kWh in that hour]. */
export interface TypicalDays {
  injected: number[];
  withdrawn: number[];
  shared: number[];
}

/** The 24 hourly values of `month` (0 = January) from a 12 × 24 series. */
export function dayOf(series: number[], month: number): number[] {
  return series.slice(month * 24, month * 24 + 24);
}

export function typicalDayOption(days: TypicalDays, month: number, loc: ChartLocale): EChartsOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 1)} kWh` },
    legend: { top: 0 },
    grid: { left: 60, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => `${h}:00`) },
    yAxis: { type: 'value', name: 'kWh', axisLabel: { formatter: (v: number) => loc.numberUpTo(v, 1) } },
    series: [
      { name: loc.text('sim.injected'), type: 'line', smooth: true, data: dayOf(days.injected, month), itemStyle: { color: COLOURS.injected } },
      { name: loc.text('sim.withdrawn'), type: 'line', smooth: true, data: dayOf(days.withdrawn, month), itemStyle: { color: COLOURS.withdrawn } },
      {
        name: loc.text('sim.shared'),
        type: 'line',
        smooth: true,
        areaStyle: { opacity: 0.25 },
        data: dayOf(days.shared, month),
        itemStyle: { color: COLOURS.shared },
      },
    ],
  };
}
