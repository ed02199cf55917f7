import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ProjectStore } from '../../../core/store/project-store';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import type { Community } from '../../../core/model/entities';
import { history, redo, undo } from '../../../core/store/history';
import { historyLimits, literals, MAX_LOG_BYTES, MAX_STEPS } from '../../../core/store/undo-log';
import { saveMonthlyProduction } from '../../../core/store/production-repository';
import { tempDir } from '../../helpers/tmp';

const community: Community = {
  name: 'CER Test',
  legalEntity: '',
  type: 'CER',
  constitutionDate: null,
  municipality: 'Bergamo',
  region: 'Lombardia',
  referenceYear: 2025,
};

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('undo/redo kept in the project file', () => {
  it('a new project has no history: its creation is not an edit', () => {
    const store = ProjectStore.create(path.join(dir, 'p.condivisa'), community);
    expect(history(store)).toEqual({ undo: null, redo: null, steps: [] });
    expect(undo(store)).toBeNull();
    store.close();
  });

  it('undoes a plant power edit after the file is closed and opened again, then redoes it', () => {
    const file = path.join(dir, 'p.condivisa');
    const store = ProjectStore.create(file, community);
    const plant = store.addPlant({ ...defaultPlant('FV Scuola'), kWp: 19.8 });
    store.updatePlant(plant.id, { kWp: 45.5 });
    expect(history(store).undo?.labelIt).toBe('Modifica potenza impianto FV Scuola');
    expect(history(store).undo?.labelEn).toBe('Edit power of plant FV Scuola');
    store.close();

    const again = ProjectStore.open(file);
    expect(undo(again)?.labelIt).toBe('Modifica potenza impianto FV Scuola');
    expect(again.getPlant(plant.id).kWp).toBe(19.8);
    expect(history(again).redo?.labelIt).toBe('Modifica potenza impianto FV Scuola');
    expect(history(again).undo?.labelIt).toBe('Aggiunta impianto FV Scuola');
    redo(again);
    expect(again.getPlant(plant.id).kWp).toBe(45.5);
    undo(again);
    undo(again);
    expect(again.listPlants()).toEqual([]);
    redo(again);
    expect(again.getPlant(plant.id)).toEqual({ ...plant });
    again.close();
  });

  it('puts back a deleted member with its PODs, its plant ownership and its configuration link, in one step', () => {
    const store = ProjectStore.create(path.join(dir, 'p.condivisa'), community);
    const cfg = store.addConfiguration({ name: 'Centro', substationCode: 'AC001E00934' });
    const m = store.addMember({ ...defaultMember('Anna Bianchi'), pods: ['IT001E00000001', 'IT001E00000002'], configurationId: cfg.id, annualKWh: 2700 });
    const p = store.addPlant({ ...defaultPlant('FV Anna'), ownerMemberId: m.id });
    store.removeMember(m.id);
    expect(store.getPlant(p.id).ownerMemberId).toBeNull();
    expect(history(store).undo?.labelIt).toBe('Eliminazione membro Anna Bianchi');
    undo(store);
    expect(store.getMember(m.id)).toEqual(m);
    expect(store.getPlant(p.id).ownerMemberId).toBe(m.id);
    expect(store.podOwner('IT001E00000002')).toBe(m.id);
    // A new edit after an undo drops the redo step, as in any editor.
    store.updateMember(m.id, { annualKWh: 3000 });
    expect(history(store).redo).toBeNull();
    store.close();
  });

  it('restores a REAL exactly (0.1 + 0.2 round-trips through quote())', () => {
    const store = ProjectStore.create(path.join(dir, 'p.condivisa'), community);
    const m = store.addMember({ ...defaultMember('X'), annualKWh: 0.1 + 0.2 });
    store.updateMember(m.id, { annualKWh: 5 });
    undo(store);
    expect(store.getMember(m.id).annualKWh).toBe(0.1 + 0.2);
    store.close();
  });

  it('keeps a replaced blob (INSERT OR REPLACE of an imported production) and restores its bytes', () => {
    const store = ProjectStore.create(path.join(dir, 'p.condivisa'), community);
    const p = store.addPlant(defaultPlant('Idro'));
    const first = Array.from({ length: 12 }, (_, i) => 1000 + i);
    store.tx(() => saveMonthlyProduction(store, p.id, first, 'a.csv', '2025-01-01T00:00:00Z'));
    store.tx(() => saveMonthlyProduction(store, p.id, first.map((x) => x * 2), 'b.csv', '2025-02-01T00:00:00Z'));
    undo(store);
    const row = store.db.prepare('SELECT monthly_json, source_file FROM production_series WHERE plant_id = ?').get(p.id) as { monthly_json: string; source_file: string };
    expect(JSON.parse(row.monthly_json)).toEqual(first);
    expect(row.source_file).toBe('a.csv');
    store.close();
  });

  it('keeps at most the last 200 steps', () => {
    const store = ProjectStore.create(path.join(dir, 'p.condivisa'), community);
    const m = store.addMember(defaultMember('X'));
    for (let i = 1; i <= MAX_STEPS + 20; i++) store.updateMember(m.id, { annualKWh: i });
    const n = (store.db.prepare('SELECT COUNT(*) AS n FROM undo_steps').get() as { n: number }).n;
    expect(n).toBe(200);
    let undone = 0;
    while (undo(store)) undone++;
    expect(undone).toBe(200);
    // 220 edits, the last 200 undone: the value before edit 21.
    expect(store.getMember(m.id).annualKWh).toBe(20);
    store.close();
  });

  it('an edit larger than the byte bound is a barrier: nothing before it can be undone, later edits can', () => {
    const store = ProjectStore.create(path.join(dir, 'p.condivisa'), community);
    const p = store.addPlant(defaultPlant('Idro'));
    store.updatePlant(p.id, { kWp: 50 });
    const months = Array.from({ length: 12 }, (_, i) => 1000 + i);
    store.tx(() => saveMonthlyProduction(store, p.id, months, 'a.csv', '2025-01-01T00:00:00Z'));
    // Replacing it logs the old row (~110 bytes of values + the row overhead): over a 100-byte bound.
    historyLimits.bytes = 100;
    try {
      store.tx(() => saveMonthlyProduction(store, p.id, months.map((x) => x * 2), 'b.csv', '2025-02-01T00:00:00Z'));
    } finally {
      historyLimits.bytes = MAX_LOG_BYTES;
    }
    const h = history(store);
    expect(h.undo).toBeNull();
    expect(h.steps).toHaveLength(1);
    expect(h.steps[0]!.kind).toBe('barrier');
    expect(h.steps[0]!.labelIt).toMatch(/^Modifica produzione importata \(non annullabile: \d+ MB di dati sostituiti\)$/);
    expect(undo(store)).toBeNull();
    expect(store.getPlant(p.id).kWp).toBe(50);
    store.updatePlant(p.id, { kWp: 60 });
    undo(store);
    expect(store.getPlant(p.id).kWp).toBe(50);
    store.close();
  });

  it('refuses a log row that is not a list of literals, changing nothing', () => {
    expect(literals(`'a,b',NULL,-1.5e+20,X'00ff',3`)).toEqual([`'a,b'`, 'NULL', '-1.5e+20', `X'00ff'`, '3']);
    expect(literals(`'it''s'`)).toEqual([`'it''s'`]);
    expect(() => literals(`1,(SELECT 1)`)).toThrow();
    const file = path.join(dir, 'p.condivisa');
    const store = ProjectStore.create(file, community);
    const m = store.addMember(defaultMember('X'));
    store.updateMember(m.id, { annualKWh: 10 });
    store.db.prepare("UPDATE undo_log SET vals = '1; DROP TABLE members' WHERE op = 'update'").run();
    expect(() => undo(store)).toThrow(/literal/);
    expect(store.getMember(m.id).annualKWh).toBe(10);
    store.close();
  });

});
