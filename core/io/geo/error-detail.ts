import { IoError, type IoLocation, type IoText } from '../io-error';

/** The bare description of a caught error (IoError: both languages; anything else: its message in both). */
export function errorDetail(e: unknown): IoText {
  if (e instanceof IoError) return { it: e.detail, en: e.detailEn };
  const msg = e instanceof Error ? e.message : String(e);
  return { it: msg, en: msg };
}

/**
 * An error from a part of a geographic file (a .shp inside a zip, a WKB blob) located in the
 * file the user chose. Truncated binary data (RangeError from the reader) is a damaged file.
 */
export function relocate(e: unknown, loc: IoLocation): IoError {
  if (e instanceof IoError) return e.at(loc);
  if (e instanceof RangeError) return new IoError(loc, 'io/corrupt', `dati troncati (${e.message})`, e.message);
  throw e;
}

/** A CRS the projection module cannot use (its message starts with "<file>: "), as an IoError of that file. */
export function crsError(file: string, e: Error): IoError {
  const why = e.message.replace(`${file}: `, '');
  return new IoError({ file }, 'io/unsupported-crs', `sistema di riferimento non utilizzabile: ${why}`, why);
}
