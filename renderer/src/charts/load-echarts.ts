/**
 * ECharts, fetched on the first chart shown: it is the largest part of the renderer and the
 * first screen shows no chart. The import is a single module (echarts-setup) so the bundler
 * keeps ECharts tree-shaken to the parts we register.
 */
import type { ECharts } from 'echarts/core';

type EchartsCore = typeof import('echarts/core');
let loading: Promise<EchartsCore> | null = null;

export function loadEcharts(): Promise<EchartsCore> {
  loading ??= import('./echarts-setup').then((m) => m.echarts);
  return loading;
}

export type { ECharts };
