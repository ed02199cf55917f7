/**
 * Sensitivity of the NPV: each driver moved −10% and +10%, drawn as bars left and right of
 * the base NPV (so the bars are differences from it) [€]. The largest swing is listed first
 * by the core; ECharts draws categories bottom-up, hence the reversal.
 */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale, type ChartTextKey } from './chart-locale';

export interface TornadoRow {
  driver: string;
  npvLowEur: number;
  npvHighEur: number;
}

/** Drivers with a label in the chart locale (`driver.<name>`); another driver is shown by its name. */
const DRIVERS = new Set(['capex', 'production', 'incentive', 'energySalePrice', 'billPrice', 'valorisation', 'opex', 'discountRate']);

export function driverName(driver: string, loc: ChartLocale): string {
  return DRIVERS.has(driver) ? loc.text(`driver.${driver}` as ChartTextKey) : driver;
}

export function tornadoOption(rows: TornadoRow[], baseNpvEur: number, loc: ChartLocale): EChartsOption {
  const bottomUp = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${loc.number(baseNpvEur + asNumber(v), 0)} €` },
    legend: { top: 0 },
    grid: { left: 130, right: 24, top: 36, bottom: 28 },
    xAxis: { type: 'value', name: 'Δ VAN €', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    yAxis: { type: 'category', data: bottomUp.map((r) => driverName(r.driver, loc)) },
    series: [
      { name: '−10%', type: 'bar', stack: 'x', data: bottomUp.map((r) => r.npvLowEur - baseNpvEur), itemStyle: { color: COLOURS.low } },
      { name: '+10%', type: 'bar', stack: 'y', data: bottomUp.map((r) => r.npvHighEur - baseNpvEur), itemStyle: { color: COLOURS.high } },
    ],
  };
}
