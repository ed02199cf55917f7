/**
 * Hand-built XLSX files from XML strings, to test the reader on what exceljs never writes:
 * inline strings, rows and cells without `r`, rich-text runs, phonetic guides, 1904 dates.
 */
import { zipSync } from 'fflate';

export interface HandSheet {
  name: string;
  /** Content of <sheetData> (rows). */
  rows: string;
  /** XML after </sheetData> (e.g. <mergeCells>). */
  after?: string;
}

export interface HandWorkbook {
  sheets: HandSheet[];
  /** <si> items of xl/sharedStrings.xml (omitted when undefined). */
  sharedStrings?: string[];
  /** <numFmt> elements and the numFmtId of each cellXfs <xf>. */
  numFmts?: string;
  xfNumFmtIds?: number[];
  date1904?: boolean;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function sheetXml(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

export function handXlsx(wb: HandWorkbook): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const sheets = wb.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = enc(`<?xml version="1.0"?><workbook ${NS}>${wb.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets}</sheets></workbook>`);
  const rels = wb.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  files['xl/_rels/workbook.xml.rels'] = enc(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  wb.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = enc(sheetXml(s.rows, s.after))));
  if (wb.sharedStrings) {
    files['xl/sharedStrings.xml'] = enc(`<?xml version="1.0"?><sst ${NS} count="${wb.sharedStrings.length}">${wb.sharedStrings.map((x) => `<si>${x}</si>`).join('')}</sst>`);
  }
  const xfs = (wb.xfNumFmtIds ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
  files['xl/styles.xml'] = enc(`<?xml version="1.0"?><styleSheet ${NS}>${wb.numFmts ? `<numFmts>${wb.numFmts}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`);
  return zipSync(files);
}
