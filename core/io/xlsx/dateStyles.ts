/**
 * Which cell styles show a date or time, from xl/styles.xml: a number in such a cell is an
 * Excel serial date. Built-in formats are known by id; custom ones (<numFmt>) by their code.
 */
import type { ZipArchive } from '../zip/openZip';
import { elements } from './xmlText';

/** Built-in date/time format ids: 14–22 (ECMA-376), 27–36 and 50–58 (East-Asian dates), 45–47 (times). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date when, outside quoted text and [brackets], it has y m d h s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

/** Flag per cell style index (the `s` attribute of <c>): true when its number format is a date. */
export function readDateStyles(zip: ZipArchive): boolean[] {
  const entry = zip.find('xl/styles.xml');
  if (!entry) return [];
  const xml = zip.readText(entry);
  const custom = new Map<number, boolean>();
  for (const f of elements(xml, 'numFmt')) {
    const id = Number(f.get('numFmtId'));
    if (Number.isInteger(id)) custom.set(id, isDateFormatCode(f.get('formatCode') ?? ''));
  }
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return [];
  const out: boolean[] = [];
  for (const xf of elements(xml.slice(start, end), 'xf')) {
    const id = Number(xf.get('numFmtId') ?? 0);
    out.push(custom.get(id) ?? builtInDate(id));
  }
  return out;
}
