/**
 * Format detection and dispatch: GeoPackage (.gpkg), GeoJSON (.geojson/.json),
 * KML/KMZ (.kml/.kmz), zipped Shapefile (.zip or .shp). Content is sniffed
 * (SQLite header, ZIP signature, '{', '<') so a mislabelled file gets a clear error.
 */
import { areaFileTooLarge, MAX_AREA_FILE_BYTES } from './area-limits';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Area } from '../../geo/types';
import { IoError } from '../io-error';
import { importGeoJson } from './geojson';
import { importGeoPackage } from './geopackage';
import type { GeoFormat, ImportOptions, ImportResult } from './import-types';
import { importKml } from './kml';
import { importShapefile } from './shapefile';
import { openZip } from '../zip/openZip';

function head(path: string, n: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(n);
    const got = readSync(fd, b, 0, n, 0);
    return b.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Guesses the format of a file from its content (and extension as a tie-breaker). */
export function detectGeoFormat(path: string): GeoFormat | undefined {
  const b = head(path, 512);
  const ext = extname(path).toLowerCase();
  if (Buffer.from(b.subarray(0, 16)).toString('latin1') === 'SQLite format 3\u0000') return 'geopackage';
  if (b[0] === 0x50 && b[1] === 0x4b) {
    if (ext === '.kmz') return 'kml';
    try {
      const names = openZip(readFileSync(path), basename(path)).entries.map((e) => e.name.toLowerCase());
      if (names.some((n) => n.endsWith('.shp'))) return 'shapefile';
      if (names.some((n) => n.endsWith('.kml'))) return 'kml';
    } catch { return undefined; }
    return undefined;
  }
  if (b.byteLength >= 4 && new DataView(b.buffer, b.byteOffset).getInt32(0, false) === 9994) return 'shapefile';
  const text = new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return 'geojson';
  if (text.startsWith('<') && /<kml[\s>]|<\w+:kml[\s>]/.test(text)) return 'kml';
  if (text.startsWith('<') && (ext === '.kml')) return 'kml';
  return undefined;
}

/** Imports areas from any supported file; throws IoError for other kinds of file. */
export function importAreasFile(path: string, options: ImportOptions = {}): ImportResult {
  const file = options.displayName ?? basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new IoError({ file }, 'io/not-found', { code: 'io.import-file.file-found-readable' });
  }
  if (size === 0) throw new IoError({ file }, 'io/empty', { code: 'io.import-file.file-empty' });
  if (size > MAX_AREA_FILE_BYTES) throw areaFileTooLarge(file, size);
  const format = detectGeoFormat(path);
  switch (format) {
    case 'geopackage': return importGeoPackage(path, options);
    case 'geojson': return importGeoJson(path, options);
    case 'kml': return importKml(path, options);
    case 'shapefile': return importShapefile(path, options);
    default:
      throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.import-file.unrecognised-file-type-expected' });
  }
}

/** Convenience: the areas only. */
export function loadAreas(path: string, options: ImportOptions = {}): Area[] {
  return importAreasFile(path, options).areas;
}
