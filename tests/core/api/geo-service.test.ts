import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import { GeoService } from '../../../core/api/node/geo-service';
import { writeGeoPackage } from '../../../core/io/geo';
import { testService, rejection } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';
import { AREA_A, AREA_B, P, areasGeoJson, square } from './geo-fixtures';

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

beforeEach(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  project = (await api.createProject({ path: 'mappa', name: 'CER Mappa', type: 'CER', region: 'Lombardia' })).path;
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});


function gpkg(name = 'aree.gpkg', areas = [AREA_A, AREA_B]): string {
  const file = path.join(tmp.dir, name);
  writeGeoPackage(file, areas);
  return file;
}

describe('map operations of CoreService', () => {
  it('imports a GeoPackage with GSE field names and locates members in one transaction', async () => {
    const m = await api.addMember({ project, member: { name: 'Anna', ...P.insideA } });
    expect(m.locatedAreaCode).toBeNull();
    const summary = await api.importAreas({ project, path: gpkg() });
    expect(summary).toMatchObject({ file: 'aree.gpkg', format: 'geopackage', count: 2, replaced: 0, repaired: 0, dropped: 0, relocated: { members: 1, plants: 0 } });
    const areas = await api.listAreas({ project });
    expect(areas).toEqual([
      { code: 'AC001E00001', name: 'AC001E00001', distributor: 'e-distribuzione SpA', unofficial: false, bbox: [9, 45.4, 9.1, 45.5], memberCount: 1, plantCount: 0 },
      { code: 'AC001E00002', name: 'AC001E00002', distributor: 'Unareti SpA', unofficial: false, bbox: [9.1, 45.4, 9.2, 45.5], memberCount: 0, plantCount: 0 },
    ]);
    expect((await api.listMembers({ project }))[0]!.locatedAreaCode).toBe('AC001E00001');
    expect(await api.listAreas({ project, query: 'ac001e00002' })).toHaveLength(1);
    expect(await api.listAreas({ project, query: 'AC9' })).toHaveLength(0);
  });

  it('imports GeoJSON, replacing areas with the same code', async () => {
    await api.importAreas({ project, path: gpkg() });
    const file = path.join(tmp.dir, 'nuove.geojson');
    const moved = { ...AREA_B, geometry: { type: 'Polygon' as const, coordinates: [square(9.3, 45.4, 9.4, 45.5)] } };
    fs.writeFileSync(file, areasGeoJson([moved]));
    const s = await api.importAreas({ project, path: file });
    expect(s).toMatchObject({ format: 'geojson', count: 1, replaced: 1 });
    expect((await api.locatePoint({ project, ...P.insideB })).code).toBeNull();
    expect((await api.locatePoint({ project, lat: 45.45, lon: 9.35 })).code).toBe('AC001E00002');
  });

  it('locates points inside, outside, in a hole and near a border', async () => {
    await api.importAreas({ project, path: gpkg() });
    expect(await api.locatePoint({ project, ...P.insideA })).toMatchObject({ code: 'AC001E00001', nearBorderMetres: null });
    expect(await api.locatePoint({ project, ...P.outside })).toEqual({ code: null, nearBorderMetres: null, borderDistanceMetres: null, codes: [] });
    expect((await api.locatePoint({ project, ...P.inHoleOfA })).code).toBeNull();
    const near = await api.locatePoint({ project, ...P.nearBorderA });
    expect(near.code).toBe('AC001E00001');
    expect(near.nearBorderMetres).toBeGreaterThan(30);
    expect(near.nearBorderMetres).toBeLessThan(50);
    expect((await rejection(api.locatePoint({ project, lat: 95, lon: 9 }))).field).toBe('lat');
  });

  it('re-locates a member or plant moved through updateMember / updatePlant', async () => {
    await api.importAreas({ project, path: gpkg() });
    const m = await api.addMember({ project, member: { name: 'Anna', ...P.insideA } });
    expect(m.locatedAreaCode).toBe('AC001E00001');
    const moved = await api.updateMember({ project, id: m.id, patch: P.insideB });
    expect(moved.locatedAreaCode).toBe('AC001E00002');
    expect((await api.updateMember({ project, id: m.id, patch: P.inHoleOfA })).locatedAreaCode).toBeNull();
    const p = await api.addPlant({ project, plant: { name: 'FV', ...P.insideB } });
    expect(p.locatedAreaCode).toBe('AC001E00002');
    expect((await api.updatePlant({ project, id: p.id, patch: { lat: null, lon: null } })).locatedAreaCode).toBeNull();
    // the located code is computed, never written by the caller
    expect((await rejection(api.updateMember({ project, id: m.id, patch: { locatedAreaCode: 'X' } as never }))).field).toBe('locatedAreaCode');
  });

  it('refuses a broken file, naming it, and leaves the project unchanged', async () => {
    await api.importAreas({ project, path: gpkg() });
    const m = await api.addMember({ project, member: { name: 'Anna', ...P.insideA } });
    const before = { areas: await api.listAreas({ project }), members: await api.listMembers({ project }) };
    const broken = path.join(tmp.dir, 'rotto.geojson');
    fs.writeFileSync(broken, '{ "type": "FeatureCollection", "features": [ { "type": "Feature", ');
    const e = await rejection(api.importAreas({ project, path: broken }));
    expect(e.code).toBe('bad-request');
    expect(e.message).toMatch(/rotto\.geojson/);
    expect(e.messageIt).toMatch(/rotto\.geojson/);
    const notGeo = path.join(tmp.dir, 'note.kml');
    fs.writeFileSync(notGeo, 'just some text');
    expect((await rejection(api.importAreas({ project, path: notGeo }))).message).toMatch(/note\.kml/);
    const missing = await rejection(api.importAreas({ project, path: 'nowhere.gpkg' }));
    expect(missing.message).toMatch(/nowhere\.gpkg/);
    // a filter that keeps nothing is refused too, rather than importing nothing
    const empty = await rejection(api.importAreas({ project, path: gpkg('b.gpkg', [AREA_B]), filter: { bbox: [12, 41, 13, 42] } }));
    expect(empty.message).toMatch(/b\.gpkg: none of its 1 areas passes the filter/);
    expect(await api.listAreas({ project })).toEqual(before.areas);
    expect(await api.listMembers({ project })).toEqual(before.members);
    expect((await api.getAreaSummary({ project, code: 'AC001E00001' })).members.map((x) => x.id)).toEqual([m.id]);
  });

  it('filters by region (basemap bbox) and by distance', async () => {
    const far = { ...AREA_B, code: 'AC001E09999', geometry: { type: 'Polygon' as const, coordinates: [square(12.4, 41.8, 12.5, 41.9)] }, bbox: [12.4, 41.8, 12.5, 41.9] as [number, number, number, number] };
    const file = gpkg('italia.gpkg', [AREA_A, far]);
    const lombardia = await api.importAreas({ project, path: file, filter: { region: 'lombardia' } });
    expect(lombardia).toMatchObject({ count: 1, featuresRead: 2, filteredOut: 1 });
    const near = await api.importAreas({ project, path: file, filter: { near: { lat: 41.85, lon: 12.45, metres: 1000 } } });
    expect(near.count).toBe(1);
    expect((await api.listAreas({ project })).map((a) => a.code)).toEqual(['AC001E00001', 'AC001E09999']);
    expect((await rejection(api.importAreas({ project, path: file, filter: { region: 'Atlantide' } }))).message).toMatch(/unknown region/);
  });

  it('imports uploaded content (drag and drop) and KML', async () => {
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>AC001E00001</name>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>9,45.4 9.1,45.4 9.1,45.5 9,45.5 9,45.4</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`;
    const s = await api.importAreasContent({ project, name: 'trascinato.kml', contentBase64: Buffer.from(kml).toString('base64') });
    expect(s).toMatchObject({ file: 'trascinato.kml', format: 'kml', count: 1 });
    const bad = await rejection(api.importAreasContent({ project, name: 'x.geojson', contentBase64: Buffer.from('{"type":"Point"').toString('base64') }));
    expect(bad.message).toMatch(/x\.geojson/);
  });

  it('draws a custom perimeter (unofficial), summarises an area and removes it', async () => {
    await api.importAreas({ project, path: gpkg() });
    const cfg = await api.addConfiguration({ project, configuration: { name: 'Cabina A', substationCode: 'AC001E00001' } });
    const anna = await api.addMember({ project, member: { name: 'Anna', annualKWh: 3000, configurationId: cfg.id, ...P.insideA } });
    await api.addPlant({ project, plant: { name: 'FV Anna', kWp: 6, ownerMemberId: anna.id, ...P.insideA } });
    await api.addPlant({ project, plant: { name: 'FV terzi', kWp: 100, thirdPartyProducer: 'Solar Srl', lat: 45.6, lon: 9.35 } });
    const drawn = await api.setCustomPerimeter({ project, code: 'custom-1', name: 'Zona nord', polygon: [[9.3, 45.55], [9.4, 45.55], [9.4, 45.65], [9.3, 45.65]] });
    expect(drawn).toMatchObject({ code: 'CUSTOM-1', name: 'Zona nord', unofficial: true, plantCount: 1 });
    const summary = await api.getAreaSummary({ project, code: 'AC001E00001' });
    expect(summary).toMatchObject({
      members: [{ id: anna.id, name: 'Anna', annualKWh: 3000 }],
      plants: [{ name: 'FV Anna', kWp: 6 }],
      configurations: [{ id: cfg.id, name: 'Cabina A' }],
      totalKWp: 6,
      annualConsumptionKWh: 3000,
      sharedEnergyKWh: null,
      incentivesEur: null,
      productionKWh: null,
      simulationStale: null,
    });
    expect((await rejection(api.setCustomPerimeter({ project, code: 'AC001E00001', polygon: [[9, 45], [9.1, 45], [9.1, 45.1]] }))).code).toBe('conflict');
    expect((await rejection(api.setCustomPerimeter({ project, code: 'X', polygon: [[9, 45], [9.1, 45]] }))).field).toBe('polygon');
    expect(await api.removeArea({ project, code: 'CUSTOM-1' })).toMatchObject({ code: 'CUSTOM-1', unofficial: true, sourceFile: 'disegnata a mano' });
    expect((await api.listPlants({ project })).find((p) => p.name === 'FV terzi')!.locatedAreaCode).toBeNull();
    expect((await rejection(api.removeArea({ project, code: 'CUSTOM-1' }))).code).toBe('not-found');
    expect((await rejection(api.getAreaSummary({ project, code: 'NOPE' }))).code).toBe('not-found');
  });

  it('lists map points with roles and warnings (other area, near border, no area)', async () => {
    await api.importAreas({ project, path: gpkg() });
    const cfg = await api.addConfiguration({ project, configuration: { name: 'Cabina A', substationCode: 'AC001E00001' } });
    const a = await api.addMember({ project, member: { name: 'In A', configurationId: cfg.id, ...P.insideA } });
    const b = await api.addMember({ project, member: { name: 'In B', configurationId: cfg.id, ...P.insideB } });
    const n = await api.addMember({ project, member: { name: 'Bordo', annualKWh: 0, ...P.nearBorderA } });
    const h = await api.addMember({ project, member: { name: 'Buco', ...P.inHoleOfA } });
    await api.addMember({ project, member: { name: 'Senza coordinate' } });
    await api.addPlant({ project, plant: { name: 'FV bordo', ownerMemberId: n.id, ...P.insideA } });
    await api.addPlant({ project, plant: { name: 'FV A', ownerMemberId: a.id, ...P.insideA } });
    await api.addPlant({ project, plant: { name: 'FV terzi', thirdPartyProducer: 'Solar Srl', ...P.insideA } });
    const points = await api.listMapPoints({ project });
    const byName = Object.fromEntries(points.map((p) => [p.name, p]));
    expect(points).toHaveLength(7);
    expect(byName['In A']).toMatchObject({ kind: 'member', id: a.id, role: 'prosumer', category: 'citizen', locatedAreaCode: 'AC001E00001', configurationAreaCode: 'AC001E00001', warnings: [] });
    expect(byName['In B']).toMatchObject({ id: b.id, role: 'consumer', locatedAreaCode: 'AC001E00002', warnings: ['outside-configuration-area'] });
    expect(byName['Bordo']).toMatchObject({ role: 'producer', warnings: ['near-border'] });
    expect(byName['Buco']).toMatchObject({ id: h.id, locatedAreaCode: null, warnings: ['no-area'] });
    expect(byName['FV terzi']).toMatchObject({ kind: 'plant', role: 'third-party-producer', category: null, source: 'pv', kWp: 20 });
    expect(byName['FV A']).toMatchObject({ role: 'prosumer' });
  });

  it('serves areas as simplified GeoJSON, and the basemap with its attribution', async () => {
    expect(await api.getAreasGeoJson({ project })).toEqual({ type: 'FeatureCollection', bbox: null, features: [] });
    await api.importAreas({ project, path: gpkg() });
    const fc = await api.getAreasGeoJson({ project, simplifyMetres: 50 });
    expect(fc.bbox).toEqual([9, 45.4, 9.2, 45.5]);
    expect(fc.features.map((f) => f.properties.code)).toEqual(['AC001E00001', 'AC001E00002']);
    expect(fc.features[0]!.geometry.type).toBe('Polygon');
    expect(fc.features[0]!.geometry.coordinates).toHaveLength(2);
    const basemap = await api.getBasemap({});
    expect(basemap.regions.features).toHaveLength(20);
    expect(basemap.places.features.length).toBeGreaterThan(1000);
    expect(basemap.attribution).toMatch(/Natural Earth.*GeoNames.*ISTAT/);
  });
});

describe('GeoService tiles', () => {
  it('fetches a tile once, then serves it from the cache (offline)', async () => {
    const cacheDir = path.join(tmp.dir, 'cache');
    const fetched: string[] = [];
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const online = new GeoService({ resourcesDir: '', workspaceDir: tmp.dir, cacheDir, fetchTile: async (url) => (fetched.push(url), png) });
    expect(await online.getMapTile({ z: 12, x: 2170, y: 1460 })).toEqual({ dataUrl: 'data:image/png;base64,iVBORw==', source: 'network' });
    expect(fetched).toEqual(['https://tile.openstreetmap.org/12/2170/1460.png']);
    const offline = new GeoService({ resourcesDir: '', workspaceDir: tmp.dir, cacheDir, fetchTile: async () => { throw new Error('no network'); } });
    expect((await offline.getMapTile({ z: 12, x: 2170, y: 1460 })).source).toBe('cache');
    expect(await offline.getMapTile({ z: 12, x: 2171, y: 1460 })).toEqual({ dataUrl: null, source: 'unavailable' });
    expect(fs.existsSync(path.join(cacheDir, 'tiles', 'osm', '12', '2170', '1460.png'))).toBe(true);
  });
});
