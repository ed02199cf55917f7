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

const it = (n: number) => n.toLocaleString('it-IT');
const en = (n: number) => n.toLocaleString('en-GB');

export function areaFileTooLarge(file: string, bytes: number): IoError {
  const mb = (n: number) => Math.round(n / 1048576);
  return new IoError(
    { file },
    'io/too-large',
    `il file è di ${it(mb(bytes))} MB, oltre il limite di ${it(mb(MAX_AREA_FILE_BYTES))} MB per un file di aree: tenere solo la regione del progetto`,
    `the file is ${en(mb(bytes))} MB, over the ${en(mb(MAX_AREA_FILE_BYTES))} MB limit for an areas file: keep only the project's region`,
  );
}

export function tooManyFeatures(file: string, limit = MAX_AREA_FEATURES): IoError {
  return new IoError({ file }, 'io/too-large', `più di ${it(limit)} elementi: dividere il file`, `more than ${en(limit)} features: split the file`);
}

export function tooManyVertices(file: string, limit = MAX_AREA_VERTICES): IoError {
  return new IoError({ file }, 'io/too-large', `più di ${it(limit)} vertici: semplificare o dividere il file`, `more than ${en(limit)} vertices: simplify or split the file`);
}
