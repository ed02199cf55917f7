/** The incentive earned by a configuration in each month of the first year: 12 bars [€]. */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

export function monthlyIncentiveOption(monthlyIncentiveEur: number[], loc: ChartLocale): EChartsOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 2)} €` },
    grid: { left: 60, right: 16, top: 20, bottom: 28 },
    xAxis: { type: 'category', data: loc.months },
    yAxis: { type: 'value', name: '€', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: [{ name: loc.text('eco.incentive'), type: 'bar', data: monthlyIncentiveEur, itemStyle: { color: COLOURS.shared } }],
  };
}
