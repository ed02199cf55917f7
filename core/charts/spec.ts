/**
 * A chart as data — which chart and the numbers it draws — so a document (core/report) can
 * name its charts without holding ECharts options (which carry formatter functions), and the
 * screen and the report build the same option from the same builder.
 */
import type { EChartsOption } from 'echarts';
import type { TimeBase } from '../model/timeseries';
import type { ChartLocale } from './chart-locale';
import { barsOption, type BarsInput } from './bars';
import { cashFlowOption, type CashFlowPoint } from './cash-flow';
import { durationOption, type DurationInput } from './duration';
import { energyFlowOption, type FlowTotals } from './energy-flow';
import { dayHourGrid, heatmapOption } from './heatmap';
import { monthlyEnergyOption, type MonthlyEnergy } from './monthly-energy';
import { monthlyIncentiveOption } from './monthly-incentive';

export type ChartSpec =
  | { chart: 'monthly-energy'; data: MonthlyEnergy }
  | { chart: 'monthly-incentive'; data: number[] }
  | { chart: 'cash-flow'; data: CashFlowPoint[] }
  /** Hourly (or quarter-hourly) energy on `base`, drawn as civil day × hour [kWh]. */
  | { chart: 'heatmap'; data: { base: TimeBase; valuesKWh: ArrayLike<number> } }
  | { chart: 'energy-flow'; data: FlowTotals }
  | { chart: 'duration'; data: DurationInput }
  | { chart: 'bars'; data: BarsInput };

export function chartOption(spec: ChartSpec, loc: ChartLocale): EChartsOption {
  switch (spec.chart) {
    case 'monthly-energy':
      return monthlyEnergyOption(spec.data, loc);
    case 'monthly-incentive':
      return monthlyIncentiveOption(spec.data, loc);
    case 'cash-flow':
      return cashFlowOption(spec.data, loc);
    case 'heatmap':
      return heatmapOption(dayHourGrid(spec.data.valuesKWh, spec.data.base), loc);
    case 'energy-flow':
      return energyFlowOption(spec.data, loc);
    case 'duration':
      return durationOption(spec.data, loc);
    case 'bars':
      return barsOption(spec.data, loc);
  }
}
