/** Sizing sweep: shared energy (bars) and NPV (line) against kWp, the best size marked. */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from '../../../core/charts/chart-locale';

export interface SweepPoint {
  kWp: number;
  sharedKWh: number;
  npvEur: number;
  feasible: boolean;
}

export function sizingSweepOption(sizes: SweepPoint[], bestKWp: number | null, loc: ChartLocale): EChartsOption {
  const labels = sizes.map((s) => loc.number(s.kWp, 1));
  const best = sizes.findIndex((s) => s.kWp === bestKWp);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 70, right: 70, top: 36, bottom: 40 },
    xAxis: { type: 'category', data: labels, name: 'kWp', nameLocation: 'middle', nameGap: 26 },
    yAxis: [
      { type: 'value', name: 'kWh', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
      { type: 'value', name: '€', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    ],
    series: [
      {
        name: loc.text('adv.shared'),
        type: 'bar',
        data: sizes.map((s, i) => ({ value: s.sharedKWh, itemStyle: { color: i === best ? COLOURS.cumulative : s.feasible ? COLOURS.shared : '#b8c4bd' } })),
        tooltip: { valueFormatter: (v) => `${loc.number(asNumber(v), 0)} kWh` },
      },
      {
        name: loc.text('adv.npv'),
        type: 'line',
        yAxisIndex: 1,
        data: sizes.map((s) => s.npvEur),
        itemStyle: { color: COLOURS.net },
        tooltip: { valueFormatter: (v) => `${loc.number(asNumber(v), 0)} €` },
        ...(best >= 0 ? { markPoint: { symbol: 'pin', data: [{ name: loc.text('adv.best'), coord: [best, sizes[best]!.npvEur], value: loc.text('adv.best') }] } } : {}),
      },
    ],
  };
}
