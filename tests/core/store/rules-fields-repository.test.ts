import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ProjectStore } from '../../../core/store/project-store';
import { CURRENT_SCHEMA_VERSION } from '../../../core/store/migrations';
import {
  patchRuleFields,
  readAllRuleFields,
  readLocalRules,
  readRuleFields,
  writeLocalRules,
} from '../../../core/store/rules-fields-repository';
import { NotFoundError } from '../../../core/store/errors';
import { REPO_ROOT, tempDir } from '../../helpers/tmp';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const community = {
  name: 'CER Regole',
  legalEntity: '',
  type: 'CER' as const,
  constitutionDate: null,
  municipality: 'Bergamo',
  region: 'Lombardia',
  referenceYear: 2025,
};

function newStore(file = path.join(dir, 'r.condivisa')) {
  const store = ProjectStore.create(file, community);
  const c = store.addConfiguration({ name: 'Centro', substationCode: 'AC001E00934' });
  const m = store.addMember({
    name: 'Forno', category: 'sme', taxCode: '', ateco: '', pods: ['IT001E00000001'], lat: null, lon: null,
    vulnerable: false, configurationId: c.id, annualKWh: 1000, loadProfile: 'shop',
  });
  const p = store.addPlant({
    name: 'FV', source: 'pv', kWp: 20, tiltDeg: 20, azimuthDeg: 180, commissioningDate: null, ownerMemberId: m.id,
    thirdPartyProducer: '', pod: '', censimp: '', existing: false, grantShare: 0, configurationId: c.id, lat: null, lon: null,
  });
  return { store, file, c, m, p };
}

describe('rule fields repository (migration 5)', () => {
  it('stores rule fields of every entity kind and reads them back after reopening', () => {
    const { store, file, c, m, p } = newStore();
    patchRuleFields(store, 'community', 0, { municipalityPopulation: 4200, pnrrPopulationLimit: 'dm127' });
    patchRuleFields(store, 'configuration', c.id, { filingDate: '2025-03-01', referent: { kind: 'member', memberId: m.id } });
    patchRuleFields(store, 'member', m.id, { netMetering: true, municipality: 'Bergamo' });
    patchRuleFields(store, 'plant', p.id, { hybrid: false, upgradedSectionKw: 12.5, pnrrGrant: true });
    store.close();

    const again = ProjectStore.open(file);
    expect(again.schemaVersion()).toBe(CURRENT_SCHEMA_VERSION);
    expect(readRuleFields(again, 'community', 0)).toEqual({ municipalityPopulation: 4200, pnrrPopulationLimit: 'dm127' });
    expect(readRuleFields(again, 'configuration', c.id)).toEqual({ filingDate: '2025-03-01', referent: { kind: 'member', memberId: m.id } });
    expect(readRuleFields(again, 'member', m.id)).toEqual({ netMetering: true, municipality: 'Bergamo' });
    expect(readAllRuleFields(again, 'plant').get(p.id)).toEqual({ hybrid: false, upgradedSectionKw: 12.5, pnrrGrant: true });
    // The entities themselves are untouched.
    expect(again.getMember(m.id)).toMatchObject({ name: 'Forno', pods: ['IT001E00000001'] });
    again.close();
  });

  it('clears a field with null and keeps the others', () => {
    const { store, m } = newStore();
    patchRuleFields(store, 'member', m.id, { netMetering: true, firmInDifficulty: true });
    expect(patchRuleFields(store, 'member', m.id, { netMetering: null })).toEqual({ firmInDifficulty: true });
    store.close();
  });

  it('drops damaged or unknown stored values instead of feeding them to the rules', () => {
    const { store, m, p } = newStore();
    store.db.prepare('UPDATE members SET rules_json = ? WHERE id = ?').run('{"netMetering":"yes","bogus":1,"municipality":"Bergamo"}', m.id);
    store.db.prepare('UPDATE plants SET rules_json = ? WHERE id = ?').run('not json', p.id);
    expect(readRuleFields(store, 'member', m.id)).toEqual({ municipality: 'Bergamo' });
    expect(readRuleFields(store, 'plant', p.id)).toEqual({});
    store.close();
  });

  it('refuses an entity that does not exist', () => {
    const { store } = newStore();
    expect(() => readRuleFields(store, 'member', 999)).toThrow(NotFoundError);
    expect(() => patchRuleFields(store, 'plant', 999, { hybrid: true })).toThrow(NotFoundError);
    store.close();
  });

  it('keeps the local rules in order and replaces them as a whole', () => {
    const { store } = newStore();
    const a = { id: 'a', kind: 'maxMembers', params: { max: 3 }, title: { it: 'a', en: 'a' }, source: 's' };
    const b = { id: 'b', kind: 'plantPowerRange', params: { minKw: 10 }, title: { it: 'b', en: 'b' }, source: 's' };
    writeLocalRules(store, [b, a]);
    expect(readLocalRules(store)).toEqual([b, a]);
    writeLocalRules(store, [a]);
    expect(readLocalRules(store)).toEqual([a]);
    store.close();
  });

  it('upgrades a version-4 file: empty rule fields, no local rules, then writable', () => {
    const file = path.join(dir, 'v4.condivisa');
    fs.copyFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'store', 'v4.condivisa'), file);
    const before = new Database(file, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(4);
    before.close();
    const store = ProjectStore.open(file);
    expect(store.schemaVersion()).toBe(CURRENT_SCHEMA_VERSION);
    expect([...readAllRuleFields(store, 'member').values()]).toEqual([{}, {}, {}]);
    expect(readLocalRules(store)).toEqual([]);
    expect(patchRuleFields(store, 'member', 2, { netMetering: true })).toEqual({ netMetering: true });
    store.close();
  });
});
