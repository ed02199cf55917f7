/**
 * The one error every adapter in core/io throws for a bad input file. It names the file
 * and, when known, where in it: sheet or layer, row (1-based, as a spreadsheet or a text
 * editor shows it; for geographic files the feature or record number), column (Excel
 * letter), field (a named column, attribute or key) and feature (a named item). `code` is
 * stable for programs; `message` is Italian (shown in the UI) and `messageEn` English,
 * both starting with the location, which is written here and nowhere else.
 */
import { errorData, type ApiErrorData, type ReportableError } from '../api/common/errors';
import { EXCERPT_CHARS, excerpt } from './excerpt';
import { bilingual, formatMessage, textIn, type Message, type Text } from '../model/messages';
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
  /** The description as a catalogue message (or text carried from elsewhere, e.g. a worker), without the location. */
  readonly detailMessage: Text;
  /** The bare Italian description, without the location. */
  readonly detail: string;
  /** The bare English description, without the location. */
  readonly detailEn: string;
  /** English alternative of `message` (location included). */
  readonly messageEn: string;

  constructor(loc: IoLocation, code: IoErrorCode, detail: Text) {
    // Rendered once here for Error.message and the API's { message, messageIt } envelope.
    super(formatMessage(locatedMessage(loc, detail), 'it'));
    this.code = code;
    this.file = loc.file;
    if (loc.sheet !== undefined) this.sheet = loc.sheet;
    if (loc.layer !== undefined) this.layer = loc.layer;
    if (loc.row !== undefined) this.row = loc.row;
    if (loc.column !== undefined) this.column = loc.column;
    if (loc.field !== undefined) this.field = loc.field;
    if (loc.feature !== undefined) this.feature = loc.feature;
    this.detailMessage = detail;
    this.detail = textIn(detail, 'it');
    this.detailEn = textIn(detail, 'en');
    this.messageEn = formatMessage(locatedMessage(loc, detail), 'en');
  }

  /** As the API reports it: a bad request naming the column or field at fault, when known. */
  toApiErrorData(): ApiErrorData {
    // The located message's code and parameters travel too, for a client that translates itself.
    return errorData('bad-request', locatedMessage(this.location, this.detailMessage), this.column ?? this.field);
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
    return new IoError({ ...this.location, ...more }, this.code, this.detailMessage);
  }
}

/**
 * Location prefix of every message: `file «a.xlsx», foglio «Curve», riga 3, colonna B` /
 * `file "a.xlsx", sheet "Curve", row 3, column B`. Names read from the file (sheet, layer,
 * field, feature) and the file name itself are quoted through `excerpt`.
 */
export function formatIoLocation(loc: IoLocation): IoText {
  return bilingual(locationMessage(loc));
}

/** The location as a message: its parts (file, sheet, …, feature) joined with ", ". */
export function locationMessage(loc: IoLocation): Message {
  const q = (s: string, max = EXCERPT_CHARS) => excerpt(s, max);
  const parts: Message[] = [{ code: 'io.at.file', params: { name: q(loc.file, 120) } }];
  if (loc.sheet !== undefined) parts.push({ code: 'io.at.sheet', params: { name: q(loc.sheet) } });
  if (loc.layer !== undefined) parts.push({ code: 'io.at.layer', params: { name: q(loc.layer) } });
  // Row numbers are shown as written (no thousands separator): "riga 12345".
  if (loc.row !== undefined) parts.push({ code: 'io.at.row', params: { row: String(loc.row) } });
  if (loc.column !== undefined) parts.push({ code: 'io.at.column', params: { column: loc.column } });
  if (loc.field !== undefined) parts.push({ code: 'io.at.field', params: { name: q(loc.field) } });
  if (loc.feature !== undefined) parts.push({ code: 'io.at.feature', params: { name: q(loc.feature) } });
  return { code: 'io.at.place', params: { parts } };
}

/** "<where>: <what>", the shape of every IoError message. */
export function locatedMessage(loc: IoLocation, detail: Text): Message {
  return { code: 'io.located', params: { where: locationMessage(loc), detail } };
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
  if (signal?.aborted) throw new IoError({ file }, 'io/aborted', { code: 'io.io-error.import-cancelled' });
}
