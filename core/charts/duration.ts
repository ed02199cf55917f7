/**
 * Duration curves: each hourly series sorted from its largest hour to its smallest, so the
 * x axis reads "for how many hours of the year was it at least this much" [kWh in the hour].
 */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

export interface DurationInput {
  productionKWh: ArrayLike<number>;
  withdrawalKWh: ArrayLike<number>;
  sharedKWh: ArrayLike<number>;
}

/** The values sorted largest first (a copy). */
export function durationCurve(values: ArrayLike<number>): number[] {
  return Array.from(values).sort((a, b) => b - a);
}

export function durationOption(input: DurationInput, loc: ChartLocale): EChartsOption {
  const line = (name: string, values: ArrayLike<number>, color: string) => ({
    name,
    type: 'line' as const,
    showSymbol: false,
    sampling: 'lttb' as const,
    lineStyle: { width: 1.5 },
    itemStyle: { color },
    data: durationCurve(values).map((v, i) => [i + 1, v]),
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 1)} kWh` },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 36, bottom: 44 },
    xAxis: { type: 'value', name: loc.text('duration.hours'), nameLocation: 'middle', nameGap: 26, min: 0, max: input.sharedKWh.length, axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    yAxis: { type: 'value', name: 'kWh', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: [
      line(loc.text('sim.production'), input.productionKWh, COLOURS.production),
      line(loc.text('duration.withdrawal'), input.withdrawalKWh, COLOURS.withdrawn),
      line(loc.text('sim.shared'), input.sharedKWh, COLOURS.shared),
    ],
  };
}
