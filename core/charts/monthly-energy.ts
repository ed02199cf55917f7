/** Monthly production, consumption and shared energy of a configuration: 12 grouped bars [kWh]. */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

export interface MonthlyEnergy {
  productionKWh: number[];
  consumptionKWh: number[];
  sharedKWh: number[];
}

export function monthlyEnergyOption(data: MonthlyEnergy, loc: ChartLocale): EChartsOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 0)} kWh` },
    legend: { top: 0 },
    grid: { left: 60, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: loc.months },
    yAxis: { type: 'value', name: 'kWh', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: [
      { name: loc.text('sim.production'), type: 'bar', data: data.productionKWh, itemStyle: { color: COLOURS.production } },
      { name: loc.text('sim.consumption'), type: 'bar', data: data.consumptionKWh, itemStyle: { color: COLOURS.consumption } },
      { name: loc.text('sim.shared'), type: 'bar', data: data.sharedKWh, itemStyle: { color: COLOURS.shared } },
    ],
  };
}
