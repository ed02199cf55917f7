// GeoPackages carrying code. Only finite views here: the endless ones are opened in a
// child process with a deadline (tests/cli/hostile-files.test.ts).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importGeoPackage } from '../../../../core/io/geo/geopackage';
import { writeGeoPackage } from '../../../../core/io/geo/geopackage-write';
import { ioErrorOf } from '../../../helpers/io-error';
import { geoPackageWithViewContents, geoPackageWithViewLayer, ROME_AREA } from '../../../helpers/hostile-sqlite';
import { tempDir } from './helpers';

function exec(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

describe('GeoPackage with code where data is expected', () => {
  it('refuses a feature layer that is a view, naming it', () => {
    const p = join(tempDir(), 'vista.gpkg');
    geoPackageWithViewLayer(p, false);
    const e = ioErrorOf(() => importGeoPackage(p));
    expect(e.code).toBe('io/unsafe-content');
    expect(e.layer).toBe('aree_convenzionali');
    expect(e.message).toBe('file «vista.gpkg», livello «aree_convenzionali»: aree_convenzionali è una vista, non una tabella: il GeoPackage non viene letto (contiene codice dove sono attesi dati)');
  });

  it('refuses a gpkg_contents that is a view', () => {
    const p = join(tempDir(), 'contents.gpkg');
    geoPackageWithViewContents(p, false);
    const e = ioErrorOf(() => importGeoPackage(p));
    expect(e.code).toBe('io/unsafe-content');
    expect(e.messageEn).toContain('gpkg_contents is a view, not a table');
  });

  it('refuses a layer with a computed (virtual generated) column', () => {
    const p = join(tempDir(), 'generated.gpkg');
    writeGeoPackage(p, [ROME_AREA]);
    exec(p, `ALTER TABLE aree_convenzionali ADD COLUMN big TEXT GENERATED ALWAYS AS (printf('%.*c', 100, 'x')) VIRTUAL`);
    const e = ioErrorOf(() => importGeoPackage(p));
    expect(e.code).toBe('io/unsafe-content');
    expect(e.messageEn).toContain('has computed columns (big)');
  });

  it('skips a view layer when a table layer is there, and ignores views and triggers nothing reads', () => {
    const p = join(tempDir(), 'gdal.gpkg');
    writeGeoPackage(p, [ROME_AREA]);
    exec(p, `
      CREATE VIEW a_view_layer AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n AS fid, NULL AS geom FROM r;
      INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('a_view_layer', 'features', 'v', 4326);
      INSERT INTO gpkg_geometry_columns VALUES ('a_view_layer', 'geom', 'MULTIPOLYGON', 4326, 0, 0);
      CREATE TRIGGER like_gdal_rtree AFTER INSERT ON aree_convenzionali BEGIN SELECT 1; END;`);
    const { areas } = importGeoPackage(p);
    expect(areas.map((a) => a.code)).toEqual(['AC001E00934']);
    const e = ioErrorOf(() => importGeoPackage(p, { layer: 'a_view_layer' }));
    expect(e.code).toBe('io/unsafe-content');
  });

  it('stops reading at the deadline with a clear error', () => {
    const p = join(tempDir(), 'big.gpkg');
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...ROME_AREA, code: `AC${String(i).padStart(9, '0')}` }));
    writeGeoPackage(p, many);
    const e = ioErrorOf(() => importGeoPackage(p, { deadlineMs: 1 }));
    expect(e.code).toBe('io/too-large');
    expect(e.message).toBe('file «big.gpkg»: lettura interrotta dopo 0 s: il GeoPackage è troppo grande o danneggiato');
    expect(importGeoPackage(p).areas).toHaveLength(3000);
  });
});
