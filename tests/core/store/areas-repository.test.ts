import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ProjectStore } from '../../../core/store/project-store';
import { areasOf } from '../../../core/store/areas-repository';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import { tempDir } from '../../helpers/tmp';
import { AREA_A, AREA_B, P } from '../api/geo-fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
const community = { name: 'CER Aree', legalEntity: '', type: 'CER' as const, constitutionDate: null, municipality: 'Milano', region: 'Lombardia', referenceYear: 2025 };

beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(path.join(tmp.dir, 'a.condivisa'), community);
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('AreasRepository', () => {
  it('stores areas, replaces by code and survives a reopen', () => {
    const repo = areasOf(store);
    store.tx(() => repo.upsertMany([AREA_A, AREA_B], 'aree.gpkg', '2025-01-01T00:00:00Z'));
    expect(repo.listRecords().map((a) => a.code)).toEqual(['AC001E00001', 'AC001E00002']);
    store.tx(() => repo.upsertMany([{ ...AREA_B, name: 'Rinominata' }], 'nuove.geojson'));
    expect(repo.count()).toBe(2);
    expect(repo.get('AC001E00002')).toMatchObject({ name: 'Rinominata', sourceFile: 'nuove.geojson', distributor: 'Unareti SpA' });
    const file = store.file;
    store.close();
    store = ProjectStore.open(file);
    const again = areasOf(store).get('AC001E00001')!;
    expect(again.geometry).toEqual(AREA_A.geometry);
    expect(again.attributes).toMatchObject({ cod_conseg: 'C-AC001E00001' });
    expect(again.bbox).toEqual([9.0, 45.4, 9.1, 45.5]);
  });

  it('locates points inside, outside, in a hole and on a shared border', () => {
    const repo = areasOf(store);
    store.tx(() => repo.upsertMany([AREA_A, AREA_B], 'aree.gpkg'));
    expect(repo.locate(P.insideA.lat, P.insideA.lon).code).toBe('AC001E00001');
    expect(repo.locate(P.insideB.lat, P.insideB.lon).code).toBe('AC001E00002');
    expect(repo.locate(P.outside.lat, P.outside.lon)).toEqual({ code: null, borderDistanceMetres: null, codes: [] });
    expect(repo.locate(P.inHoleOfA.lat, P.inHoleOfA.lon).code).toBeNull();
    const border = repo.locate(45.45, 9.1);
    expect(border.codes.sort()).toEqual(['AC001E00001', 'AC001E00002']);
    expect(border.borderDistanceMetres).toBe(0);
    const near = repo.locate(P.nearBorderA.lat, P.nearBorderA.lon);
    expect(near.code).toBe('AC001E00001');
    expect(near.borderDistanceMetres).toBeGreaterThan(30);
    expect(near.borderDistanceMetres).toBeLessThan(50);
  });

  it('re-locates members and plants and counts them per area', () => {
    const repo = areasOf(store);
    const m1 = store.addMember({ ...defaultMember('Anna'), ...P.insideA });
    const m2 = store.addMember({ ...defaultMember('Bruno'), ...P.inHoleOfA });
    const m3 = store.addMember(defaultMember('Senza posizione'));
    const pl = store.addPlant({ ...defaultPlant('FV'), ...P.insideB });
    expect(store.getMember(m1.id).locatedAreaCode).toBeNull();
    const changed = store.tx(() => {
      repo.upsertMany([AREA_A, AREA_B], 'aree.gpkg');
      return repo.relocateAll();
    });
    expect(changed).toEqual({ members: 1, plants: 1 });
    expect(store.getMember(m1.id).locatedAreaCode).toBe('AC001E00001');
    expect(store.getMember(m2.id).locatedAreaCode).toBeNull();
    expect(store.getMember(m3.id).locatedAreaCode).toBeNull();
    expect(store.getPlant(pl.id).locatedAreaCode).toBe('AC001E00002');
    expect(Object.fromEntries(repo.countsByArea())).toEqual({
      AC001E00001: { members: 1, plants: 0 },
      AC001E00002: { members: 0, plants: 1 },
    });
    store.updateMember(m1.id, P.insideB);
    store.tx(() => repo.relocateMember(m1.id));
    expect(store.getMember(m1.id).locatedAreaCode).toBe('AC001E00002');
    store.tx(() => {
      repo.remove('AC001E00002');
      repo.relocateAll();
    });
    expect(store.getMember(m1.id).locatedAreaCode).toBeNull();
    expect(store.getPlant(pl.id).locatedAreaCode).toBeNull();
  });

  it('sees areas written by another connection and forgets a rolled-back import', () => {
    const repo = areasOf(store);
    expect(repo.locate(P.insideA.lat, P.insideA.lon).code).toBeNull();
    const other = ProjectStore.open(store.file);
    store.tx(() => undefined);
    other.tx(() => areasOf(other).upsertMany([AREA_A], 'altro.gpkg'));
    other.close();
    expect(repo.locate(P.insideA.lat, P.insideA.lon).code).toBe('AC001E00001');
    expect(() =>
      store.tx(() => {
        repo.upsertMany([AREA_B], 'b.gpkg');
        expect(repo.locate(P.insideB.lat, P.insideB.lon).code).toBe('AC001E00002');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    repo.invalidate();
    expect(repo.locate(P.insideB.lat, P.insideB.lon).code).toBeNull();
    expect(repo.count()).toBe(1);
  });
});
