/**
 * Draws a ReportChart (grouped bars or a line) with pdfkit's vector primitives. The charts of
 * the report are simple enough that drawing them from the same series the screen charts
 * show is shorter and crisper than rendering ECharts to SVG and translating its paths.
 */
import type PDFDocument from 'pdfkit';
import type { ReportChart } from '../../report/document';
import { printable } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;

export const CHART_HEIGHT = 190;

export function drawChart(doc: Doc, chart: ReportChart, x: number, y: number, width: number): void {
  const { min, max, ticks } = chart.axisLabels;
  doc.font('bold').fontSize(9).fillColor('#222').text(printable(chart.title), x, y, { width });
  // Legend on one line under the title.
  let lx = x;
  const ly = y + 14;
  doc.font('regular').fontSize(7.5);
  for (const s of chart.series) {
    doc.rect(lx, ly + 1.5, 8, 6).fill(s.colour);
    doc.fillColor('#333').text(printable(s.name), lx + 11, ly, { lineBreak: false });
    lx += 11 + doc.widthOfString(printable(s.name)) + 12;
  }
  const left = x + 52;
  const top = y + 42;
  const plotW = width - 58;
  const plotH = CHART_HEIGHT - 64;
  const yOf = (v: number) => top + plotH - ((v - min) / (max - min || 1)) * plotH;
  // Grid lines and y labels.
  doc.lineWidth(0.4).strokeColor('#d0d0d0');
  for (const t of ticks) {
    const ty = yOf(t.value);
    doc.moveTo(left, ty).lineTo(left + plotW, ty).stroke();
    doc.fillColor('#555').fontSize(7).text(t.label, x, ty - 3.5, { width: 48, align: 'right', lineBreak: false });
  }
  doc.fillColor('#555').fontSize(7).text(chart.unit, x, top - 12, { width: 48, align: 'right', lineBreak: false });
  const n = chart.categories.length;
  const slot = plotW / Math.max(1, n);
  const zero = yOf(0);
  if (chart.type === 'bar') {
    const groupW = slot * 0.8;
    const barW = groupW / chart.series.length;
    chart.series.forEach((s, j) => {
      s.values.forEach((v, i) => {
        const bx = left + i * slot + slot * 0.1 + j * barW;
        const by = Math.min(yOf(v), zero);
        const h = Math.abs(yOf(v) - zero);
        if (h > 0.05) doc.rect(bx, by, Math.max(0.5, barW - 0.6), h).fill(s.colour);
      });
    });
  } else {
    for (const s of chart.series) {
      doc.lineWidth(1.4).strokeColor(s.colour);
      s.values.forEach((v, i) => {
        const px = left + i * slot + slot / 2;
        if (i === 0) doc.moveTo(px, yOf(v));
        else doc.lineTo(px, yOf(v));
      });
      doc.stroke();
    }
  }
  // Zero line and x labels (every label when they fit, else every other).
  doc.lineWidth(0.8).strokeColor('#777').moveTo(left, zero).lineTo(left + plotW, zero).stroke();
  const every = slot < 18 ? 2 : 1;
  doc.fillColor('#555').fontSize(7);
  chart.categories.forEach((c, i) => {
    if (i % every === 0) doc.text(printable(c), left + i * slot, top + plotH + 4, { width: slot * every, align: every === 1 ? 'center' : 'left', lineBreak: false });
  });
}
