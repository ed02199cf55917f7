/**
 * How big an areas file may be. GSE's national GeoPackage of primary-substation areas holds
 * about 2,100 areas and half a million vertices in some tens of MB; the limits leave a wide
 * margin above that while refusing what would exhaust memory.
 */
import { IoError } from '../io-error';

/** Bytes of an areas file (GeoPackage, GeoJSON, KML/KMZ, zipped Shapefile). */
export const MAX_AREA_FILE_BYTES = 1024 * 1024 * 1024;
/** Features read from one file. */
export const MAX_AREA_FEATURES = 200_000;
/** Polygon vertices read from one file, all features together. */
export const MAX_AREA_VERTICES = 20_000_000;


export function areaFileTooLarge(file: string, bytes: number): IoError {
  const mb = (n: number) => Math.round(n / 1048576);
  return new IoError(
    { file },
    'io/too-large',
    { code: 'io.area-limits.file-mb-over-mb', params: { bytes: mb(bytes), limit: mb(MAX_AREA_FILE_BYTES) } },
  );
}

export function tooManyFeatures(file: string, limit = MAX_AREA_FEATURES): IoError {
  return new IoError({ file }, 'io/too-large', { code: 'io.area-limits.more-features-split-file', params: { limit } });
}

export function tooManyVertices(file: string, limit = MAX_AREA_VERTICES): IoError {
  return new IoError({ file }, 'io/too-large', { code: 'io.area-limits.more-vertices-simplify-split', params: { limit } });
}
