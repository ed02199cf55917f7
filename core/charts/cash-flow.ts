/** Yearly net cash flow (bars) and its running total (line) over the project's life [€]. */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

export interface CashFlowPoint {
  year: number;
  netEur: number;
  cumulativeEur: number;
}

export function cashFlowOption(flows: CashFlowPoint[], loc: ChartLocale): EChartsOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 0)} €` },
    legend: { top: 0 },
    grid: { left: 70, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: flows.map((c) => String(c.year)) },
    yAxis: { type: 'value', name: '€', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: [
      { name: loc.text('eco.net'), type: 'bar', data: flows.map((c) => c.netEur), itemStyle: { color: COLOURS.net } },
      { name: loc.text('eco.cumulative'), type: 'line', data: flows.map((c) => c.cumulativeEur), itemStyle: { color: COLOURS.cumulative } },
    ],
  };
}
