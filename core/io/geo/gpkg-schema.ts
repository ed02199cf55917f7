/**
 * What a GeoPackage must look like before the importer queries it: the three GeoPackage
 * system tables and the chosen feature layer are plain tables. A view there could be a
 * recursive query that never ends (a 16 KB file froze the host at 100% CPU), so it is
 * refused before any row is read. Views, triggers and virtual tables elsewhere in the file
 * (GDAL writes R-tree indexes and their triggers) are left alone: nothing reads them and
 * the connection is query-only, so no trigger can fire.
 */
import type Database from 'better-sqlite3';
import { IoError } from '../io-error';
import { notAPlainTable, type SchemaObject } from '../untrusted-sqlite';
import type { Message } from '../../model/messages';

export const GPKG_SYSTEM_TABLES = ['gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys'] as const;

/** Refuses a file that is not a GeoPackage or whose system tables are not plain tables. */
export function checkGpkgSystemTables(db: Database.Database, schema: readonly SchemaObject[], file: string): void {
  const named = (t: string) => schema.some((o) => o.name.toLowerCase() === t && (o.type === 'table' || o.type === 'view'));
  if (!GPKG_SYSTEM_TABLES.every(named)) {
    throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.gpkg-schema.geopackage-gpkg-contents-gpkg' });
  }
  for (const t of GPKG_SYSTEM_TABLES) {
    const why = notAPlainTable(db, schema, t);
    if (why) throw unsafe(file, undefined, why);
  }
}

/** Refuses a feature layer that is not a plain table; the message names the layer. */
export function checkLayerTable(db: Database.Database, schema: readonly SchemaObject[], file: string, layer: string): void {
  const why = notAPlainTable(db, schema, layer);
  if (why) throw unsafe(file, layer, why);
}

/** True when the layer can be read (used to skip view layers when choosing one by default). */
export function isPlainTable(db: Database.Database, schema: readonly SchemaObject[], layer: string): boolean {
  return notAPlainTable(db, schema, layer) === undefined;
}

function unsafe(file: string, layer: string | undefined, why: Message): IoError {
  return new IoError(
    { file, ...(layer !== undefined ? { layer } : {}) },
    'io/unsafe-content',
    { code: 'io.gpkg-schema.geopackage-read-holds-code', params: { detail: why } },
  );
}
