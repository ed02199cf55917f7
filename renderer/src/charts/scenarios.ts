/**
 * The economic scenarios side by side (P50, P90, low and high zonal prices): first-year
 * incentive and 20-year NPV of each, as grouped bars [€].
 */
import type { EChartsOption } from 'echarts';
import type { MessageKey } from '../i18n/it';
import { asNumber, COLOURS, type ChartLocale } from './chart-locale';

export interface ScenarioPoint {
  name: string;
  year1IncentiveEur: number;
  npvEur: number;
}

/** The engine names its scenarios 'P50', 'P90', 'Pz low', 'Pz high'; others keep their name. */
const SCENARIO_KEYS: Record<string, MessageKey> = {
  P50: 'eco.sc.P50',
  P90: 'eco.sc.P90',
  'Pz low': 'eco.sc.pzLow',
  'Pz high': 'eco.sc.pzHigh',
};

export function scenarioLabel(name: string, loc: Pick<ChartLocale, 'text'>): string {
  const key = SCENARIO_KEYS[name];
  return key ? loc.text(key) : name;
}

export function scenariosOption(scenarios: ScenarioPoint[], loc: ChartLocale): EChartsOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${loc.number(asNumber(v), 0)} €` },
    legend: { top: 0 },
    grid: { left: 70, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: scenarios.map((s) => scenarioLabel(s.name, loc)) },
    yAxis: { type: 'value', name: '€', axisLabel: { formatter: (v: number) => loc.number(v, 0) } },
    series: [
      { name: loc.text('eco.sc.year1Incentive'), type: 'bar', data: scenarios.map((s) => s.year1IncentiveEur), itemStyle: { color: COLOURS.shared } },
      { name: loc.text('eco.npv'), type: 'bar', data: scenarios.map((s) => s.npvEur), itemStyle: { color: COLOURS.net } },
    ],
  };
}
