/**
 * Report-chart figures for `npm run bench`: the three hourly charts of a configuration
 * (365 × 24 heatmap, duration curves of 3 × 8,760 hours, Sankey) rendered by ECharts
 * server-side as SVG and drawn into a PDF page by the SVG converter, as the report does per
 * configuration. No target is set by the issue: the figure says what a configuration adds.
 */
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { referenceYearBase } from '../core/model/calendar/referenceYearBase';
import { renderChartSvg } from '../core/io/pdf/chart-svg';
import { drawSvg } from '../core/io/pdf/svg-to-pdf';
import { notoSans } from '../core/io/pdf/fonts';
import type { ChartSpec } from '../core/charts/spec';

export interface ChartFigure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

export async function benchReportCharts(): Promise<ChartFigure[]> {
  const base = referenceYearBase(2025, 60);
  // A PV-like day shape with some noise: production by day, withdrawal all day, shared the minimum.
  const production = Array.from({ length: base.length }, (_, i) => Math.max(0, Math.sin(((i % 24) - 6) / 12 * Math.PI)) * (30 + (i % 7)));
  const withdrawal = Array.from({ length: base.length }, (_, i) => 8 + ((i * 37) % 11));
  const shared = production.map((p, i) => Math.min(p, withdrawal[i]!));
  const specs: ChartSpec[] = [
    { chart: 'heatmap', data: { base, valuesKWh: shared } },
    { chart: 'duration', data: { productionKWh: production, withdrawalKWh: withdrawal, sharedKWh: shared } },
    { chart: 'energy-flow', data: { productionKWh: 200_000, consumptionKWh: 150_000, selfConsumedKWh: 60_000, injectedKWh: 140_000, withdrawnKWh: 90_000, sharedKWh: 40_000 } },
  ];
  renderChartSvg(specs[2]!, 'it'); // warm-up: module set-up is not part of a chart's cost
  const t0 = performance.now();
  const svgs = specs.map((s) => renderChartSvg(s, 'it'));
  const t1 = performance.now();
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  doc.registerFont('regular', notoSans().regular);
  doc.registerFont('bold', notoSans().bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  let y = 50;
  for (const svg of svgs) y += drawSvg(doc, svg, 50, y, 495, { regular: 'regular', bold: 'bold' }) + 10;
  doc.end();
  await done;
  const t2 = performance.now();
  const bytes = chunks.reduce((s, c) => s + c.length, 0);
  return [
    { name: 'heatmap + duration + Sankey, ECharts SVG (SSR)', value: t1 - t0, unit: 'ms' },
    { name: 'the three drawn into a PDF page (converter + pdfkit)', value: t2 - t1, unit: 'ms' },
    { name: 'SVG of the three', value: svgs.reduce((s, x) => s + x.length, 0) / 1024, unit: 'kB' },
    { name: 'PDF of the three', value: bytes / 1024, unit: 'kB' },
  ];
}
