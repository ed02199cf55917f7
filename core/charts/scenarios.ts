/**
 * The economic scenarios side by side (P50, P90, low and high zonal prices): the 20-year NPV
 * of each [€].
 */
import type { EChartsOption } from 'echarts';
import { asNumber, COLOURS, type ChartLocale, type ChartTextKey } from './chart-locale';

export interface ScenarioPoint {
  name: string;
  npvEur: number;
}

/** The engine names its scenarios 'P50', 'P90', 'Pz low', 'Pz high'; others keep their name. */
const SCENARIO_KEYS: Record<string, ChartTextKey> = {
  P50: 'eco.sc.P50',
  P90: 'eco.sc.P90',
  'Pz low': 'eco.sc.pzLow',
  'Pz high': 'eco.sc.pzHigh',
};

export function scenarioLabel(name: string, loc: Pick<ChartLocale, 'text'>): string {
  const key = SCENARIO_KEYS[name];
  return key ? loc.text(key) : name;
}

/**
 * NPV of each scenario as a horizontal bar (names on the category axis, read top-down: ECharts
 * draws categories bottom-up, so the list is reversed). The first-year lines sit in the table
 * beside it: at 1/40 of the NPV they would not show on the same axis.
 */
export function scenariosOption(scenarios: ScenarioPoint[], loc: ChartLocale): EChartsOption {
  const rows = [...scenarios].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${loc.number(asNumber(v), 0)} €` },
    grid: { left: 170, right: 40, top: 16, bottom: 36 },
    xAxis: { type: 'value', name: loc.text('eco.npv'), nameLocation: 'middle', nameGap: 24, axisLabel: { hideOverlap: true, formatter: (v: number) => loc.number(v, 0) } },
    yAxis: { type: 'category', data: rows.map((s) => scenarioLabel(s.name, loc)) },
    series: [
      {
        name: loc.text('eco.npv'),
        type: 'bar',
        data: rows.map((s) => ({ value: s.npvEur, itemStyle: { color: s.npvEur < 0 ? COLOURS.low : COLOURS.shared } })),
      },
    ],
  };
}
