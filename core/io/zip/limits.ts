/**
 * Decompression limits for ZIP containers (XLSX, KMZ, zipped Shapefiles). They are
 * enforced on the bytes actually inflated, not only on the sizes the headers declare,
 * which an attacker writes freely.
 */
export interface ZipLimits {
  /** Most entries (files and folders) the central directory may list. */
  maxEntries: number;
  /** Largest uncompressed entry [bytes]. */
  maxEntryBytes: number;
  /** Largest uncompressed content summed over the entries read [bytes]. */
  maxTotalBytes: number;
  /** Largest uncompressed / compressed ratio of an entry, once it is past `ratioFreeBytes`. */
  maxRatio: number;
  /** Output below which the ratio is not checked [bytes]: small files of blanks compress 1000:1 legitimately. */
  ratioFreeBytes: number;
}

/** Decimal units, as messages print them (sizeText): the limits read as round figures. */
const MB = 1e6;

/**
 * Defaults sized for real inputs: XLSX curve files up to ~50 MB zipped hold a few hundred
 * MB of sheet XML (≈5–20:1); KMZ and Shapefile archives of a few hundred MB barely compress.
 * Repetitive sheet XML (styled blank cells) reaches ~60:1, hence 100:1 past 8 MB.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 1000 * MB,
  maxTotalBytes: 2000 * MB,
  maxRatio: 100,
  ratioFreeBytes: 8 * MB,
};

/** Largest entry read whole as text [bytes]: a JavaScript string holds at most ~536 M characters. */
export const MAX_TEXT_BYTES = 500 * MB;

/** Human size for messages: "512 MB", "1.5 GB", "900 B" (decimal units, as file managers show). */
export function sizeText(bytes: number): string {
  if (bytes >= 1e9) return `${+(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${+(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${+(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}
