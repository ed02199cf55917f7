/**
 * Minimal GeoPackage writer for areas (used by tests, the benchmark and exports):
 * one feature table with GSE attribute columns and a geometry column "geom".
 */
import Database from 'better-sqlite3';
import type { Area } from '../../geo/types';
import { polygonsOf } from '../../geo/types';
import { encodeGpkgGeometry } from './gpkg-geometry';
import type { RawPolygons } from './wkb';

export interface WriteGeoPackageOptions {
  table?: string;
  /** EPSG code of the coordinates written (default 4326). Coordinates are written as given. */
  srsId?: number;
  /** WKT definition for srsId (required when srsId is not 4326). */
  srsDefinition?: string;
  /** Byte order of geometry blobs (default little endian). */
  littleEndian?: boolean;
  /** Optional coordinate transform applied while writing (lon, lat) → (x, y). */
  project?: (lon: number, lat: number) => [number, number];
}

const WGS84_WKT = 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]';

/** Writes areas to a new GeoPackage at `path` (the file must not exist). */
export function writeGeoPackage(path: string, areas: readonly Area[], options: WriteGeoPackageOptions = {}): void {
  const table = options.table ?? 'aree_convenzionali';
  const srsId = options.srsId ?? 4326;
  const db = new Database(path);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('application_id = 1196444487'); // 'GPKG'
    db.pragma('user_version = 10300');
    db.exec(`
      CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
    `);
    const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
    srs.run('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', null);
    srs.run('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', null);
    srs.run('WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, null);
    if (srsId !== 4326 && srsId > 0) srs.run(`EPSG:${srsId}`, srsId, 'EPSG', srsId, options.srsDefinition ?? 'undefined', null);
    db.exec(`CREATE TABLE "${table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, cod_ac TEXT, rag_soc TEXT, cod_conseg TEXT,
      p_cab_pri TEXT, t_cab_pri TEXT, txt1 TEXT, txt2 TEXT)`);
    db.prepare('INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, ?, ?, ?)').run(table, 'features', table, srsId);
    db.prepare('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)').run(table, 'geom', 'MULTIPOLYGON', srsId);
    const ins = db.prepare(`INSERT INTO "${table}" (geom, cod_ac, rag_soc, cod_conseg, p_cab_pri, t_cab_pri, txt1, txt2) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const str = (a: Area, k: string): string | null => { const v = a.attributes?.[k]; return v === undefined || v === null ? null : String(v); };
    const p = options.project;
    db.transaction(() => {
      for (const a of areas) {
        const polys = polygonsOf(a.geometry).map((poly) => poly.map((ring) => ring.map(([x, y]) => (p ? p(x, y) : [x, y]) as [number, number]))) as RawPolygons;
        ins.run(Buffer.from(encodeGpkgGeometry(polys, srsId, options.littleEndian !== false)), a.code, a.distributor || null,
          str(a, 'cod_conseg'), str(a, 'p_cab_pri'), str(a, 't_cab_pri'), str(a, 'txt1'), str(a, 'txt2'));
      }
    })();
  } finally {
    db.close();
  }
}
