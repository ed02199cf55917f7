/**
 * ECharts with only the pieces our charts use, fetched on first use: the library is the
 * largest part of the bundle and the first screen shows no chart.
 */
import type { ECharts } from 'echarts/core';

let loading: Promise<typeof import('echarts/core')> | null = null;

export function loadEcharts(): Promise<typeof import('echarts/core')> {
  loading ??= Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]).then(
    ([core, charts, components, renderers]) => {
      core.use([
        charts.BarChart,
        charts.LineChart,
        components.GridComponent,
        components.LegendComponent,
        components.TooltipComponent,
        components.TitleComponent,
        renderers.CanvasRenderer,
      ]);
      return core;
    },
  );
  return loading;
}

export type { ECharts };
