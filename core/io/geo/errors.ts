/** Error raised by the area importers; the message always names the file (and feature/row when relevant). */
export class GeoImportError extends Error {
  /** Path or name of the offending file. */
  readonly file: string;
  /** Feature / row description (e.g. "row 12", "feature 3"), when known. */
  readonly feature?: string;

  constructor(file: string, message: string, feature?: string) {
    super(`${file}${feature ? ` (${feature})` : ''}: ${message}`);
    this.name = 'GeoImportError';
    this.file = file;
    this.feature = feature;
  }
}

/** A ZIP container problem (KMZ, zipped Shapefile) as a GeoImportError, English first then Italian. */
export const geoZipError = (p: { file: string; code: string; it: string; en: string }): GeoImportError =>
  new GeoImportError(p.file, `${p.code === 'CORRUPT' ? 'invalid ZIP archive: ' : ''}${p.en} — ${p.it}`);
