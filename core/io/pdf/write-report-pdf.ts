/**
 * Writes a ReportDocument as an A4 PDF with pdfkit: embedded Noto Sans, a title page, a table
 * of contents filled in once the sections are laid out (pages are buffered), PDF bookmarks,
 * tables that break across pages repeating their header, KPI blocks, vector charts, and
 * "Pagina n di N" in every footer.
 */
import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportDocument } from '../../report/document';
import { notoSans, printable } from './fonts';
import { chartHeight, drawChart, type ChartRenderer } from './draw-chart';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 50;
const PAGE = { width: 595.28, height: 841.89 };
const WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - 14;
const ACCENT = '#1f7a4d';

export interface PdfOptions {
  author: string;
  creationDate?: Date;
  /** 'report' (default): cover, contents, a page per section; 'sheet': one flowing page (member sheet). */
  layout?: 'report' | 'sheet';
}

export async function writeReportPdf(report: ReportDocument, info: PdfOptions): Promise<Buffer> {
  // ECharts (about 1.5 MB of code) is loaded by the first report with a chart, not at start-up.
  const hasChart = report.sections.some((s) => s.blocks.some((b) => b.kind === 'chart'));
  const { renderChartSvg } = hasChart ? await import('./chart-svg') : { renderChartSvg: () => '' };
  const render: ChartRenderer = (spec) => renderChartSvg(spec, report.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    lang: report.lang === 'it' ? 'it-IT' : 'en-GB',
    info: { Title: printable(report.title), Author: info.author, Creator: info.author, ...(info.creationDate ? { CreationDate: info.creationDate } : {}) },
  });
  const fonts = notoSans();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  if (info.layout === 'sheet') {
    // A one-page sheet: title on top, sections flowing, no cover or contents.
    doc.rect(0, 0, PAGE.width, 8).fill(ACCENT);
    doc.font('bold').fontSize(18).fillColor('#1a1a1a').text(printable(report.title), MARGIN, MARGIN, { width: WIDTH });
    doc.font('regular').fontSize(9.5).fillColor('#444').text(printable(report.subtitle), { width: WIDTH });
    doc.moveDown(0.8);
    for (const section of report.sections) {
      writeBlock(doc, { kind: 'heading', text: section.title }, render);
      for (const block of section.blocks) writeBlock(doc, block, render);
    }
  } else {
    writeSections(doc, report, render);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(7.5).fillColor('#777');
    doc.text(printable(report.footer), MARGIN, PAGE.height - MARGIN + 16, { width: WIDTH - 90, lineBreak: false });
    doc.text(`${report.pageLabel} ${i + 1} / ${range.count}`, MARGIN + WIDTH - 90, PAGE.height - MARGIN + 16, { width: 90, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function writeSections(doc: Doc, report: ReportDocument, render: ChartRenderer): void {
  titlePage(doc, report);
  doc.addPage(); // the table of contents, written once the sections are laid out
  const tocPage = 1;
  const entries: { title: string; page: number }[] = [];
  report.sections.forEach((section, i) => {
    doc.addPage();
    entries.push({ title: `${i + 1}. ${section.title}`, page: pageIndex(doc) + 1 });
    doc.outline.addItem(printable(`${i + 1}. ${section.title}`));
    doc.font('bold').fontSize(16).fillColor(ACCENT).text(printable(`${i + 1}. ${section.title}`), MARGIN, MARGIN, { width: WIDTH });
    doc.moveDown(0.6);
    for (const block of section.blocks) writeBlock(doc, block, render);
  });
  doc.switchToPage(tocPage);
  doc.font('bold').fontSize(16).fillColor(ACCENT).text(printable(report.contentsLabel), MARGIN, MARGIN, { width: WIDTH });
  doc.moveDown(0.8);
  for (const e of entries) {
    const y = doc.y;
    doc.font('regular').fontSize(11).fillColor('#222').text(printable(e.title), MARGIN, y, { width: WIDTH - 40, lineBreak: false });
    doc.text(String(e.page), MARGIN + WIDTH - 40, y, { width: 40, align: 'right', lineBreak: false });
    doc.y = y + 20;
  }
}

const pageIndex = (doc: Doc) => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;

function titlePage(doc: Doc, report: ReportDocument): void {
  doc.rect(0, 0, PAGE.width, 12).fill(ACCENT);
  doc.font('bold').fontSize(26).fillColor('#1a1a1a').text(printable(report.title), MARGIN, 240, { width: WIDTH });
  doc.moveDown(1);
  doc.font('regular').fontSize(12).fillColor('#444').text(printable(report.subtitle), { width: WIDTH });
}

/** Starts a new page when `height` points do not fit below the cursor. */
function ensure(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) {
    doc.addPage();
    doc.y = MARGIN;
  }
}

function writeBlock(doc: Doc, block: ReportBlock, render: ChartRenderer): void {
  switch (block.kind) {
    case 'heading':
      ensure(doc, 60);
      doc.moveDown(0.4);
      doc.font('bold').fontSize(12).fillColor('#1a1a1a').text(printable(block.text), MARGIN, doc.y, { width: WIDTH });
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      ensure(doc, 30);
      doc.font('regular').fontSize(9.5).fillColor('#222').text(printable(block.text), MARGIN, doc.y, { width: WIDTH, align: 'left', lineGap: 1.5 });
      doc.moveDown(0.6);
      return;
    case 'bullets':
      doc.font('regular').fontSize(9).fillColor('#222');
      for (const item of block.items) {
        ensure(doc, 14);
        doc.text(`•  ${printable(item)}`, MARGIN + 6, doc.y, { width: WIDTH - 6, lineGap: 1 });
      }
      doc.moveDown(0.5);
      return;
    case 'kpis':
      writeKpis(doc, block.items);
      return;
    case 'chart':
    {
      ensure(doc, chartHeight(block, WIDTH) + 10);
      // drawChart moves the text cursor with its labels: the block's height is what it drew.
      const top = doc.y;
      doc.y = top + drawChart(doc, block, render, MARGIN, top, WIDTH) + 8;
      doc.x = MARGIN;
      return;
    }
    case 'table':
      writeTable(doc, block.columns, block.rows, block.numeric ?? [], block.caption);
      return;
  }
}

function writeKpis(doc: Doc, items: { label: string; value: string }[]): void {
  const perRow = 4;
  const w = WIDTH / perRow;
  const h = 40;
  for (let i = 0; i < items.length; i += perRow) {
    ensure(doc, h + 4);
    const y = doc.y;
    items.slice(i, i + perRow).forEach((k, j) => {
      const x = MARGIN + j * w;
      doc.rect(x + 2, y, w - 4, h).fill('#f1f6f3');
      doc.font('regular').fontSize(fitSize(doc, printable(k.label), w - 14, 7.5, 6)).fillColor('#555').text(printable(k.label), x + 7, y + 5, { width: w - 14, height: 10, lineBreak: false, ellipsis: true });
      doc.font('bold').fontSize(12).fillColor('#1a1a1a').text(printable(k.value), x + 7, y + 19, { width: w - 14, lineBreak: false });
    });
    doc.y = y + h + 4;
  }
  doc.x = MARGIN;
  doc.moveDown(0.4);
}

/** The largest font size from `max` down to `min` at which `text` fits `width` on one line. */
function fitSize(doc: Doc, text: string, width: number, max: number, min: number): number {
  for (let size = max; size > min; size -= 0.25) if (doc.fontSize(size).widthOfString(text) <= width) return size;
  return min;
}

/** Table type sizes tried in turn [pt]: the first at which every column holds its longest word. */
const TABLE_SIZES = [8, 7.5, 7, 6.5];

/**
 * Column widths of a table [pt] and its type size: the size that lets every column hold its
 * longest word (a name such as "capannone" never splits over two lines), 8 pt when it fits.
 */
function tableLayout(doc: Doc, columns: string[], rows: string[][]): { widths: number[]; size: number } {
  let layout = { widths: [] as number[], size: TABLE_SIZES[0]! };
  for (const size of TABLE_SIZES) {
    const { widths, fits } = columnWidths(doc, columns, rows, size);
    layout = { widths, size };
    if (fits) break;
  }
  return layout; // the smallest size when none fits: its longest words then wrap
}

function columnWidths(doc: Doc, columns: string[], rows: string[][], size: number): { widths: number[]; fits: boolean } {
  doc.font('regular').fontSize(size);
  const natural = columns.map((c, j) => {
    const cells = rows.slice(0, 200).map((r) => doc.widthOfString(printable(r[j] ?? '')));
    doc.font('bold');
    const head = Math.min(doc.widthOfString(printable(c)), 110);
    doc.font('regular');
    return Math.min(220, Math.max(head, ...cells, 24) + 8);
  });
  // No column narrower than its longest word (or citation kept together), so words never split.
  const minimum = columns.map((c, j) => {
    const words = rows.slice(0, 200).flatMap((r) => printable(r[j] ?? '').split(/[ \n]+/));
    const cellWords = Math.max(24, ...words.map((w) => doc.widthOfString(w)));
    doc.font('bold'); // headers are bold, so wider
    const headWords = Math.max(...printable(c).split(/[ \n]+/).map((w) => doc.widthOfString(w)));
    doc.font('regular');
    return Math.min(120, Math.max(cellWords, headWords) + 8);
  });
  const total = natural.reduce((s, w) => s + w, 0);
  if (total <= WIDTH) return { widths: natural.map((w) => (w * WIDTH) / total), fits: true };
  // Too wide: every column gets its minimum, the rest of the width goes in proportion to what it wants beyond it.
  const base = minimum.reduce((s, w) => s + w, 0);
  if (base > WIDTH) return { widths: minimum.map((w) => (w * WIDTH) / base), fits: false };
  const extra = natural.map((w, j) => Math.max(0, w - minimum[j]!));
  const extraSum = extra.reduce((s, w) => s + w, 0) || 1;
  return { widths: minimum.map((w, j) => w + (extra[j]! * (WIDTH - base)) / extraSum), fits: true };
}

function writeTable(doc: Doc, columns: string[], rows: string[][], numeric: boolean[], caption?: string): void {
  const { widths, size } = tableLayout(doc, columns, rows);
  const pad = 3;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, j) => doc.heightOfString(printable(c), { width: widths[j]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, fill: string | null) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(MARGIN, y, WIDTH, h).fill(fill);
    let x = MARGIN;
    doc.font(font).fontSize(size).fillColor('#1a1a1a');
    cells.forEach((c, j) => {
      doc.text(printable(c), x + pad, y + pad, { width: widths[j]! - 2 * pad, align: numeric[j] ? 'right' : 'left' });
      x += widths[j]!;
    });
    doc.lineWidth(0.3).strokeColor('#cfcfcf').moveTo(MARGIN, y + h).lineTo(MARGIN + WIDTH, y + h).stroke();
    doc.y = y + h;
  };
  if (caption) {
    ensure(doc, 30);
    doc.font('regular').fontSize(7.5).fillColor('#666').text(printable(caption), MARGIN, doc.y, { width: WIDTH });
  }
  ensure(doc, rowHeight(columns, 'bold') + 16);
  drawRow(columns, 'bold', '#e3efe8');
  rows.forEach((r, i) => {
    if (doc.y + rowHeight(r, 'regular') > BOTTOM) {
      doc.addPage();
      doc.y = MARGIN;
      drawRow(columns, 'bold', '#e3efe8');
    }
    drawRow(r, 'regular', i % 2 === 1 ? '#f7f7f7' : null);
  });
  doc.x = MARGIN;
  doc.moveDown(0.8);
}
