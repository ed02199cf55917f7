/**
 * Opens a user file as tables, sniffing the real type from its bytes rather than its
 * extension: XLSX (ZIP), CSV / text; rejects encrypted Office files (CFB container),
 * legacy .xls, images, PDFs and other binaries with an IoError.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeText } from '../csv/decodeText';
import { detectDelimiter, parseCsv } from '../csv/csvParse';
import { IoError } from '../io-error';
import type { RawTable } from './table';
import { readXlsxTables, type ReadOptions } from './xlsxTables';
import { countLineFeeds, fileTooLarge, MAX_CSV_BYTES, MAX_CSV_ROWS, MAX_IMPORT_FILE_BYTES, tooManyRows } from './importLimits';

/** A file path, or an in-memory file with the name to show in messages. */
export type ImportSource = string | { name: string; data: Uint8Array };

export async function loadSource(src: ImportSource): Promise<{ file: string; data: Buffer }> {
  if (typeof src === 'string') {
    const file = basename(src);
    const size = await stat(src).then(
      (st) => st.size,
      () => 0,
    );
    if (size > MAX_IMPORT_FILE_BYTES) throw fileTooLarge(file, size);
    try {
      return { file, data: await readFile(src) };
    } catch (e) {
      throw new IoError({ file }, 'io/corrupt', { code: 'io.read-tables.read-file', params: { message: (e as Error).message } });
    }
  }
  if (src.data.byteLength > MAX_IMPORT_FILE_BYTES) throw fileTooLarge(src.name, src.data.byteLength);
  return { file: src.name, data: Buffer.from(src.data.buffer, src.data.byteOffset, src.data.byteLength) };
}

const startsWith = (b: Buffer, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

/** Text as CSV table (strings only; '' → null). */
export function csvTable(text: string, file: string): RawTable {
  const delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter).map((r) => r.map((c) => (c.trim() === '' ? null : c)));
  return { file, rows, merges: [], decimalSeparator: delimiter === ',' ? '.' : ',', format: 'csv' };
}

/** Reads all tables (sheets) of a file. */
export async function readTables(src: ImportSource, opts: ReadOptions = {}): Promise<RawTable[]> {
  const { file, data } = await loadSource(src);
  if (data.length === 0) throw new IoError({ file }, 'io/empty', { code: 'io.read-tables.file-empty' });
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) {
    return readXlsxTables(data, file, opts);
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const encrypted = data.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    if (encrypted) {
      throw new IoError({ file }, 'io/encrypted', { code: 'io.read-tables.excel-file-password-protected' });
    }
    throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.read-tables.excel-xls-format-supported' });
  }
  const head = data.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) {
    throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.read-tables.unrecognised-file-type-xlsx' });
  }
  // Counted on the bytes, before a text of their size is made and parsed.
  if (countLineFeeds(data) > MAX_CSV_ROWS) throw tooManyRows(file, MAX_CSV_ROWS);
  if (data.length > MAX_CSV_BYTES) throw fileTooLarge(file, data.length, MAX_CSV_BYTES);
  const text = decodeText(data);
  // control characters other than tab/CR/LF signal a binary file (PNG, PDF streams…)
  const sample = text.slice(0, 4096);
  let ctrl = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) ctrl++;
  }
  if (ctrl > Math.max(2, sample.length * 0.01) || /^%PDF|^\u0089PNG/.test(sample)) {
    throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.read-tables.unrecognised-file-type-xlsx' });
  }
  opts.onProgress?.(1);
  return [csvTable(text, file)];
}

/** Name shown in messages for a source. */
export function sourceName(src: ImportSource): string {
  return typeof src === 'string' ? basename(src) : src.name;
}
