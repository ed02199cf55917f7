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
  // A released fixture is history: never rewrite it.
  if (fs.existsSync(file)) continue;
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
  if (version >= 2) {
    db.exec(`
      INSERT INTO members (id, name, category, configuration_id, annual_kwh, load_profile)
        VALUES (1, 'Comune di Prova', 'local_authority', 1, 50000, 'municipal_building'),
               (2, 'Mario Rossi', 'citizen', 1, 2700, 'household'),
               (3, 'Senza POD', 'citizen', NULL, 1000, 'household');
      INSERT INTO connection_points (pod, member_id) VALUES
        ('IT001E00000001', 1), ('IT001E00000002', 1), ('IT001E00000003', 2);
    `);
  }
  // import: curves, bills, members, workbook (v3: a substation area and a located member)
  if (version >= 3) {
    db.exec(`
      INSERT INTO substation_areas (code, name, min_lon, min_lat, max_lon, max_lat, geometry_json, imported_at)
        VALUES ('AC001E00934', 'Centro', 9.6, 45.6, 9.8, 45.8, '{"type":"Polygon","coordinates":[[[9.6,45.6],[9.8,45.6],[9.8,45.8],[9.6,45.8],[9.6,45.6]]]}', '2025-01-01T00:00:00Z');
      UPDATE members SET located_area_code = 'AC001E00934', lat = 45.7, lon = 9.7 WHERE id = 2;
    `);
  }
  // eligibility rules (v5: rule fields of a member and a local rule)
  if (version >= 5) {
    db.exec(`
      UPDATE members SET rules_json = '{"netMetering":true,"municipality":"Bergamo"}' WHERE id = 2;
      INSERT INTO local_rules (position, rule_id, spec_json) VALUES (1, 'power-range',
        '{"id":"power-range","kind":"plantPowerRange","params":{"minKw":10,"maxKw":1000},"title":{"it":"10–1000 kW","en":"10–1000 kW"},"source":"fixture"}');
    `);
  }
  // --- energy sources and storage --- (v6: a battery, EV charging, a wind hub height, a monthly production profile)
  if (version >= 6) {
    db.exec(`
      UPDATE members SET battery_json = '{"capacityKWh":10,"powerKW":5,"roundTripEfficiency":0.9,"minSoc":0.1,"strategy":"self-consumption"}',
        ev_json = '{"annualKWh":1500,"pattern":"evening-home"}' WHERE id = 2;
      UPDATE plants SET hub_height_m = 24 WHERE id = 1;
      INSERT INTO production_series (plant_id, kind, monthly_json, imported_at)
        VALUES (1, 'monthly', '[1,2,3,4,5,6,7,8,9,10,11,12]', '2025-01-01T00:00:00Z');
    `);
  }
  // The last run's hourly series as versions 11–13 kept them, in meta (an undoable table), with
  // the undo step each run made; v14 moves them beside the result and drops that step.
  if (version === 13) {
    const pack = (values: number[]) => Buffer.from(Float32Array.from(values).buffer).toString('base64');
    const hourly = [{ configurationId: 1, base: { startUtcMs: Date.UTC(2024, 0, 1), stepMinutes: 60, length: 3, timeZone: 'Europe/Rome' }, productionKWh: pack([0, 1.5, 3]), withdrawalKWh: pack([2, 2, 2]), sharedKWh: pack([0, 1.5, 2]) }];
    const step = (label: string) =>
      db.prepare("INSERT INTO undo_steps (kind, label_it, label_en, bytes, created_at) VALUES ('undo', ?, ?, 0, '2025-02-01T00:00:00Z')").run(label, label).lastInsertRowid;
    // The rows above, one step (an edit); then the run: its series logged, its result not.
    db.prepare('UPDATE undo_log SET step_id = ? WHERE step_id IS NULL').run(step('Fixture'));
    db.prepare("INSERT INTO simulation_cache (id, input_hash, created_at, result_json) VALUES (1, 'fixture', '2025-02-01T00:00:00Z', ?)").run(JSON.stringify({ stepMinutes: 60, configurations: [], members: [], plants: [] }));
    db.prepare("INSERT INTO meta (key, value) VALUES ('simulation_hourly', ?)").run(JSON.stringify(hourly));
    db.prepare('UPDATE undo_log SET step_id = ? WHERE step_id IS NULL').run(step('Modifica impostazioni'));
  }
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
