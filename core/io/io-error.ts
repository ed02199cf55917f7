/**
 * The one error every adapter in core/io throws for a bad input file. It names the file
 * and, when known, where in it: sheet or layer, row (1-based, as a spreadsheet or a text
 * editor shows it; for geographic files the feature or record number), column (Excel
 * letter), field (a named column, attribute or key) and feature (a named item). `code` is
 * stable for programs; `message` is Italian (shown in the UI) and `messageEn` English,
 * both starting with the location, which is written here and nowhere else.
 */
import type { ApiErrorData, ReportableError } from '../api/common/errors';
import { EXCERPT_CHARS, excerpt } from './excerpt';
export type IoErrorCode =
  | 'io/wrong-file-type'
  | 'io/not-found'
  | 'io/encrypted'
  | 'io/corrupt'
  /** The file carries code where data is expected (a view, trigger or computed column of a SQLite input). */
  | 'io/unsafe-content'
  /** A size, row, vertex or compression-ratio limit is exceeded (hostile or runaway input). */
  | 'io/too-large'
  | 'io/empty'
  | 'io/merged-header'
  | 'io/missing-column'
  | 'io/missing-value'
  | 'io/not-a-number'
  | 'io/out-of-range'
  | 'io/wrong-units'
  | 'io/bad-date'
  | 'io/date-order'
  | 'io/wrong-length'
  | 'io/formula-error'
  | 'io/bad-pod'
  | 'io/bad-value'
  | 'io/bad-geometry'
  | 'io/unsupported-crs'
  | 'io/missing-layer'
  | 'io/unknown-layout'
  | 'io/aborted';

export interface IoLocation {
  /** File name as the user knows it (no directory). */
  file: string;
  /** Worksheet of a workbook. */
  sheet?: string;
  /** Layer of a GeoPackage, or the member of an archive the problem is in. */
  layer?: string;
  /** 1-based row, line, record or feature number. */
  row?: number;
  /** Column as an Excel letter ("A", "AB"). */
  column?: string;
  /** Named column, attribute or key ("GHI", "NORD", "outputs.hourly"). */
  field?: string;
  /** Named item (e.g. a KML placemark's name). */
  feature?: string;
}

/** An Italian text and its English alternative. */
export interface IoText {
  it: string;
  en: string;
}

export class IoError extends Error implements ReportableError {
  override readonly name = 'IoError';
  readonly code: IoErrorCode;
  readonly file: string;
  readonly sheet?: string;
  readonly layer?: string;
  readonly row?: number;
  readonly column?: string;
  readonly field?: string;
  readonly feature?: string;
  /** The bare Italian description, without the location. */
  readonly detail: string;
  /** The bare English description, without the location. */
  readonly detailEn: string;
  /** English alternative of `message` (location included). */
  readonly messageEn: string;

  constructor(loc: IoLocation, code: IoErrorCode, detailIt: string, detailEn: string) {
    super(`${formatIoLocation(loc).it}: ${detailIt}`);
    this.code = code;
    this.file = loc.file;
    if (loc.sheet !== undefined) this.sheet = loc.sheet;
    if (loc.layer !== undefined) this.layer = loc.layer;
    if (loc.row !== undefined) this.row = loc.row;
    if (loc.column !== undefined) this.column = loc.column;
    if (loc.field !== undefined) this.field = loc.field;
    if (loc.feature !== undefined) this.feature = loc.feature;
    this.detail = detailIt;
    this.detailEn = detailEn;
    this.messageEn = `${formatIoLocation(loc).en}: ${detailEn}`;
  }

  /** As the API reports it: a bad request naming the column or field at fault, when known. */
  toApiErrorData(): ApiErrorData {
    const field = this.column ?? this.field;
    return { code: 'bad-request', message: this.messageEn, messageIt: this.message, ...(field ? { field } : {}) };
  }

  /** Italian message (the same as `message`). */
  get messageIt(): string {
    return this.message;
  }

  /** Where the problem is. */
  get location(): IoLocation {
    const loc: IoLocation = { file: this.file };
    for (const k of ['sheet', 'layer', 'row', 'column', 'field', 'feature'] as const) {
      if (this[k] !== undefined) (loc as unknown as Record<string, unknown>)[k] = this[k];
    }
    return loc;
  }

  /** The same problem at a more precise or corrected location (`more` wins over what is known). */
  at(more: Partial<IoLocation>): IoError {
    return new IoError({ ...this.location, ...more }, this.code, this.detail, this.detailEn);
  }
}

/**
 * Location prefix of every message: `file «a.xlsx», foglio «Curve», riga 3, colonna B` /
 * `file "a.xlsx", sheet "Curve", row 3, column B`. Names read from the file (sheet, layer,
 * field, feature) and the file name itself are quoted through `excerpt`.
 */
export function formatIoLocation(loc: IoLocation): IoText {
  const q = (s: string, max = EXCERPT_CHARS) => excerpt(s, max);
  const it = [`file «${q(loc.file, 120)}»`];
  const en = [`file "${q(loc.file, 120)}"`];
  if (loc.sheet !== undefined) { it.push(`foglio «${q(loc.sheet)}»`); en.push(`sheet "${q(loc.sheet)}"`); }
  if (loc.layer !== undefined) { it.push(`livello «${q(loc.layer)}»`); en.push(`layer "${q(loc.layer)}"`); }
  if (loc.row !== undefined) { it.push(`riga ${loc.row}`); en.push(`row ${loc.row}`); }
  if (loc.column !== undefined) { it.push(`colonna ${loc.column}`); en.push(`column ${loc.column}`); }
  if (loc.field !== undefined) { it.push(`campo «${q(loc.field)}»`); en.push(`field "${q(loc.field)}"`); }
  if (loc.feature !== undefined) { it.push(`elemento «${q(loc.feature)}»`); en.push(`feature "${q(loc.feature)}"`); }
  return { it: it.join(', '), en: en.join(', ') };
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

/** Throws IoError 'io/aborted' when the signal has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new IoError({ file }, 'io/aborted', 'importazione annullata', 'import cancelled');
}
