/**
 * Writes tests/fixtures/store/v<N>.condivisa: a small project at every released schema
 * version, made with the migrations as they were at that version. Run once per new schema
 * version and commit the files; the tests open each of them with the current code.
 *   npx esbuild scripts/make-store-fixtures.ts --bundle --platform=node --format=esm \
 *     --external:better-sqlite3 --outfile=.tsbuild/mf.mjs && node .tsbuild/mf.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../core/store/migrations';
import { CONDIVISA_APPLICATION_ID } from '../core/store/project-file';

const outDir = path.resolve('tests/fixtures/store');
fs.mkdirSync(outDir, { recursive: true });

for (const { version } of MIGRATIONS.slice(0, -1)) {
  const file = path.join(outDir, `v${version}.condivisa`);
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  db.pragma(`application_id = ${CONDIVISA_APPLICATION_ID}`);
  migrate(db, version);
  db.exec(`
    INSERT INTO community (id, name, legal_entity, type, constitution_date, municipality, region, reference_year)
      VALUES (1, 'CER Fixture v${version}', 'Associazione Fixture', 'CER', '2024-05-01', 'Bergamo', 'Lombardia', 2024);
    INSERT INTO configurations (id, name, substation_code) VALUES (1, 'Centro', 'AC001E00934');
    INSERT INTO plants (id, name, source, kwp, tilt_deg, azimuth_deg, commissioning_date, grant_share, configuration_id)
      VALUES (1, 'FV municipio', 'pv', 45.5, 20, 180, '2024-09-01', 0.4, 1);
  `);
  if (version === 1) {
    db.exec(`
      INSERT INTO members (id, name, category, pods_json, configuration_id, annual_kwh, load_profile)
        VALUES (1, 'Comune di Prova', 'local_authority', '["IT001E00000001","IT001E00000002"]', 1, 50000, 'municipal_building'),
               (2, 'Mario Rossi', 'citizen', '["IT001E00000003"]', 1, 2700, 'household'),
               (3, 'Senza POD', 'citizen', 'not json', NULL, 1000, 'household');
    `);
  }
  db.close();
  console.log(`wrote ${file}`);
}
