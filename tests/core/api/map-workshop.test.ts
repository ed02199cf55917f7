/**
 * The map's workshop operations through the API: an area removed and restored (undo) with its
 * geometry and attributes, the area summary filled from the last simulation, towns found by
 * name offline, and the kinds of member offered on the map.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import { writeGeoPackage } from '../../../core/io/geo';
import { ProjectStore } from '../../../core/store/project-store';
import { writeSimulationCache } from '../../../core/store/simulation-cache';
import { setMemberRegistry } from '../../../core/store/import-repository';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';
import { AREA_A, AREA_B, P } from './geo-fixtures';

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

beforeEach(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  project = (await api.createProject({ path: 'officina', name: 'CER Officina', type: 'CER', region: 'Lombardia' })).path;
  const file = path.join(tmp.dir, 'aree.gpkg');
  writeGeoPackage(file, [AREA_A, AREA_B]);
  await api.importAreas({ project, path: file });
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});

describe('removing and restoring an area (undo)', () => {
  it('gives back the area with its hole, attributes and source, and locates the points again', async () => {
    const m = await api.addMember({ project, member: { name: 'Anna', ...P.insideA } });
    expect((await api.listMembers({ project })).find((x) => x.id === m.id)!.locatedAreaCode).toBe('AC001E00001');
    const removed = await api.removeArea({ project, code: 'AC001E00001' });
    expect(removed).toMatchObject({ code: 'AC001E00001', distributor: 'e-distribuzione SpA', unofficial: false, sourceFile: 'aree.gpkg' });
    expect(removed.attributes).toMatchObject({ cod_conseg: 'C-AC001E00001', p_cab_pri: 'P1', t_cab_pri: 'CP' });
    // Outer square and the hole (lon 9.04–9.06, lat 45.44–45.46), both closed rings of 5 positions.
    expect(removed.geometry.type).toBe('Polygon');
    expect(removed.geometry.coordinates.length).toBe(2);
    expect((await api.listMembers({ project })).find((x) => x.id === m.id)!.locatedAreaCode).toBeNull();

    const back = await api.restoreArea({ project, area: removed });
    expect(back).toMatchObject({ code: 'AC001E00001', distributor: 'e-distribuzione SpA', bbox: [9, 45.4, 9.1, 45.5], memberCount: 1 });
    expect((await api.listMembers({ project })).find((x) => x.id === m.id)!.locatedAreaCode).toBe('AC001E00001');
    // The hole is back too: a point in it is in no area.
    expect((await api.locatePoint({ project, ...P.inHoleOfA })).code).toBeNull();
    const again = await api.removeArea({ project, code: 'AC001E00001' });
    expect(again).toEqual(removed);
    await api.restoreArea({ project, area: removed });

    expect((await rejection(api.restoreArea({ project, area: removed }))).code).toBe('conflict');
    const broken = { ...removed, code: 'X1', geometry: { type: 'Polygon' as const, coordinates: [[[9, 45], [200, 45], [9, 46], [9, 45]]] } };
    expect((await rejection(api.restoreArea({ project, area: broken }))).field).toBe('area');
  });
});

describe('area summary from the last simulation', () => {
  it('adds the shared energy of the members and the production and incentive of the plants located in the area', async () => {
    const a1 = await api.addMember({ project, member: { name: 'A1', ...P.insideA } });
    const a2 = await api.addMember({ project, member: { name: 'A2', ...P.insideA } });
    const b1 = await api.addMember({ project, member: { name: 'B1', ...P.insideB } });
    const pa = await api.addPlant({ project, plant: { name: 'FV A', kWp: 10, ...P.insideA } });
    const pb = await api.addPlant({ project, plant: { name: 'FV B', kWp: 20, ...P.insideB } });
    const before = await api.getAreaSummary({ project, code: 'AC001E00001' });
    expect(before).toMatchObject({ sharedEnergyKWh: null, incentivesEur: null, productionKWh: null, simulationStale: null });

    // A stored result written by hand (not by the engine): the figures are sums of these.
    const store = ProjectStore.open(project);
    const member = (id: number, shared: number) => ({ memberId: id, sharedAsConsumerKWh: shared });
    const plant = (id: number, production: number, incentive: number) => ({ plantId: id, productionKWh: production, incentiveEur: incentive });
    writeSimulationCache(store, 'hash-of-other-inputs', {
      stepMinutes: 60,
      members: [member(a1.id, 1200), member(a2.id, 800.5), member(b1.id, 300)],
      plants: [plant(pa.id, 12_000, 1_150.25), plant(pb.id, 24_000, 2_000)],
      configurations: [],
    });
    store.close();
    const a = await api.getAreaSummary({ project, code: 'AC001E00001' });
    expect(a.sharedEnergyKWh).toBeCloseTo(2000.5, 9); // 1,200 + 800.5
    expect(a.productionKWh).toBe(12_000);
    expect(a.incentivesEur).toBeCloseTo(1150.25, 9);
    expect(a.simulationStale).toBe(true); // computed from other inputs than the project's
    const b = await api.getAreaSummary({ project, code: 'AC001E00002' });
    expect([b.sharedEnergyKWh, b.productionKWh, b.incentivesEur]).toEqual([300, 24_000, 2_000]);
  });
});

describe('finding places offline', () => {
  it('finds towns by folded name, exact names first, and refuses an empty query', async () => {
    const rho = await api.searchPlaces({ query: 'rho' });
    expect(rho[0]).toMatchObject({ name: 'Rho', prov: 'MI' });
    // GeoNames: Rho 45.53° N, 9.04° E.
    expect(rho[0]!.lat).toBeCloseTo(45.53, 1);
    expect(rho[0]!.lon).toBeCloseTo(9.04, 1);
    const forli = await api.searchPlaces({ query: 'FORLI' });
    expect(forli[0]?.name).toBe('Forlì');
    const milano = await api.searchPlaces({ query: 'Milan', limit: 3 });
    expect(milano[0]?.name).toBe('Milano'); // the regional capital before smaller names starting so
    expect(milano.length).toBeLessThanOrEqual(3);
    expect((await rejection(api.searchPlaces({ query: '  ' }))).code).toBe('bad-request');
  });
});

describe('points to place', () => {
  it('lists members and plants without coordinates with the centre of their municipality, the town in their address, or the community’s', async () => {
    await api.updateCommunity({ project, patch: { municipality: 'Bergamo' } });
    const site = await api.addMember({ project, member: { name: 'Comune di Rho' } });
    await api.updateRuleFields({ project, entity: { kind: 'member', id: site.id }, patch: { municipality: 'Rho' } });
    const imported = await api.addMember({ project, member: { name: 'Bar Centrale' } });
    const store = ProjectStore.open(project);
    setMemberRegistry(store, imported.id, { vatNumber: '', address: 'Via Roma 12, 20097 San Donato Milanese (MI)' });
    store.close();
    const plant = await api.addPlant({ project, plant: { name: 'FV scuola', kWp: 20 } });
    await api.addMember({ project, member: { name: 'Già sulla mappa', ...P.insideA } });

    const list = await api.listUnplaced({ project });
    expect(list.map((u) => `${u.kind}:${u.id}`)).toEqual([`member:${site.id}`, `member:${imported.id}`, `plant:${plant.id}`]);
    // GeoNames: Rho 45.53° N 9.04° E; San Donato Milanese 45.41° N 9.27° E (not Milano, also in the address); Bergamo 45.69° N 9.67° E.
    const [rho, sdm, bg] = list.map((u) => u.proposed);
    expect(rho).toMatchObject({ name: 'Rho', prov: 'MI' });
    expect(list[0]!.municipality).toBe('Rho');
    expect(sdm?.name).toBe('San Donato Milanese');
    expect(sdm!.lat).toBeCloseTo(45.41, 1);
    expect(sdm!.lon).toBeCloseTo(9.27, 1);
    expect(list[1]!.address).toContain('Via Roma 12');
    expect(bg).toMatchObject({ name: 'Bergamo', prov: 'BG' });
  });
});

describe('kinds of member offered on the map', () => {
  it('starts from the ARERA reference household and gives each kind a category and a load profile', async () => {
    const presets = await api.listMemberPresets({});
    expect(presets[0]).toMatchObject({ key: 'household', category: 'citizen', loadProfile: 'household', annualKWh: 2700 });
    expect(presets.find((p) => p.key === 'public-building')).toMatchObject({ category: 'local_authority', loadProfile: 'municipal_building' });
    expect(new Set(presets.map((p) => p.key)).size).toBe(presets.length);
  });
});
