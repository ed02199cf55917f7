/** Grouped bars of a few named quantities (e.g. a member's consumption and what covers it) [unit given]. */
import type { EChartsOption } from 'echarts';
import { asNumber, type ChartLocale } from './chart-locale';

export interface BarsInput {
  unit: string;
  categories: string[];
  series: { name: string; values: number[]; colour: string }[];
}

export function barsOption(input: BarsInput, loc: ChartLocale): EChartsOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 0)} ${input.unit}` },
    // One series: its name is the chart's title already, a legend would only repeat it.
    ...(input.series.length > 1 ? { legend: { top: 0 } } : {}),
    grid: { left: 60, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: input.categories },
    yAxis: { type: 'value', name: input.unit, axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: input.series.map((s) => ({ name: s.name, type: 'bar', data: s.values, itemStyle: { color: s.colour } })),
  };
}
