/**
 * Which sheets a workbook has, in the order Excel shows them, and where their XML lives:
 * xl/workbook.xml (names, relationship ids, 1904 date system) resolved through
 * xl/_rels/workbook.xml.rels. Chart sheets and other parts are left out.
 */
import type { ZipArchive } from '../zip/openZip';
import { elements } from './xmlText';

export interface SheetPart {
  name: string;
  /** Path of the sheet XML inside the archive (may be absent from it). */
  path: string;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  /** Serial dates count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30. */
  date1904: boolean;
}

/** Archive path of a relationship target relative to xl/ ("worksheets/sheet1.xml", "/xl/…", "../xl/…"). */
export function resolvePart(target: string, base = 'xl/'): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Null when the archive has no xl/workbook.xml (not an XLSX workbook). */
export function readWorkbookParts(zip: ZipArchive): WorkbookParts | null {
  const wbEntry = zip.find('xl/workbook.xml');
  if (!wbEntry) return null;
  const workbookXml = zip.readText(wbEntry);
  const relsEntry = zip.find('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  if (relsEntry) {
    for (const rel of elements(zip.readText(relsEntry), 'Relationship')) {
      const id = rel.get('Id');
      const target = rel.get('Target');
      const type = rel.get('Type') ?? '';
      if (id && target && (type.endsWith('/worksheet') || /(^|\/)worksheets\//.test(target))) targets.set(id, resolvePart(target));
    }
  }
  const sheets: SheetPart[] = [];
  for (const s of elements(workbookXml, 'sheet')) {
    const name = s.get('name');
    let rid: string | undefined;
    for (const [k, v] of s) if (k === 'id' || k.endsWith(':id')) rid = v;
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) sheets.push({ name, path });
  }
  let date1904 = false;
  for (const pr of elements(workbookXml, 'workbookPr')) {
    const v = pr.get('date1904');
    date1904 = v === '1' || v === 'true';
  }
  return { sheets, date1904 };
}
