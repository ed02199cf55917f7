/**
 * Ordered schema migrations of the project file. The schema version lives in
 * `PRAGMA user_version`; migration N takes a file from version N−1 to N. Never edit a
 * migration once released: add a new one. Tests open committed files of every earlier
 * version (tests/fixtures/store/vN.condivisa).
 */
import type Database from 'better-sqlite3';
import { createUndoTriggers, dropUndoTriggers } from './undo-triggers';

export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'community, configurations, members, plants',
    up: (db) => {
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE community (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          name TEXT NOT NULL,
          legal_entity TEXT NOT NULL DEFAULT '',
          type TEXT NOT NULL CHECK (type IN ('CER','AUC','AID')),
          constitution_date TEXT,
          municipality TEXT NOT NULL DEFAULT '',
          region TEXT NOT NULL DEFAULT '',
          reference_year INTEGER NOT NULL
        );
        CREATE TABLE configurations (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          substation_code TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE members (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          category TEXT NOT NULL,
          tax_code TEXT NOT NULL DEFAULT '',
          ateco TEXT NOT NULL DEFAULT '',
          pods_json TEXT NOT NULL DEFAULT '[]',
          lat REAL, lon REAL,
          vulnerable INTEGER NOT NULL DEFAULT 0,
          configuration_id INTEGER REFERENCES configurations(id) ON DELETE SET NULL,
          annual_kwh REAL NOT NULL DEFAULT 0,
          load_profile TEXT NOT NULL DEFAULT 'household'
        );
        CREATE TABLE plants (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          source TEXT NOT NULL,
          kwp REAL NOT NULL CHECK (kwp > 0),
          tilt_deg REAL NOT NULL,
          azimuth_deg REAL NOT NULL,
          commissioning_date TEXT,
          owner_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
          third_party_producer TEXT NOT NULL DEFAULT '',
          pod TEXT NOT NULL DEFAULT '',
          censimp TEXT NOT NULL DEFAULT '',
          existing INTEGER NOT NULL DEFAULT 0,
          grant_share REAL NOT NULL DEFAULT 0,
          configuration_id INTEGER REFERENCES configurations(id) ON DELETE SET NULL,
          lat REAL, lon REAL
        );
      `);
    },
  },
  {
    version: 2,
    description: 'connection points; member PODs move from a JSON column to rows',
    up: (db) => {
      db.exec(`
        CREATE TABLE connection_points (
          id INTEGER PRIMARY KEY,
          pod TEXT NOT NULL UNIQUE,
          member_id INTEGER REFERENCES members(id) ON DELETE CASCADE,
          plant_id INTEGER REFERENCES plants(id) ON DELETE SET NULL,
          voltage TEXT NOT NULL DEFAULT 'LV' CHECK (voltage IN ('LV','MV','HV'))
        );
        CREATE INDEX connection_points_member ON connection_points(member_id);
      `);
      const insert = db.prepare('INSERT OR IGNORE INTO connection_points (pod, member_id) VALUES (?, ?)');
      const rows = db.prepare('SELECT id, pods_json FROM members').all() as { id: number; pods_json: string }[];
      for (const row of rows) {
        let pods: unknown;
        try {
          pods = JSON.parse(row.pods_json);
        } catch {
          pods = [];
        }
        if (Array.isArray(pods)) for (const pod of pods) if (typeof pod === 'string') insert.run(pod, row.id);
      }
      db.exec('ALTER TABLE members DROP COLUMN pods_json');
    },
  },
  {
    version: 3,
    description: 'substation areas, located area of members and plants, simulation results cache',
    up: (db) => {
      db.exec(`
        CREATE TABLE substation_areas (
          code TEXT PRIMARY KEY,
          name TEXT NOT NULL DEFAULT '',
          distributor TEXT NOT NULL DEFAULT '',
          unofficial INTEGER NOT NULL DEFAULT 0,
          min_lon REAL NOT NULL, min_lat REAL NOT NULL, max_lon REAL NOT NULL, max_lat REAL NOT NULL,
          geometry_json TEXT NOT NULL,
          attributes_json TEXT NOT NULL DEFAULT '{}',
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL
        );
        ALTER TABLE members ADD COLUMN located_area_code TEXT;
        ALTER TABLE plants ADD COLUMN located_area_code TEXT;
        CREATE TABLE simulation_cache (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          input_hash TEXT NOT NULL,
          created_at TEXT NOT NULL,
          result_json TEXT NOT NULL
        );
      `);
    },
  },
  // import: curves, bills, members, workbook (core/store/import-repository.ts)
  {
    version: 4,
    description: 'imported load curves, bills and data-quality reports per POD; member VAT number and address',
    up: (db) => {
      db.exec(`
        CREATE TABLE load_curves (
          pod TEXT PRIMARY KEY,
          start_utc_ms INTEGER NOT NULL,
          step_minutes INTEGER NOT NULL CHECK (step_minutes IN (15, 60)),
          length INTEGER NOT NULL CHECK (length >= 0),
          values_f64le BLOB NOT NULL,
          unit TEXT NOT NULL DEFAULT 'kWh',
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL
        );
        CREATE TABLE bills (
          pod TEXT NOT NULL,
          year INTEGER NOT NULL,
          month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
          f1 REAL, f2 REAL, f3 REAL, f0 REAL,
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL,
          PRIMARY KEY (pod, year, month)
        );
        CREATE TABLE quality_reports (
          pod TEXT PRIMARY KEY,
          report_json TEXT NOT NULL,
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL
        );
        CREATE TABLE member_registry (
          member_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
          vat_number TEXT NOT NULL DEFAULT '',
          address TEXT NOT NULL DEFAULT ''
        );
      `);
    },
  },
  // eligibility rules (core/store/rules-fields-repository.ts)
  {
    version: 5,
    description: 'optional rule fields of community, configurations, members, plants (JSON); local rules of the project',
    up: (db) => {
      db.exec(`
        ALTER TABLE community ADD COLUMN rules_json TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE configurations ADD COLUMN rules_json TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE members ADD COLUMN rules_json TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE plants ADD COLUMN rules_json TEXT NOT NULL DEFAULT '{}';
        CREATE TABLE local_rules (
          position INTEGER PRIMARY KEY,
          rule_id TEXT NOT NULL UNIQUE,
          spec_json TEXT NOT NULL
        );
      `);
    },
  },
  // --- energy sources and storage (core/store/production-repository.ts) ---
  {
    version: 6,
    description: "members' battery and EV charging (JSON), wind hub height of plants, imported production series per plant",
    up: (db) => {
      db.exec(`
        ALTER TABLE members ADD COLUMN battery_json TEXT;
        ALTER TABLE members ADD COLUMN ev_json TEXT;
        ALTER TABLE plants ADD COLUMN hub_height_m REAL;
        CREATE TABLE production_series (
          plant_id INTEGER PRIMARY KEY REFERENCES plants(id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('series', 'monthly')),
          start_utc_ms INTEGER,
          step_minutes INTEGER CHECK (step_minutes IN (15, 60)),
          length INTEGER CHECK (length >= 0),
          values_f64le BLOB,
          monthly_json TEXT,
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL,
          CHECK ((kind = 'series' AND values_f64le IS NOT NULL) OR (kind = 'monthly' AND monthly_json IS NOT NULL))
        );
      `);
    },
  },
  // --- numbers a firm can sign (core/scenario) ---
  {
    version: 7,
    description: "plants' connection voltage (LV/MV): cPR of the AUC's avoided losses [RO p.42]",
    up: (db) => {
      db.exec(`ALTER TABLE plants ADD COLUMN voltage TEXT NOT NULL DEFAULT 'LV' CHECK (voltage IN ('LV', 'MV'));`);
    },
  },
  // --- prosumer metering (core/store/import-repository.ts) ---
  {
    version: 8,
    description: 'what each imported curve measures (metered withdrawal, metered injection, gross consumption): one curve and one quality report per POD and measure',
    up: (db) => {
      // Curves imported before this version are distributor downloads: metered withdrawal.
      db.exec(`
        CREATE TABLE load_curves_v8 (
          pod TEXT NOT NULL,
          measure TEXT NOT NULL DEFAULT 'withdrawal' CHECK (measure IN ('withdrawal', 'injection', 'consumption')),
          start_utc_ms INTEGER NOT NULL,
          step_minutes INTEGER NOT NULL CHECK (step_minutes IN (15, 60)),
          length INTEGER NOT NULL CHECK (length >= 0),
          values_f64le BLOB NOT NULL,
          unit TEXT NOT NULL DEFAULT 'kWh',
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL,
          PRIMARY KEY (pod, measure)
        );
        INSERT INTO load_curves_v8 (pod, measure, start_utc_ms, step_minutes, length, values_f64le, unit, source_file, imported_at)
          SELECT pod, 'withdrawal', start_utc_ms, step_minutes, length, values_f64le, unit, source_file, imported_at FROM load_curves;
        DROP TABLE load_curves;
        ALTER TABLE load_curves_v8 RENAME TO load_curves;
        CREATE TABLE quality_reports_v8 (
          pod TEXT NOT NULL,
          measure TEXT NOT NULL DEFAULT 'withdrawal' CHECK (measure IN ('withdrawal', 'injection', 'consumption')),
          report_json TEXT NOT NULL,
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL,
          PRIMARY KEY (pod, measure)
        );
        INSERT INTO quality_reports_v8 (pod, measure, report_json, source_file, imported_at)
          SELECT pod, 'withdrawal', report_json, source_file, imported_at FROM quality_reports;
        DROP TABLE quality_reports;
        ALTER TABLE quality_reports_v8 RENAME TO quality_reports;
      `);
    },
  },
  // --- deliverables: documents attached to the Allegato 3 checklist (core/store/attachments-repository.ts) ---
  {
    version: 9,
    description: 'attachments: files of the GSE document checklist, kept inside the project file',
    up: (db) => {
      db.exec(`
        CREATE TABLE attachments (
          id INTEGER PRIMARY KEY,
          document_id TEXT NOT NULL,
          configuration_id INTEGER NOT NULL REFERENCES configurations(id) ON DELETE CASCADE,
          plant_id INTEGER REFERENCES plants(id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
          sha256 TEXT NOT NULL,
          content BLOB NOT NULL,
          added_at TEXT NOT NULL
        );
        CREATE INDEX attachments_by_configuration ON attachments (configuration_id);
      `);
    },
  },
  // --- who gets what (core/store/sharing-rules-repository.ts) ---
  {
    version: 10,
    description: 'sharing rules (the community part and one list per configuration, JSON checked by core/sharing); GSE monthly statements per configuration',
    up: (db) => {
      db.exec(`
        CREATE TABLE sharing_rules (
          id INTEGER PRIMARY KEY,
          configuration_id INTEGER UNIQUE REFERENCES configurations(id) ON DELETE CASCADE,
          rules_json TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX sharing_rules_one_community ON sharing_rules ((configuration_id IS NULL)) WHERE configuration_id IS NULL;
        CREATE TABLE gse_statements (
          configuration_id INTEGER NOT NULL REFERENCES configurations(id) ON DELETE CASCADE,
          year INTEGER NOT NULL,
          month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
          incentive_eur REAL NOT NULL,
          valorisation_eur REAL NOT NULL,
          restricted_eur REAL,
          source_file TEXT NOT NULL DEFAULT '',
          imported_at TEXT NOT NULL,
          PRIMARY KEY (configuration_id, year, month)
        );
      `);
    },
  },
  // --- editing comfort: undo/redo kept in the file (core/store/undo-log.ts) ---
  {
    version: 11,
    description: 'undo history: the steps (label, kind) and the logged rows that revert them; the triggers are made by migrate()',
    up: (db) => {
      db.exec(`
        CREATE TABLE undo_steps (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('undo', 'redo', 'barrier')),
          label_it TEXT NOT NULL,
          label_en TEXT NOT NULL,
          bytes INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL
        );
        CREATE TABLE undo_log (
          seq INTEGER PRIMARY KEY,
          step_id INTEGER,
          tbl TEXT NOT NULL,
          op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
          row_id INTEGER NOT NULL,
          entity TEXT,
          cols TEXT NOT NULL DEFAULT '',
          vals TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX undo_log_by_step ON undo_log (step_id, seq);
      `);
    },
  },
  // --- scenari di progetto: named snapshots of the inputs with their results (core/store/project-scenarios-repository.ts) ---
  {
    version: 12,
    description: 'project scenarios: named snapshots of the inputs (JSON, large values by digest) with their results; content-addressed blobs shared by the snapshots',
    up: (db) => {
      db.exec(`
        CREATE TABLE project_scenarios (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          created_at TEXT NOT NULL,
          inputs_json TEXT NOT NULL,
          input_digest TEXT NOT NULL,
          results_json TEXT,
          summary_json TEXT NOT NULL
        );
        CREATE TABLE project_scenario_blobs (
          sha256 TEXT PRIMARY KEY,
          content BLOB NOT NULL
        );
      `);
    },
  },
  // --- per-plant investment cost (core/scenario/economics.ts, core/report/funding-call.ts) ---
  {
    version: 13,
    description: "plants' investment cost [€, VAT excluded]; NULL: not known (the PNRR cost cap is assumed)",
    up: (db) => {
      db.exec(`ALTER TABLE plants ADD COLUMN capex_eur REAL;`);
    },
  },
  // --- the last run's hourly series beside its result (core/store/simulation-series.ts) ---
  {
    version: 14,
    description: "the last simulation's hourly series move from meta (an undoable table) to simulation_cache: a run is not an edit, and undo must not revert the series apart from their result",
    up: (db) => {
      db.exec(`
        ALTER TABLE simulation_cache ADD COLUMN hourly_json TEXT;
        UPDATE simulation_cache SET hourly_json = (SELECT value FROM meta WHERE key = 'simulation_hourly');
        DELETE FROM meta WHERE key = 'simulation_hourly';
      `);
      // Undo steps logged for the series (each run made one, "Modifica impostazioni") would
      // now revert a row that is gone, or one that takes its rowid later: dropped, with the
      // steps left empty (barriers have no rows of their own and stay).
      const hasUndo = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'undo_log'").get() !== undefined;
      if (hasUndo) {
        db.exec(`
          DELETE FROM undo_log WHERE tbl = 'meta' AND entity = 'simulation_hourly';
          DELETE FROM undo_steps WHERE kind IN ('undo', 'redo') AND id NOT IN (SELECT step_id FROM undo_log WHERE step_id IS NOT NULL);
        `);
      }
    },
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Applies, in one transaction, every migration above the file's version up to `target`. */
export function migrate(db: Database.Database, target = CURRENT_SCHEMA_VERSION): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return;
  // Foreign keys must be off while tables are rebuilt (ALTER … DROP COLUMN); SQLite ignores
  // this pragma inside a transaction, so it is toggled around it.
  db.pragma('foreign_keys = OFF');
  try {
    // IMMEDIATE: take the write lock first (waiting for another program), so that a
    // migration that reads before it writes cannot fail half-way on a busy file.
    db.transaction(() => {
      // The undo triggers follow the tables: off while migrations rebuild them, made again after.
      dropUndoTriggers(db);
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      createUndoTriggers(db);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
