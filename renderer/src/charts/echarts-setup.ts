/**
 * ECharts with only the pieces our charts use (bar, line, heatmap, Sankey; grid, legend,
 * tooltip, visual map; canvas on screen, SVG for the exported .svg files): registered once.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, TitleComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, HeatmapChart, SankeyChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, VisualMapComponent, CanvasRenderer, SVGRenderer]);

export { echarts };
