/**
 * Writes the regolamento draft (core/report/regolamento) as a DOCX with the docx package:
 * title, numbered articles as headings, paragraphs, bullet lists, tables for the worked
 * example, highlighted runs for what the assembly must decide (yellow) and for data the
 * project lacks (cyan), and "Pagina n di N" in every footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { RegolamentoBlock, RegolamentoDocument, Span } from '../../report/regolamento-document';

const FONT = 'Calibri';

/** Drops what XML 1.0 cannot hold (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates): a name could carry them into Word's XML. */
export const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

function run(s: Span): TextRun {
  const text = xmlSafe(s.text);
  if (s.mark === 'decision') return new TextRun({ text, highlight: 'yellow', bold: true });
  if (s.mark === 'missing') return new TextRun({ text, highlight: 'cyan', bold: true });
  return new TextRun({ text });
}

const paragraph = (spans: Span[]) => new Paragraph({ children: spans.map(run), spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED });

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, opts: { right: boolean; bold: boolean; header: boolean }): TableCell {
  return new TableCell({
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: opts.header ? { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } : undefined,
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: xmlSafe(text), bold: opts.bold || opts.header, size: 18 })] })],
  });
}

function table(b: Extract<RegolamentoBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const strong = new Set(b.strong ?? []);
  return [
    new Paragraph({ children: [new TextRun({ text: xmlSafe(b.caption), italics: true, size: 18 })], spacing: { before: 120, after: 60 }, keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c, { right: b.numeric[i] ?? false, bold: true, header: true })) }),
        ...b.rows.map((r, ri) => new TableRow({ children: r.map((v, i) => cell(v, { right: b.numeric[i] ?? false, bold: strong.has(ri), header: false })) })),
      ],
    }),
    new Paragraph({ children: [], spacing: { after: 120 } }),
  ];
}

function blocks(list: RegolamentoBlock[]): (Paragraph | Table)[] {
  return list.flatMap((b) => {
    if (b.kind === 'paragraph') return [paragraph(b.spans)];
    if (b.kind === 'list') return b.items.map((spans) => new Paragraph({ children: spans.map(run), bullet: { level: 0 }, spacing: { after: 80 } }));
    return table(b);
  });
}

const LEGEND: Span[] = [
  { text: 'Legenda: ' },
  { text: '[DA DECIDERE: …]', mark: 'decision' },
  { text: " scelta che spetta all'assemblea; " },
  { text: '[DA COMPLETARE: …]', mark: 'missing' },
  { text: ' dato che manca nel progetto.' },
];

export async function writeRegolamentoDocx(doc: RegolamentoDocument, meta: { author: string }): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: xmlSafe(doc.title), size: 36, bold: true })], spacing: { after: 120 } }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(doc.subtitle), italics: true })], spacing: { after: 200 } }),
    paragraph(LEGEND),
    paragraph(doc.preamble),
  ];
  for (const a of doc.articles) {
    const title = `Art. ${a.number} — ${a.title}`;
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun({ text: xmlSafe(title) }), ...(a.cite ? [new TextRun({ text: `  ${a.cite}`, size: 18, italics: true, color: '666666' })] : [])],
      }),
    );
    children.push(...blocks(a.blocks));
  }
  children.push(new Paragraph({ children: [new TextRun({ text: doc.note, italics: true, size: 16, color: '555555' })], spacing: { before: 240 } }));
  children.push(new Paragraph({ children: [new TextRun({ text: `Fonti: ${doc.source}`, italics: true, size: 16, color: '555555' })] }));

  const document = new Document({
    creator: meta.author,
    title: xmlSafe(doc.title),
    description: xmlSafe(doc.subtitle),
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${xmlSafe(doc.footer)} — Pagina `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: ' di ', size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
