/**
 * Zipped Shapefile importer (.zip with .shp, .dbf, optional .shx, .prj, .cpg).
 * Geometry from .shp, attributes from .dbf (matched by record order), CRS from
 * .prj (WGS 84 assumed when .prj is missing and coordinates are lon/lat; error otherwise).
 * A bare .shp path with sidecar files next to it is accepted too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AttributeValue } from '../../geo/types';
import type { ToWgs84 } from '../../geo/projection/crs';
import { crsFromWkt, CrsError, isWgs84Geographic, toWgs84Transformer } from '../../geo/projection/crs';
import { AreaCollector } from './area-collector';
import { IoError } from '../io-error';
import { excerpt } from '../excerpt';
import { crsError, relocate } from './error-detail';
import { geoZipError } from '../zip/zip-io-error';
import type { ImportOptions, ImportResult } from './import-types';
import { looksGeographic, reprojectPolygons } from './reproject';
import { readDbf } from './dbf';
import { readShp } from './shp';
import { openZip } from '../zip/openZip';

/** The component files of one shapefile. */
export interface ShapefileParts {
  /** Base name used in messages, e.g. "aree.shp". */
  name: string;
  shp: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

/** Imports areas from shapefile parts. `file` names the archive in errors. */
export function importShapefileParts(parts: ShapefileParts, file: string, options: ImportOptions = {}): ImportResult {
  let shp;
  try {
    shp = readShp(parts.shp);
  } catch (e) {
    throw relocate(e, { file, layer: parts.name });
  }
  let dbf: ReturnType<typeof readDbf> | undefined;
  if (parts.dbf) {
    try {
      dbf = readDbf(parts.dbf, parts.cpg);
    } catch (e) {
      throw relocate(e, { file, layer: parts.name.replace(/\.shp$/i, '.dbf') });
    }
  }
  let transform: ToWgs84 | undefined;
  let crsName = 'WGS 84 (no .prj)';
  if (parts.prj !== undefined) {
    try {
      const crs = crsFromWkt(parts.prj, `${file}: ${parts.name.replace(/\.shp$/i, '.prj')}`);
      crsName = crs.name;
      transform = isWgs84Geographic(crs) ? undefined : toWgs84Transformer(crs);
    } catch (e) {
      if (e instanceof CrsError) throw crsError(file, e);
      throw e;
    }
  }
  const collector = new AreaCollector(file, 'shapefile', crsName, options);
  shp.records.forEach((rec, i) => {
    const label = `record ${i + 1}`;
    const attrs = dbf?.records[i];
    if (dbf && attrs === null) return; // deleted record
    const attributes: Record<string, AttributeValue> = attrs ?? {};
    if (rec.polygons.length === 0) {
      collector.add({ label, attributes, polygons: null, otherType: rec.type });
      return;
    }
    if (!transform && !looksGeographic(rec.polygons)) {
      const at = { file, layer: parts.name, row: i + 1 };
      throw parts.prj === undefined
        ? new IoError(at, 'io/unsupported-crs', { code: 'io.shapefile.coordinates-projected-but-prj' })
        : new IoError(at, 'io/unsupported-crs', { code: 'io.shapefile.coordinates-longitude-latitude-but', params: { crsName } });
    }
    collector.add({ label, attributes, polygons: reprojectPolygons(rec.polygons, transform) });
  });
  return collector.finish();
}

/** Imports a zipped shapefile (or a bare .shp with sidecar files). */
export function importShapefile(path: string, options: ImportOptions = {}): ImportResult {
  const file = options.displayName ?? basename(path);
  if (/\.shp$/i.test(path)) {
    const side = (ext: string): string | undefined => {
      const p = path.replace(/\.shp$/i, ext);
      const q = path.replace(/\.shp$/i, ext.toUpperCase());
      return existsSync(p) ? p : existsSync(q) ? q : undefined;
    };
    const dbf = side('.dbf'), prj = side('.prj'), cpg = side('.cpg');
    return importShapefileParts({
      name: basename(path), shp: readFileSync(path), dbf: dbf ? readFileSync(dbf) : undefined,
      prj: prj ? readFileSync(prj, 'utf8') : undefined, cpg: cpg ? readFileSync(cpg, 'utf8') : undefined,
    }, file, options);
  }
  const zip = openZip(readFileSync(path), file, { toError: geoZipError });
  const entries = zip.entries.filter((e) => !/(^|\/)(__MACOSX\/|\.)/.test(e.name));
  const shps = entries.filter((e) => /\.shp$/i.test(e.name));
  if (shps.length === 0) throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.shapefile.archive-contains-shp-file', params: { entries: entries.slice(0, 8).map((e) => excerpt(e.name)).join(', ') || { code: 'io.shapefile.no-file' } } });
  let shp = shps[0]!;
  if (options.layer) {
    const want = shps.find((e) => basename(e.name, '.shp').toLowerCase() === options.layer!.toLowerCase().replace(/\.shp$/i, ''));
    if (!want) throw new IoError({ file, layer: options.layer }, 'io/missing-layer', { code: 'io.shapefile.layer-found-available', params: { value: shps.map((e) => basename(e.name)).join(', ') } });
    shp = want;
  }
  const stem = shp.name.replace(/\.shp$/i, '').toLowerCase();
  const sib = (ext: string) => entries.find((e) => e.name.toLowerCase() === stem + ext);
  const dbf = sib('.dbf'), prj = sib('.prj'), cpg = sib('.cpg');
  return importShapefileParts({
    name: basename(shp.name), shp: zip.read(shp), dbf: dbf ? zip.read(dbf) : undefined,
    prj: prj ? zip.readText(prj) : undefined, cpg: cpg ? zip.readText(cpg) : undefined,
  }, file, options);
}
