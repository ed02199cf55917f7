/**
 * dBASE III/IV (.dbf) attribute reader: C (text), N/F (numeric), L (logical),
 * D (date as YYYY-MM-DD text), others as trimmed text. Text encoding from the
 * .cpg file when given; otherwise UTF-8 if valid, else Windows-1252.
 */
import type { AttributeValue } from '../../geo/types';
import { parseLocaleNumber } from '../../model/locale-number';
import { IoError } from '../io-error';

export interface DbfField { name: string; type: string; length: number; decimals: number }

/** .dbf problems name the part; the caller adds the archive (see error-detail.ts `relocate`). */
const DBF = { file: '.dbf' };

function decoderFor(cpg: string | undefined): (b: Uint8Array) => string {
  const c = (cpg ?? '').trim().toLowerCase();
  const label = c === '' ? '' : /utf-?8|65001/.test(c) ? 'utf-8' : /1252/.test(c) ? 'windows-1252' : /8859-?1\b|latin-?1/.test(c) ? 'latin1' : /8859-?15/.test(c) ? 'iso-8859-15' : '';
  if (label) {
    const d = new TextDecoder(label);
    return (b) => d.decode(b);
  }
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const fallback = new TextDecoder('windows-1252');
  return (b) => { try { return utf8.decode(b); } catch { return fallback.decode(b); } };
}

/** Reads a .dbf file into field descriptors and records (deleted records skipped but counted). */
export function readDbf(bytes: Uint8Array, cpg?: string): { fields: DbfField[]; records: (Record<string, AttributeValue> | null)[] } {
  if (bytes.byteLength < 33) throw new IoError(DBF, 'io/corrupt', { code: 'io.dbf.dbf-file-too-short' });
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = v.getUint32(4, true);
  const headerLen = v.getUint16(8, true);
  const recordLen = v.getUint16(10, true);
  if (headerLen > bytes.byteLength || recordLen === 0) throw new IoError(DBF, 'io/corrupt', { code: 'io.dbf.bad-dbf-header' });
  const decode = decoderFor(cpg);
  const fields: DbfField[] = [];
  for (let p = 32; p + 32 <= headerLen && bytes[p] !== 0x0d; p += 32) {
    let end = p;
    while (end < p + 11 && bytes[end] !== 0) end++;
    fields.push({ name: new TextDecoder('latin1').decode(bytes.subarray(p, end)).trim(), type: String.fromCharCode(bytes[p + 11]!), length: bytes[p + 16]!, decimals: bytes[p + 17]! });
  }
  const records: (Record<string, AttributeValue> | null)[] = [];
  for (let k = 0; k < count; k++) {
    const start = headerLen + k * recordLen;
    if (start + recordLen > bytes.byteLength) throw new IoError({ ...DBF, row: k + 1 }, 'io/corrupt', { code: 'io.dbf.dbf-truncated' });
    if (bytes[start] === 0x2a) { records.push(null); continue; } // '*' deleted
    const rec: Record<string, AttributeValue> = {};
    let o = start + 1;
    for (const f of fields) {
      const raw = decode(bytes.subarray(o, o + f.length)).replace(/\0+$/, '').trim();
      o += f.length;
      if (f.type === 'N' || f.type === 'F') {
        // dBASE numbers are machine text (decimal point); '***' marks an overflowed field.
        const n = raw === '' || /^\*+$/.test(raw) ? null : parseLocaleNumber(raw, { decimal: '.' });
        rec[f.name] = n === null || Number.isNaN(n) ? null : n;
      } else if (f.type === 'L') {
        rec[f.name] = /^[YyTt]$/.test(raw) ? true : /^[NnFf]$/.test(raw) ? false : null;
      } else if (f.type === 'D') {
        rec[f.name] = /^\d{8}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : raw || null;
      } else rec[f.name] = raw;
    }
    records.push(rec);
  }
  return { fields, records };
}
