/** *Scenari di progetto*: the monthly shared energy of each compared scenario, one line each [kWh]. */
import type { EChartsOption } from 'echarts';
import { asNumber, type ChartLocale } from '../../../core/charts/chart-locale';

export interface ScenarioMonthly {
  name: string;
  /** Σ shared energy by month [kWh]; null when the scenario was not simulated. */
  monthlySharedKWh: number[] | null;
}

/** First column green (as shared energy elsewhere), then blue and orange: told apart in grey print too by the markers. */
export const SCENARIO_COLOURS = ['#1f7a4d', '#3b6fb6', '#e07b39'];
const SYMBOLS = ['circle', 'rect', 'triangle'];

export function scenarioMonthlyOption(scenarios: readonly ScenarioMonthly[], loc: ChartLocale): EChartsOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 0)} kWh` },
    legend: { top: 0 },
    grid: { left: 64, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: loc.months },
    yAxis: { type: 'value', name: 'kWh', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: scenarios.map((s, i) => ({
      name: s.name,
      type: 'line',
      data: s.monthlySharedKWh ?? [],
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: 7,
      lineStyle: { width: 2 },
      itemStyle: { color: SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] },
    })),
  };
}
