/**
 * Ordered schema migrations of the project file. The schema version lives in
 * `PRAGMA user_version`; migration N takes a file from version N−1 to N. Never edit a
 * migration once released: add a new one. Tests open committed files of every earlier
 * version (tests/fixtures/store/vN.condivisa).
 */
import type Database from 'better-sqlite3';

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
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
