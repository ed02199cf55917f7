/** Drawing size of each report chart [px]: wide charts for the page's text width, the heatmap taller. */
import type { ChartSpec } from '../../charts/spec';

export function chartSize(spec: ChartSpec): { width: number; height: number } {
  return { width: 720, height: spec.chart === 'heatmap' ? 380 : spec.chart === 'energy-flow' ? 320 : 300 };
}
