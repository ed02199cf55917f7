/** The 3-day outlook: expected production per hour, the suggested hours highlighted. */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from '../../../core/charts/chart-locale';

export interface OutlookPoint {
  local: string;
  kWh: number;
  suggested: boolean;
}

export function outlookOption(hours: OutlookPoint[], loc: ChartLocale): EChartsOption {
  // "30/03 14:00" in Italian order, in the forecast's zone.
  const label = (l: string) => `${l.slice(8, 10)}/${l.slice(5, 7)} ${l.slice(11, 16)}`;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 1)} kWh` },
    grid: { left: 60, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: hours.map((h) => label(h.local)), axisLabel: { interval: 5 } },
    yAxis: { type: 'value', name: 'kWh', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: [
      {
        name: loc.text('adv.outlook.production'),
        type: 'bar',
        data: hours.map((h) => ({ value: h.kWh, itemStyle: { color: h.suggested ? COLOURS.shared : COLOURS.production } })),
      },
    ],
  };
}
