/**
 * Hostile SQLite files, built by the tests: SQLite files that carry code. `endless` views
 * never return (a recursive query with no end): open them only in a child process with a
 * deadline (tests/helpers/probe.ts); the finite ones are for in-process tests.
 */
import Database from 'better-sqlite3';
import type { Area, Polygon } from '../../core/geo/types';
import { bboxOfGeometry } from '../../core/geo/bbox';
import { writeGeoPackage } from '../../core/io/geo/geopackage-write';
import { ProjectStore } from '../../core/store/project-store';
import { defaultMember } from '../../core/model/entity-validation';

/** A recursive query of `n` rows, or of rows without end. */
function counting(endless: boolean): string {
  return `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r${endless ? '' : ' WHERE n < 3'})`;
}

function tamper(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** A sound project with one member consuming 2,000 kWh a year. */
export function makeProject(file: string): void {
  const store = ProjectStore.create(file, { name: 'CER Prova', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: '', referenceYear: 2025 });
  store.addMember({ ...defaultMember('Anna'), annualKWh: 2000 });
  store.close();
}

/** A project whose `community` is a view (endless: `condivisa info` would never return). */
export function projectWithViewAsCommunity(file: string, endless: boolean): void {
  makeProject(file);
  tamper(file, `DROP TABLE community;
    CREATE VIEW community AS ${counting(endless)}
      SELECT 1 AS id, 'CER Prova' AS name, '' AS legal_entity, 'CER' AS type, NULL AS constitution_date,
             '' AS municipality, '' AS region, 2025 AS reference_year, '{}' AS rules_json
        FROM r WHERE n < 0;`);
}

/** A project with triggers that multiply every kWh written by 100 (2,000 stored as 200,000). */
export function projectWithTriggers(file: string): void {
  makeProject(file);
  tamper(file, `
    CREATE TRIGGER members_kwh_x100 AFTER UPDATE OF annual_kwh ON members
      BEGIN UPDATE members SET annual_kwh = NEW.annual_kwh * 100 WHERE id = NEW.id; END;
    CREATE TRIGGER members_new_x100 AFTER INSERT ON members
      BEGIN UPDATE members SET annual_kwh = NEW.annual_kwh * 100 WHERE id = NEW.id; END;`);
}

const square: Polygon = { type: 'Polygon', coordinates: [[[12.4, 41.8], [12.6, 41.8], [12.6, 42.0], [12.4, 42.0], [12.4, 41.8]]] };
export const ROME_AREA: Area = { code: 'AC001E00934', name: 'AC001E00934', distributor: 'e-distribuzione SpA', geometry: square, bbox: bboxOfGeometry(square), attributes: {} };

/** A GeoPackage whose feature layer `aree_convenzionali` is a view (endless: a read never returns). */
export function geoPackageWithViewLayer(file: string, endless: boolean): void {
  writeGeoPackage(file, [ROME_AREA]);
  tamper(file, `DROP TABLE aree_convenzionali;
    CREATE VIEW aree_convenzionali AS ${counting(endless)}
      SELECT n AS fid, NULL AS geom, 'AC' || n AS cod_ac FROM r WHERE n < 0;
    PRAGMA page_size = 1024;
    VACUUM;`);
}

/** A GeoPackage whose gpkg_contents is a view. */
export function geoPackageWithViewContents(file: string, endless: boolean): void {
  writeGeoPackage(file, [ROME_AREA]);
  tamper(file, `ALTER TABLE gpkg_contents RENAME TO contents_data;
    CREATE VIEW gpkg_contents AS ${counting(endless)}
      SELECT c.* FROM contents_data c, r WHERE r.n < 0;
    VACUUM;`);
}
