/**
 * Draws a ReportChart: its title, then the chart ECharts renders server-side as SVG from the
 * same option builder the screen uses (core/charts), converted to pdfkit vector drawing.
 */
import type PDFDocument from 'pdfkit';
import type { ReportChart } from '../../report/document';
import { printable } from './fonts';
import { chartSize } from './chart-size';
import type { ChartSpec } from '../../charts/spec';
import { drawSvg } from './svg-to-pdf';

type Doc = InstanceType<typeof PDFDocument>;

const TITLE_HEIGHT = 14;

/** The height a chart takes at `width` points (title included) [pt]. */
export function chartHeight(chart: ReportChart, width: number): number {
  const size = chartSize(chart.spec);
  return TITLE_HEIGHT + (size.height * width) / size.width;
}

/** Renders a chart as SVG (chart-svg.ts, loaded with the first report). */
export type ChartRenderer = (spec: ChartSpec) => string;

export function drawChart(doc: Doc, chart: ReportChart, render: ChartRenderer, x: number, y: number, width: number): number {
  doc.font('bold').fontSize(9).fillColor('#222').text(printable(chart.title), x, y, { width, lineBreak: false });
  const h = drawSvg(doc, render(chart.spec), x, y + TITLE_HEIGHT, width, { regular: 'regular', bold: 'bold', printable });
  return TITLE_HEIGHT + h;
}
