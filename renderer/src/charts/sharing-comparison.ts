/**
 * Who gains and who loses between two rule sets: one horizontal bar per member, the change of
 * its yearly amount [€] (gains green, losses orange), largest gain on top.
 */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

export interface ComparisonBar {
  name: string;
  diffEur: number;
}

export function sharingComparisonOption(rows: readonly ComparisonBar[], loc: ChartLocale): EChartsOption {
  // ECharts draws categories bottom-up: ascending order puts the largest gain on top.
  const bottomUp = [...rows].sort((a, b) => a.diffEur - b.diffEur);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${loc.number(asNumber(v), 2)} €` },
    grid: { left: 170, right: 24, top: 16, bottom: 28 },
    xAxis: { type: 'value', name: 'Δ €', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    yAxis: { type: 'category', data: bottomUp.map((r) => r.name), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        name: loc.text('share.diff'),
        type: 'bar',
        data: bottomUp.map((r) => ({ value: r.diffEur, itemStyle: { color: r.diffEur >= 0 ? COLOURS.high : COLOURS.low } })),
      },
    ],
  };
}
