/** Migration 8: curves and quality reports keyed by POD and measure; earlier curves are metered withdrawal. */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../../core/store/migrations';

describe('migration 8 (curve measure)', () => {
  it('keeps a version-6 curve as withdrawal and lets the POD hold an injection curve too', () => {
    const db = new Database(':memory:');
    migrate(db, 6);
    db.prepare("INSERT INTO load_curves (pod, start_utc_ms, step_minutes, length, values_f64le, unit, source_file, imported_at) VALUES ('IT001E00000001', 0, 60, 1, x'000000000000F03F', 'kWh', 'a.csv', 'now')").run();
    db.prepare("INSERT INTO quality_reports (pod, report_json, source_file, imported_at) VALUES ('IT001E00000001', '{}', 'a.csv', 'now')").run();
    migrate(db, 8);
    expect(db.prepare('SELECT pod, measure, source_file FROM load_curves').all()).toEqual([{ pod: 'IT001E00000001', measure: 'withdrawal', source_file: 'a.csv' }]);
    expect(db.prepare('SELECT pod, measure FROM quality_reports').all()).toEqual([{ pod: 'IT001E00000001', measure: 'withdrawal' }]);
    db.prepare("INSERT INTO load_curves (pod, measure, start_utc_ms, step_minutes, length, values_f64le, imported_at) VALUES ('IT001E00000001', 'injection', 0, 60, 1, x'00', 'now')").run();
    expect(() => db.prepare("INSERT INTO load_curves (pod, measure, start_utc_ms, step_minutes, length, values_f64le, imported_at) VALUES ('IT001E00000001', 'solar', 0, 60, 1, x'00', 'now')").run()).toThrow(/CHECK/);
    db.close();
  });
});
