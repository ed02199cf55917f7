/**
 * GeoPackage (.gpkg) importer. Reads gpkg_contents, gpkg_geometry_columns and
 * gpkg_spatial_ref_sys, decodes GeoPackage binary geometries (both endiannesses),
 * reprojects to WGS 84 and maps GSE attributes (cod_ac, rag_soc, cod_conseg,
 * p_cab_pri, t_cab_pri, txt1, txt2).
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { AttributeValue } from '../../geo/types';
import type { Crs } from '../../geo/projection/crs';
import { crsFromEpsg, crsFromWkt, CrsError, isWgs84Geographic, toWgs84Transformer } from '../../geo/projection/crs';
import { AreaCollector } from './area-collector';
import { IoError } from '../io-error';
import { crsError, errorDetail } from './error-detail';
import { decodeGpkgGeometry } from './gpkg-geometry';
import type { ImportOptions, ImportResult } from './import-types';
import { looksGeographic, reprojectPolygons } from './reproject';
import { checkGpkgSystemTables, checkLayerTable, isPlainTable } from './gpkg-schema';
import { deadlineGuard, openUntrustedSqlite, quoteIdentifier, readSchema, SqliteDeadlineError, type SchemaObject } from '../untrusted-sqlite';

/** How long reading one GeoPackage may take before it is stopped (the national GSE file reads in a few seconds). */
const DEFAULT_DEADLINE_MS = 60_000;

/** True when the file starts with the SQLite header. */
export function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

interface LayerInfo { table: string; column: string; srsId: number }

/**
 * Imports areas from a GeoPackage file. The file is untrusted: it is opened read-only and
 * its schema checked before any query (core/io/untrusted-sqlite.ts), and every query stops
 * at the deadline.
 */
export function importGeoPackage(path: string, options: ImportOptions = {}): ImportResult {
  const file = options.displayName ?? basename(path);
  if (!isSqliteFile(path)) throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.geopackage.geopackage-file-sqlite-database' });
  let db: Database.Database;
  let schema: SchemaObject[];
  try {
    db = openUntrustedSqlite(path);
  } catch (e) {
    throw new IoError({ file }, 'io/corrupt', { code: 'io.geopackage.open-geopackage', params: { message: (e as Error).message } });
  }
  try {
    try {
      schema = readSchema(db);
    } catch (e) {
      throw new IoError({ file }, 'io/corrupt', { code: 'io.geopackage.geopackage-damaged', params: { message: (e as Error).message } });
    }
    checkGpkgSystemTables(db, schema, file);
    return readAreas(db, schema, file, options);
  } catch (e) {
    if (e instanceof SqliteDeadlineError) {
      throw new IoError({ file }, 'io/too-large', { code: 'io.geopackage.reading-stopped-after-s', params: { seconds: e.seconds } });
    }
    throw e;
  } finally {
    db.close();
  }
}

function readAreas(db: Database.Database, schema: readonly SchemaObject[], file: string, options: ImportOptions): ImportResult {
  const within = deadlineGuard(db, options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const layers = db.prepare(
    `SELECT c.table_name AS "table", g.column_name AS "column", g.srs_id AS srsId
       FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
      WHERE c.data_type = 'features' AND ${within('c.table_name', 'g.table_name')} ORDER BY c.table_name`,
  ).all() as LayerInfo[];
  if (layers.length === 0) throw new IoError({ file }, 'io/missing-layer', { code: 'io.geopackage.geopackage-feature-layer' });
  let layer: LayerInfo | undefined;
  if (options.layer) {
    layer = layers.find((l) => l.table.toLowerCase() === options.layer!.toLowerCase());
    if (!layer) throw new IoError({ file, layer: options.layer }, 'io/missing-layer', { code: 'io.geopackage.layer-found-available', params: { value: layers.map((l) => l.table).join(', ') } });
  } else {
    // Layers that are views are skipped here, so a view only fails the import when it is all there is.
    const tables = layers.filter((l) => isPlainTable(db, schema, l.table));
    layer = tables.find((l) => (db.prepare(`PRAGMA main.table_info(${quoteIdentifier(l.table)})`).all() as { name: string }[]).some((c) => c.name.toLowerCase() === 'cod_ac')) ?? tables[0] ?? layers[0]!;
  }
  checkLayerTable(db, schema, file, layer.table);
  const crs = readCrs(db, layer.srsId, file, within);
  const transform = crs && !isWgs84Geographic(crs) ? toWgs84Transformer(crs) : undefined;
  const collector = new AreaCollector(file, 'geopackage', crs?.name ?? 'undefined geographic (assumed WGS 84)', options);
  const stmt = db.prepare(`SELECT * FROM main.${quoteIdentifier(layer.table)} WHERE ${within()}`);
  let row = 0;
  for (const rec of stmt.iterate() as Iterable<Record<string, unknown>>) {
    row++;
    const label = `layer ${layer.table}, row ${row}`;
    const at = { layer: layer.table, row };
    const blob = rec[layer.column];
    const attributes: Record<string, AttributeValue> = {};
    for (const [k, v] of Object.entries(rec)) {
      if (k === layer.column) continue;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k] = v;
      else if (typeof v === 'bigint') attributes[k] = Number(v);
    }
    if (blob === null || blob === undefined) {
      collector.add({ label, attributes, polygons: null, otherType: 'missing' });
      continue;
    }
    if (!(blob instanceof Uint8Array)) { collector.bad(label, { ...at, field: layer.column }, { code: 'io.geopackage.geometry-column-does-hold' }); continue; }
    let decoded;
    try {
      decoded = decodeGpkgGeometry(blob);
    } catch (e) {
      const why = errorDetail(e);
      collector.bad(label, at, { code: 'io.geopackage.broken-geometry', params: { detail: why } });
      continue;
    }
    if (decoded.polygons.length === 0) {
      collector.add({ label, attributes, polygons: null, otherType: decoded.type });
      continue;
    }
    if (!transform && !looksGeographic(decoded.polygons)) {
      throw new IoError({ file, ...at }, 'io/unsupported-crs', { code: 'io.geopackage.coordinates-longitude-latitude-but', params: { crs: crs?.name ?? { code: 'io.geopackage.crs-undefined' } } });
    }
    collector.add({ label, attributes, polygons: reprojectPolygons(decoded.polygons, transform) });
  }
  return collector.finish();
}

function readCrs(db: Database.Database, srsId: number, file: string, within: (...columns: string[]) => string): Crs | undefined {
  if (srsId === 0 || srsId === -1) return undefined; // undefined geographic / Cartesian: checked via coordinates
  const srs = db.prepare(`SELECT srs_name AS name, organization AS org, organization_coordsys_id AS code, definition AS def FROM gpkg_spatial_ref_sys WHERE srs_id = ? AND ${within()}`)
    .get(srsId) as { name: string; org: string; code: number; def: string } | undefined;
  if (!srs) throw new IoError({ file }, 'io/unsupported-crs', { code: 'io.geopackage.spatial-reference-defined-gpkg', params: { srsId } });
  const byCode = String(srs.org).toUpperCase() === 'EPSG' ? crsFromEpsg(Number(srs.code)) : undefined;
  if (byCode) return byCode;
  try {
    return crsFromWkt(String(srs.def ?? ''), `${file}: srs_id ${srsId} "${srs.name}"`);
  } catch (e) {
    if (e instanceof CrsError) throw crsError(file, e);
    throw e;
  }
}
