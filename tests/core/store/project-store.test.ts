import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ProjectStore } from '../../../core/store/project-store';
import { ProjectFileError } from '../../../core/store/errors';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import type { Community } from '../../../core/model/entities';
import { tempDir } from '../../helpers/tmp';

const community: Community = {
  name: 'CER Test',
  legalEntity: 'Associazione Test',
  type: 'CER',
  constitutionDate: '2024-03-01',
  municipality: 'Bergamo',
  region: 'Lombardia',
  referenceYear: 2025,
};

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('ProjectStore', () => {
  it('creates a project, edits it and reads the same data after reopening', () => {
    const file = path.join(dir, 'p.condivisa');
    const store = ProjectStore.create(file, community);
    const cfg = store.addConfiguration({ name: 'Città Studi', substationCode: 'AC001E00934' });
    const m1 = store.addMember({ ...defaultMember('Anna'), pods: ['IT001E00000001'], configurationId: cfg.id });
    const m2 = store.addMember({ ...defaultMember('Bruno'), category: 'sme', ateco: '10.71.10', vulnerable: true });
    store.addPlant({ ...defaultPlant('FV tetto'), kWp: 19.8, ownerMemberId: m1.id, configurationId: cfg.id, existing: true });
    store.updateMember(m2.id, { annualKWh: 12345.5, pods: ['IT001E00000002', 'IT001E00000003'] });
    store.updateCommunity({ name: 'CER Test rinominata' });
    store.close();

    const again = ProjectStore.open(file);
    expect(again.getCommunity()).toEqual({ ...community, name: 'CER Test rinominata' });
    expect(again.listConfigurations()).toEqual([{ id: cfg.id, name: 'Città Studi', substationCode: 'AC001E00934' }]);
    const members = again.listMembers();
    expect(members.map((m) => m.name)).toEqual(['Anna', 'Bruno']);
    expect(members[1]).toMatchObject({ category: 'sme', ateco: '10.71.10', vulnerable: true, annualKWh: 12345.5 });
    expect(members[1]!.pods).toEqual(['IT001E00000002', 'IT001E00000003']);
    const plants = again.listPlants();
    expect(plants[0]).toMatchObject({ name: 'FV tetto', kWp: 19.8, ownerMemberId: m1.id, existing: true });
    expect(again.counts()).toEqual({ configurations: 1, members: 2, plants: 1, totalKWp: 19.8, annualConsumptionKWh: 2700 + 12345.5 });
    again.close();
  });

  it('keeps the file in WAL mode with foreign keys enforced', () => {
    const file = path.join(dir, 'p.condivisa');
    const store = ProjectStore.create(file, community);
    const m = store.addMember(defaultMember('Anna'));
    store.addPlant({ ...defaultPlant('FV'), ownerMemberId: m.id });
    // Deleting the owner leaves the plant as a third-party plant (ON DELETE SET NULL).
    store.removeMember(m.id);
    expect(store.listPlants()[0]!.ownerMemberId).toBeNull();
    expect(() => store.updatePlant(store.listPlants()[0]!.id, { ownerMemberId: 999 })).toThrow(/FOREIGN KEY/);
    store.close();
    // WAL is a persistent property of the file, so a fresh connection reports it.
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('rolls back a failed edit as one transaction: nothing half-written', () => {
    const file = path.join(dir, 'p.condivisa');
    const store = ProjectStore.create(file, community);
    const m = store.addMember({ ...defaultMember('Anna'), pods: ['IT001E00000001'] });
    // kWp must be > 0 (CHECK constraint): the whole edit fails, the name change with it.
    expect(() => store.updatePlant(store.addPlant(defaultPlant('FV')).id, { name: 'Nuovo nome', kWp: -1 })).toThrow();
    expect(store.listPlants()[0]!.name).toBe('FV');
    expect(store.getMember(m.id).pods).toEqual(['IT001E00000001']);
    store.close();
  });

  it('two stores on the same file (another window, the CLI) see each other’s committed edits', () => {
    const file = path.join(dir, 'p.condivisa');
    const a = ProjectStore.create(file, community);
    const b = ProjectStore.open(file);
    a.addMember(defaultMember('da A'));
    b.addMember(defaultMember('da B'));
    a.updateCommunity({ region: 'Piemonte' });
    expect(b.listMembers().map((m) => m.name)).toEqual(['da A', 'da B']);
    expect(b.getCommunity().region).toBe('Piemonte');
    a.close();
    b.close();
  });

  it('refuses to create over an existing file', () => {
    const file = path.join(dir, 'p.condivisa');
    fs.writeFileSync(file, 'precious data');
    expect(() => ProjectStore.create(file, community)).toThrow(ProjectFileError);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious data');
  });

  it('reports missing entities by kind and id', () => {
    const store = ProjectStore.create(path.join(dir, 'p.condivisa'), community);
    expect(() => store.updateMember(42, { name: 'x' })).toThrow(/member 42 not found/);
    expect(() => store.removePlant(7)).toThrow(/plant 7 not found/);
    store.close();
  });
});
