import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ProjectStore } from '../../../core/store/project-store';
import { MIGRATIONS, CURRENT_SCHEMA_VERSION } from '../../../core/store/migrations';
import { REPO_ROOT, tempDir } from '../../helpers/tmp';
import { readSimulationSeries } from '../../../core/store/simulation-series';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'store');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('migrations', () => {
  it('are numbered 1..N in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('has a committed file of every earlier schema version', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) {
      expect(fs.existsSync(path.join(FIXTURES, `v${v}.condivisa`)), `v${v}.condivisa`).toBe(true);
    }
  });

  for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) {
    it(`opens a version-${v} file and upgrades it without losing data`, () => {
      const file = path.join(dir, `v${v}.condivisa`);
      fs.copyFileSync(path.join(FIXTURES, `v${v}.condivisa`), file);
      const store = ProjectStore.open(file);
      expect(store.schemaVersion()).toBe(CURRENT_SCHEMA_VERSION);
      expect(store.getCommunity()).toMatchObject({ name: `CER Fixture v${v}`, municipality: 'Bergamo', constitutionDate: '2024-05-01' });
      expect(store.listConfigurations()).toEqual([{ id: 1, name: 'Centro', substationCode: 'AC001E00934' }]);
      expect(store.listPlants()[0]).toMatchObject({ name: 'FV municipio', kWp: 45.5, grantShare: 0.4, configurationId: 1 });
      if (v <= 2) {
        // v2 moved PODs from a JSON column to connection points; a damaged list becomes empty.
        const members = store.listMembers();
        expect(members.map((m) => [m.name, m.pods])).toEqual([
          ['Comune di Prova', ['IT001E00000001', 'IT001E00000002']],
          ['Mario Rossi', ['IT001E00000003']],
          ['Senza POD', []],
        ]);
        expect(store.listConnectionPoints()).toHaveLength(3);
      }
      // import: curves, bills, members, workbook
      if (v === 3) {
        expect(store.listMembers().find((m) => m.name === 'Mario Rossi')).toMatchObject({ locatedAreaCode: 'AC001E00934', lat: 45.7, pods: ['IT001E00000003'] });
      }
      // v4 added the import tables, empty after an upgrade.
      for (const table of ['load_curves', 'bills', 'quality_reports', 'member_registry']) {
        expect((store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
      }
      // eligibility rules
      // v5 added the rule fields (JSON, empty after an upgrade) and the local rules table.
      if (v < 5) {
        for (const table of ['community', 'configurations', 'members', 'plants']) {
          const rows = store.db.prepare(`SELECT rules_json FROM ${table}`).all() as { rules_json: string }[];
          expect(rows.every((r) => r.rules_json === '{}'), table).toBe(true);
        }
        expect((store.db.prepare('SELECT COUNT(*) AS n FROM local_rules').get() as { n: number }).n).toBe(0);
      }
      // --- energy sources and storage ---
      // v6 added battery/EV columns of members, the hub height of plants (all NULL after an upgrade) and production series.
      if (v < 6) {
        expect(store.listMembers().every((m) => m.battery === undefined && m.ev === undefined)).toBe(true);
        expect(store.listPlants().every((p) => p.hubHeightM === undefined)).toBe(true);
        expect((store.db.prepare('SELECT COUNT(*) AS n FROM production_series').get() as { n: number }).n).toBe(0);
      }
      // v7 added the plants' connection voltage: LV after an upgrade (the AUC's cPR 2.6%).
      if (v < 7) expect(store.listPlants().every((p) => p.voltage === 'LV')).toBe(true);
      // v9 added the attachments table, empty after an upgrade.
      expect((store.db.prepare('SELECT COUNT(*) AS n FROM attachments').get() as { n: number }).n).toBe(0);
      // v10 added the sharing rules, none after an upgrade.
      expect((store.db.prepare('SELECT COUNT(*) AS n FROM sharing_rules').get() as { n: number }).n).toBe(0);
      // v13 added the plants' investment cost: not known after an upgrade (the cost cap is assumed).
      if (v < 13) {
        expect(store.listPlants().every((p) => p.capexEur === undefined)).toBe(true);
        expect(store.db.prepare('SELECT capex_eur FROM plants').all()).toEqual(store.listPlants().map(() => ({ capex_eur: null })));
      }
      // v14 moved the last run's hourly series beside its result, out of the undo history:
      // the series read back as stored, and the step the run made is gone, the edits' stay.
      if (v === 13) {
        expect(readSimulationSeries(store, 1)).toMatchObject({ configurationId: 1, productionKWh: [0, 1.5, 3], withdrawalKWh: [2, 2, 2], sharedKWh: [0, 1.5, 2] });
        expect(store.getMeta('simulation_hourly')).toBeNull();
        expect(store.db.prepare('SELECT label_it FROM undo_steps ORDER BY id').all()).toEqual([{ label_it: 'Fixture' }]);
        expect((store.db.prepare("SELECT COUNT(*) AS n FROM undo_log WHERE tbl = 'meta'").get() as { n: number }).n).toBe(0);
      }
      store.close();
      // And it opens again, already current.
      ProjectStore.open(file).close();
    });
  }
});
