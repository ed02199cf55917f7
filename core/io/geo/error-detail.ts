import { IoError, type IoLocation } from '../io-error';
import type { Text } from '../../model/messages';

/** The bare description of a caught error (IoError: its message; anything else: its text, in both languages). */
export function errorDetail(e: unknown): Text {
  if (e instanceof IoError) return e.detailMessage;
  const msg = e instanceof Error ? e.message : String(e);
  return { it: msg, en: msg };
}

/**
 * An error from a part of a geographic file (a .shp inside a zip, a WKB blob) located in the
 * file the user chose. Truncated binary data (RangeError from the reader) is a damaged file.
 */
export function relocate(e: unknown, loc: IoLocation): IoError {
  if (e instanceof IoError) return e.at(loc);
  if (e instanceof RangeError) return new IoError(loc, 'io/corrupt', { code: 'io.truncated-data', params: { why: e.message } });
  throw e;
}

/** A CRS the projection module cannot use (its message starts with "<file>: "), as an IoError of that file. */
export function crsError(file: string, e: Error): IoError {
  const why = e.message.replace(`${file}: `, '');
  return new IoError({ file }, 'io/unsupported-crs', { code: 'io.crs-unusable', params: { why } });
}
