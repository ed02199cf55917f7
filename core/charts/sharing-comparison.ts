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

/** Member names are the user's text: escaped before ECharts puts the tooltip into the page as HTML. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The tooltip of one bar: the member's name (escaped) and the change in euros. */
export function comparisonTooltip(name: string, diffEur: number, loc: ChartLocale): string {
  return `${escapeHtml(name)}: ${diffEur > 0 ? '+' : ''}${loc.number(diffEur, 2)} €`;
}

export function sharingComparisonOption(rows: readonly ComparisonBar[], loc: ChartLocale): EChartsOption {
  // ECharts draws categories bottom-up: ascending order puts the largest gain on top.
  const bottomUp = [...rows].sort((a, b) => a.diffEur - b.diffEur);
  return {
    tooltip: {
      trigger: 'item',
      valueFormatter: (v) => `${loc.number(asNumber(v), 2)} €`,
      formatter: (p) => {
        const one = Array.isArray(p) ? p[0]! : p;
        return comparisonTooltip(String(one.name), asNumber(one.value), loc);
      },
    },
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
