/** Reading the parts of an ECharts option that the builders set as single objects (not arrays). */
import type { EChartsOption } from 'echarts';

export interface SeriesPart {
  name?: string;
  type?: string;
  data?: unknown[];
  stack?: string;
  smooth?: boolean;
}

export const seriesOf = (o: EChartsOption) => o.series as SeriesPart[];
export const xAxisOf = (o: EChartsOption) => o.xAxis as { type: string; data?: unknown[]; name?: string };
export const yAxisOf = (o: EChartsOption) => o.yAxis as { type: string; data?: unknown[]; name?: string };

/** The tooltip's text for a value, as the user reads it on hover. */
export function formatTooltip(o: EChartsOption, value: number): string {
  const tooltip = o.tooltip as { valueFormatter: (v: number, i: number) => string };
  return tooltip.valueFormatter(value, 0);
}
