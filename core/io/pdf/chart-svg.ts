/**
 * A chart of the report rendered by ECharts itself, server-side, as SVG: the same option
 * builder (core/charts) as the screen, so report and screen agree. Only the pieces our charts
 * use are registered (the bundle stays small); animation is off so the first frame is final.
 * Loaded on the first report written (write-report-pdf), not when the host starts.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { chartLocale, type ChartLang } from '../../charts/chart-locale';
import { chartOption, type ChartSpec } from '../../charts/spec';
import { chartSize } from './chart-size';

echarts.use([BarChart, LineChart, HeatmapChart, SankeyChart, GridComponent, LegendComponent, VisualMapComponent, SVGRenderer]);

export function renderChartSvg(spec: ChartSpec, lang: ChartLang): string {
  const { width, height } = chartSize(spec);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // No tooltip on paper (the component is not even registered).
    const { tooltip: _, ...option } = chartOption(spec, chartLocale(lang));
    chart.setOption({ ...option, animation: false, textStyle: { fontFamily: 'Noto Sans' } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose(); // frees its timers: a live instance keeps the process running
  }
}
