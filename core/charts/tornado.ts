/**
 * Sensitivity of the NPV: each driver moved −10% and +10%, drawn as bars left and right of
 * the base NPV (so the bars are differences from it) [€]. The largest swing is listed first
 * by the core; ECharts draws categories bottom-up, hence the reversal.
 */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

export interface TornadoRow {
  driver: string;
  npvLowEur: number;
  npvHighEur: number;
}

const DRIVERS: Record<string, { it: string; en: string }> = {
  capex: { it: 'Investimento', en: 'Investment' },
  production: { it: 'Produzione', en: 'Production' },
  incentive: { it: 'Incentivo', en: 'Incentive' },
  energySalePrice: { it: 'Prezzo di vendita', en: 'Sale price' },
  billPrice: { it: 'Prezzo in bolletta', en: 'Bill price' },
  valorisation: { it: 'Valorizzazione', en: 'Valorisation' },
  opex: { it: 'Manutenzione', en: 'O&M' },
  discountRate: { it: 'Tasso di sconto', en: 'Discount rate' },
};

export function driverName(driver: string, loc: ChartLocale): string {
  return DRIVERS[driver]?.[loc.locale] ?? driver;
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
