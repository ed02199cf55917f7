/**
 * The one error type every adapter in core/io throws for bad input. It always names the
 * file and, when known, the sheet, row (1-based, as the user sees it) and column (Excel
 * letter). `message` is Italian (shown in the UI), `messageEn` the English alternative.
 */
export type ImportErrorCode =
  | 'WRONG_FILE_TYPE'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'EMPTY'
  | 'MERGED_HEADER'
  | 'MISSING_COLUMN'
  | 'BAD_NUMBER'
  | 'BAD_DATE'
  | 'DATE_ORDER'
  | 'WRONG_LENGTH'
  | 'FORMULA_ERROR'
  | 'BAD_POD'
  | 'BAD_VALUE'
  | 'UNKNOWN_LAYOUT'
  | 'ABORTED';

export interface ImportLocation {
  file: string;
  sheet?: string;
  /** 1-based row number as shown by Excel / a text editor. */
  row?: number;
  /** Column as an Excel letter ("A", "AB"). */
  column?: string;
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly code: ImportErrorCode;
  /** The bare Italian description, without the location prefix. */
  readonly detail: string;
  /** English alternative of `message` (location included). */
  readonly messageEn: string;

  constructor(loc: ImportLocation, code: ImportErrorCode, detailIt: string, detailEn: string) {
    super(`${formatLocationIt(loc)}: ${detailIt}`);
    this.file = loc.file;
    if (loc.sheet !== undefined) this.sheet = loc.sheet;
    if (loc.row !== undefined) this.row = loc.row;
    if (loc.column !== undefined) this.column = loc.column;
    this.code = code;
    this.detail = detailIt;
    this.messageEn = `${formatLocationEn(loc)}: ${detailEn}`;
  }
}

function formatLocationIt(loc: ImportLocation): string {
  const parts = [`file «${loc.file}»`];
  if (loc.sheet !== undefined) parts.push(`foglio «${loc.sheet}»`);
  if (loc.row !== undefined) parts.push(`riga ${loc.row}`);
  if (loc.column !== undefined) parts.push(`colonna ${loc.column}`);
  return parts.join(', ');
}

function formatLocationEn(loc: ImportLocation): string {
  const parts = [`file "${loc.file}"`];
  if (loc.sheet !== undefined) parts.push(`sheet "${loc.sheet}"`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column !== undefined) parts.push(`column ${loc.column}`);
  return parts.join(', ');
}

/** Excel column letter of a 0-based column index (0 → "A", 27 → "AB"). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Throws ImportError 'ABORTED' when the signal has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) {
    throw new ImportError({ file }, 'ABORTED', 'importazione annullata', 'import cancelled');
  }
}
