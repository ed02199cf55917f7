/**
 * The map operations of CoreApi: substation areas (import, list, GeoJSON for the
 * map, custom perimeters, removal), point location, per-area summaries, map points with
 * their warnings, the offline basemap and the optional OpenStreetMap tile proxy.
 * CoreService delegates to this class; arguments arrive untrusted and are checked here.
 *
 * Every edit is one transaction: an import writes its areas and re-locates every member and
 * plant together, so a failure leaves the project as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {
  AreaImportSummary,
  AreaListItem,
  AreaSummary,
  AreasFeatureCollection,
  BasemapData,
  LocateResult,
  MapGeometry,
  MapPoint,
  MapRole,
  MapTile,
  MapWarning,
  RemovedArea,
  PlaceHit,
  UnplacedPoint,
} from '../common';
import { badRequest, conflict, notFound } from '../common/errors';
import type { OperationArgs } from '../common';
import type { ProjectStore } from '../../store/project-store';
import type { Member, Plant } from '../../model/entities';
import { areasOf, type AreasRepository } from '../../store/areas-repository';
import type { Area, AreaGeometry, BBox, Position, Ring } from '../../geo/types';
import { bboxOfGeometry, bboxExpand, bboxUnion } from '../../geo/bbox';
import { normaliseAreaCode, type AreaFilter } from '../../geo/filter';
import { repairGeometry } from '../../geo/repair';
import { simplifyGeometry } from '../../geo/simplify';
import { distanceToBorderMetres, NEAR_BORDER_METRES } from '../../geo/distance';
import { loadBasemap, type ImportResult } from '../../io/geo';
import { importAreasOffThread } from './workers/io-off-thread';
import { areaResults } from './area-results';
import { searchPlaces, type GazetteerPlace } from '../../geo/place-search';
import { proposedPlace } from '../../geo/unplaced';
import { memberRegistry } from '../../store/import-repository';
import { readAllRuleFields } from '../../store/rules-fields-repository';

/** Shown in the map's attribution control (resources/basemap/SOURCES.md). */
export const BASEMAP_ATTRIBUTION =
  'Confini: Natural Earth (pubblico dominio) · Località: GeoNames, CC BY 4.0 · Denominazioni: ISTAT, CC BY 3.0 IT';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org';

export interface GeoServiceOptions {
  resourcesDir: string;
  workspaceDir: string;
  /** Folder for the tile cache (tiles already seen stay available offline). */
  cacheDir: string;
  /** Injected in tests; the global fetch otherwise. */
  fetchTile?: (url: string) => Promise<Uint8Array | null>;
}

type AreaFilterArg = NonNullable<OperationArgs<'importAreas'>['filter']>;
type ImportOptions = { filter?: AreaFilterArg | null; unofficial?: boolean };

function areaCode(raw: string): string {
  const code = normaliseAreaCode(raw);
  if (code === '') throw badRequest({ code: 'api.arg.named-empty', params: { field: 'code' } }, 'code');
  return code;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

const foldName = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/gi, '').toLowerCase();

/** Rounds coordinates to 1e-5° (≈ 1 m): plenty for display, a third of the JSON. */
function roundGeometry(g: AreaGeometry): MapGeometry {
  const r = (ring: Ring) => ring.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5] as [number, number]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(r) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(r)) };
}

// --- the service ------------------------------------------------------------------------------

export class GeoService {
  private basemapCache: BasemapData | null = null;
  private readonly geoJsonCache = new WeakMap<ProjectStore, { key: string; value: AreasFeatureCollection }>();

  constructor(private readonly options: GeoServiceOptions) {}

  basemap(): BasemapData {
    if (!this.basemapCache) {
      const b = loadBasemap(path.join(this.options.resourcesDir, 'basemap'));
      this.basemapCache = { ...(b as unknown as Omit<BasemapData, 'attribution'>), attribution: BASEMAP_ATTRIBUTION };
    }
    return this.basemapCache;
  }

  private gazetteer: GazetteerPlace[] | null = null;

  /** The shipped gazetteer (GeoNames places of the basemap), read once. */
  private places(): GazetteerPlace[] {
    this.gazetteer ??= this.basemap().places.features.map((f) => ({
      name: f.properties.name,
      prov: f.properties.prov,
      rank: f.properties.rank,
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
    }));
    return this.gazetteer;
  }

  /** Towns and localities by name in the shipped gazetteer (see core/geo/place-search). */
  searchPlaces(query: string, limit: number): PlaceHit[] {
    return searchPlaces(this.places(), query, limit);
  }

  /** Members and plants without coordinates, each with the centre proposed for it (core/geo/unplaced). */
  listUnplaced(store: ProjectStore): UnplacedPoint[] {
    const places = this.places();
    const communityMunicipality = store.getCommunity().municipality;
    const registry = memberRegistry(store);
    const fields = { member: readAllRuleFields(store, 'member'), plant: readAllRuleFields(store, 'plant') };
    const out: UnplacedPoint[] = [];
    const add = (kind: 'member' | 'plant', e: { id: number; name: string; lat: number | null; lon: number | null }, address: string) => {
      if (e.lat !== null && e.lon !== null) return;
      const m = fields[kind].get(e.id)?.['municipality'];
      const municipality = typeof m === 'string' ? m.trim() : '';
      const p = proposedPlace(places, { municipality, address, communityMunicipality });
      out.push({ kind, id: e.id, name: e.name, municipality, address, proposed: p ? { name: p.name, prov: p.prov, rank: p.rank, lat: p.lat, lon: p.lon } : null });
    };
    for (const m of store.listMembers()) add('member', m, registry.get(m.id)?.address ?? '');
    for (const p of store.listPlants()) add('plant', p, '');
    return out;
  }

  private filterOf(f: AreaFilterArg | null | undefined): AreaFilter | undefined {
    if (!f) return undefined;
    if ('bbox' in f) return { bbox: [...f.bbox] as BBox };
    if ('near' in f) return { near: { ...f.near } };
    {
      const name = f.region;
      const region = this.basemap().regions.features.find((r) => foldName(r.properties.name) === foldName(name));
      if (!region) {
        const names = this.basemap().regions.features.map((r) => r.properties.name).join(', ');
        throw badRequest({ code: 'api.geo.unknown-region', params: { name, names } }, 'filter');
      }
      // A margin of 2 km keeps the areas straddling the regional border.
      return { bbox: bboxExpand(bboxOfGeometry(region.geometry as AreaGeometry), 2000) };
    }
  }

  private resolveFile(raw: string): string {
    return path.resolve(this.options.workspaceDir, raw);
  }

  /** Reads the file (no project change yet); an importer's IoError names the file (reported as a bad request). */
  private async read(file: string, args: ImportOptions, displayName?: string): Promise<ImportResult> {
    const filter = this.filterOf(args.filter);
    // Parsed in a worker thread where it is built: a big file does not stall the host.
    const result = await importAreasOffThread(file, { ...(filter ? { filter } : {}), unofficial: args.unofficial ?? false, ...(displayName ? { displayName } : {}) });
    const name = result.report.file;
    if (result.areas.length === 0) {
      const why = result.report.featuresRead > 0 && result.report.filteredOut > 0
        ? { code: 'api.geo.none-passes-filter', params: { count: result.report.featuresRead } } as const
        : { code: 'api.geo.no-usable-area' } as const;
      throw badRequest({ code: 'api.geo.import-refused', params: { name, why } }, 'path');
    }
    return result;
  }

  private write(store: ProjectStore, result: ImportResult): AreaImportSummary {
    const repo = areasOf(store);
    const existing = new Set(repo.listRecords().map((r) => r.code));
    const replaced = result.areas.filter((a) => existing.has(a.code)).length;
    const relocated = this.tx(store, repo, () => {
      repo.upsertMany(result.areas, result.report.file);
      return repo.relocateAll();
    });
    const r = result.report;
    return {
      file: r.file,
      format: r.format,
      crs: r.crs,
      count: result.areas.length,
      replaced,
      featuresRead: r.featuresRead,
      filteredOut: r.filteredOut,
      repaired: r.repaired.length,
      dropped: r.dropped.length,
      repairs: r.repaired.map((x) => ({ code: x.code, feature: x.feature, fixes: x.fixes })),
      drops: r.dropped.map((x) => ({ feature: x.feature, ...(x.code ? { code: x.code } : {}), reason: x.reason })),
      relocated,
    };
  }

  /** One transaction that writes areas; the area cache is dropped if it rolls back. */
  private tx<T>(store: ProjectStore, repo: AreasRepository, fn: () => T): T {
    try {
      return store.tx(fn);
    } catch (e) {
      repo.invalidate();
      throw e;
    }
  }

  async importAreas(store: ProjectStore, args: OperationArgs<'importAreas'>): Promise<AreaImportSummary> {
    const file = this.resolveFile(args.path);
    return this.write(store, await this.read(file, args));
  }

  async importAreasContent(store: ProjectStore, args: OperationArgs<'importAreasContent'>): Promise<AreaImportSummary> {
    const name = path.basename(args.name) || 'upload';
    const bytes = Buffer.from(args.contentBase64, 'base64');
    if (bytes.length === 0) throw badRequest({ code: 'api.geo.file-empty', params: { name } }, 'contentBase64');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-upload-'));
    try {
      const file = path.join(dir, name.replace(/[^\w.-]+/g, '_'));
      fs.writeFileSync(file, bytes);
      return this.write(store, await this.read(file, args, name));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  listAreas(store: ProjectStore, args: { query?: string }): AreaListItem[] {
    const query = (args.query ?? '').trim();
    const counts = areasOf(store).countsByArea();
    const q = normaliseAreaCode(query);
    const qName = query.toLowerCase();
    return areasOf(store)
      .listRecords()
      .filter((a) => q === '' || normaliseAreaCode(a.code).startsWith(q) || (qName.length >= 3 && a.name.toLowerCase().includes(qName)))
      .map((a) => ({
        code: a.code,
        name: a.name,
        distributor: a.distributor,
        unofficial: a.unofficial,
        bbox: a.bbox,
        memberCount: counts.get(a.code)?.members ?? 0,
        plantCount: counts.get(a.code)?.plants ?? 0,
      }));
  }

  getAreasGeoJson(store: ProjectStore, args: { simplifyMetres?: number }): AreasFeatureCollection {
    const tolerance = args.simplifyMetres ?? 10;
    const repo = areasOf(store);
    const counts = repo.countsByArea();
    const countsKey = [...counts].map(([k, v]) => `${k}:${v.members}:${v.plants}`).join(',');
    const key = `${repo.version()}|${tolerance}|${countsKey}`;
    const cached = this.geoJsonCache.get(store);
    if (cached?.key === key) return cached.value;
    const areas = repo.list();
    let bbox: BBox | null = null;
    for (const a of areas) bbox = bbox ? bboxUnion(bbox, a.bbox) : [...a.bbox];
    const value: AreasFeatureCollection = {
      type: 'FeatureCollection',
      bbox,
      features: areas.map((a) => ({
        type: 'Feature',
        properties: {
          code: a.code,
          name: a.name,
          distributor: a.distributor,
          unofficial: a.unofficial,
          memberCount: counts.get(a.code)?.members ?? 0,
          plantCount: counts.get(a.code)?.plants ?? 0,
        },
        geometry: roundGeometry(tolerance > 0 ? simplifyGeometry(a.geometry, tolerance) : a.geometry),
      })),
    };
    this.geoJsonCache.set(store, { key, value });
    return value;
  }

  locatePoint(store: ProjectStore, { lat, lon }: { lat: number; lon: number }): LocateResult {
    const hit = areasOf(store).locate(lat, lon);
    const d = hit.borderDistanceMetres;
    return { code: hit.code, nearBorderMetres: d !== null && d < NEAR_BORDER_METRES ? d : null, borderDistanceMetres: d, codes: hit.codes };
  }

  setCustomPerimeter(store: ProjectStore, args: Omit<OperationArgs<'setCustomPerimeter'>, 'project'>): AreaListItem {
    const code = areaCode(args.code);
    const name = (args.name ?? '').trim() || code;
    const raw = args.polygon;
    let geometry: AreaGeometry;
    if (Array.isArray(raw)) {
      const ring = raw.map((p) => [p[0], p[1]] as Position);
      const first = ring[0], last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
      geometry = { type: 'Polygon', coordinates: [ring] };
    } else {
      geometry = raw as AreaGeometry;
    }
    for (const poly of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
      for (const ring of poly) {
        if (!Array.isArray(ring) || !ring.every((p) => isPosition(p) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) {
          throw badRequest({ code: 'api.geo.polygon-out-of-range' }, 'polygon');
        }
      }
    }
    const repaired = repairGeometry(geometry);
    if (!repaired.geometry) {
      throw badRequest({ code: 'api.geo.perimeter-too-few-points' }, 'polygon');
    }
    const repo = areasOf(store);
    const existing = repo.get(code);
    if (existing && !existing.unofficial) {
      throw conflict({ code: 'api.geo.area-official', params: { code } }, 'code');
    }
    const area: Area = { code, name, distributor: '', geometry: repaired.geometry, bbox: bboxOfGeometry(repaired.geometry), unofficial: true, attributes: { drawn: true } };
    this.tx(store, repo, () => {
      repo.upsertMany([area], 'disegnata a mano');
      repo.relocateAll();
    });
    return this.listAreas(store, {}).find((a) => a.code === code)!;
  }

  /** Removes an area and returns it as it was (full geometry, attributes, source), so `restoreArea` can put it back. */
  removeArea(store: ProjectStore, args: { code: string }): RemovedArea {
    const code = areaCode(args.code);
    const repo = areasOf(store);
    const area = repo.get(code);
    if (!area) throw notFound({ code: 'api.geo.area-not-found', params: { code } }, 'code');
    this.tx(store, repo, () => {
      repo.remove(code);
      repo.relocateAll();
    });
    return {
      code: area.code,
      name: area.name,
      distributor: area.distributor,
      unofficial: area.unofficial,
      sourceFile: area.sourceFile,
      importedAt: area.importedAt,
      geometry: area.geometry as MapGeometry,
      attributes: { ...(area.attributes ?? {}) },
    };
  }

  /**
   * Undo of `removeArea`: the area comes back as it was (geometry repaired and checked as any
   * input, since it comes through the API) and every member and plant is located again, in one
   * transaction. Refused when an area with the same code exists (imported or drawn since).
   */
  restoreArea(store: ProjectStore, args: { area: OperationArgs<'restoreArea'>['area'] }): AreaListItem {
    const a = args.area as RemovedArea; // positions checked below (valibot allows 2 or 3 numbers)
    const code = areaCode(a.code);
    const repo = areasOf(store);
    if (repo.get(code)) throw conflict({ code: 'api.geo.area-exists', params: { code } }, 'area');
    for (const poly of a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates) {
      for (const ring of poly) {
        if (!ring.every((p) => isPosition(p) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) {
          throw badRequest({ code: 'api.geo.geometry-out-of-range' }, 'area');
        }
      }
    }
    const repaired = repairGeometry(a.geometry as AreaGeometry);
    if (!repaired.geometry) throw badRequest({ code: 'api.geo.geometry-no-polygon' }, 'area');
    const area: Area = {
      code,
      name: a.name || code,
      distributor: a.distributor,
      geometry: repaired.geometry,
      bbox: bboxOfGeometry(repaired.geometry),
      unofficial: a.unofficial,
      attributes: a.attributes,
    };
    this.tx(store, repo, () => {
      repo.upsertMany([area], a.sourceFile, a.importedAt || new Date().toISOString());
      repo.relocateAll();
    });
    return this.listAreas(store, {}).find((x) => x.code === code)!;
  }

  getAreaSummary(store: ProjectStore, args: { code: string }): AreaSummary {
    const code = areaCode(args.code);
    const area = areasOf(store).listRecords().find((a) => a.code === code);
    if (!area) throw notFound({ code: 'api.geo.area-not-found', params: { code } }, 'code');
    const members = store.listMembers().filter((m) => m.locatedAreaCode === code);
    const plants = store.listPlants().filter((p) => p.locatedAreaCode === code);
    return {
      code,
      name: area.name,
      distributor: area.distributor,
      unofficial: area.unofficial,
      sourceFile: area.sourceFile,
      members: members.map((m) => ({ id: m.id, name: m.name, category: m.category, annualKWh: m.annualKWh, configurationId: m.configurationId })),
      plants: plants.map((p) => ({ id: p.id, name: p.name, kWp: p.kWp, source: p.source, ownerMemberId: p.ownerMemberId, configurationId: p.configurationId })),
      configurations: store
        .listConfigurations()
        .filter((c) => normaliseAreaCode(c.substationCode) === code)
        .map((c) => ({ id: c.id, name: c.name })),
      totalKWp: plants.reduce((s, p) => s + p.kWp, 0),
      annualConsumptionKWh: members.reduce((s, m) => s + m.annualKWh, 0),
      ...areaResults(store, this.options.resourcesDir, members.map((m) => m.id), plants.map((p) => p.id)),
    };
  }

  listMapPoints(store: ProjectStore): MapPoint[] {
    const repo = areasOf(store);
    const areas = new Map(repo.list().map((a) => [a.code, a]));
    const configCode = new Map(store.listConfigurations().map((c) => [c.id, normaliseAreaCode(c.substationCode)]));
    const members = store.listMembers();
    const plants = store.listPlants();
    const owned = new Map<number, number>();
    for (const p of plants) if (p.ownerMemberId !== null) owned.set(p.ownerMemberId, (owned.get(p.ownerMemberId) ?? 0) + 1);
    const memberById = new Map(members.map((m) => [m.id, m]));
    const roleOfMember = (id: number): MapRole => {
      const m = memberById.get(id);
      if (!owned.get(id)) return 'consumer';
      return m && m.annualKWh > 0 ? 'prosumer' : 'producer';
    };
    const point = (
      kind: MapPoint['kind'],
      e: { id: number; name: string; lat: number | null; lon: number | null; locatedAreaCode?: string | null; configurationId: number | null },
      extra: Pick<MapPoint, 'role' | 'category' | 'source' | 'kWp'>,
    ): MapPoint | null => {
      if (e.lat === null || e.lon === null) return null;
      const located = e.locatedAreaCode ?? null;
      const area = located ? areas.get(located) : undefined;
      const borderDistanceMetres = area ? distanceToBorderMetres(area.geometry, e.lon, e.lat) : null;
      const cfgCode = e.configurationId !== null ? (configCode.get(e.configurationId) ?? '') : null;
      const warnings: MapWarning[] = [];
      if (areas.size > 0 && !located) warnings.push('no-area');
      if (areas.size > 0 && cfgCode && cfgCode !== located) warnings.push('outside-configuration-area');
      if (borderDistanceMetres !== null && borderDistanceMetres < NEAR_BORDER_METRES) warnings.push('near-border');
      return {
        kind,
        id: e.id,
        name: e.name,
        lat: e.lat,
        lon: e.lon,
        ...extra,
        locatedAreaCode: located,
        configurationId: e.configurationId,
        configurationAreaCode: cfgCode,
        borderDistanceMetres,
        warnings,
      };
    };
    const out: MapPoint[] = [];
    for (const m of members) {
      const p = point('member', m, { role: roleOfMember(m.id), category: m.category, source: null, kWp: null });
      if (p) out.push(p);
    }
    for (const pl of plants) {
      const owner = pl.ownerMemberId !== null ? memberById.get(pl.ownerMemberId) : undefined;
      const role: MapRole = owner ? (owner.annualKWh > 0 ? 'prosumer' : 'producer') : 'third-party-producer';
      const p = point('plant', pl, { role, category: owner?.category ?? null, source: pl.source, kWp: pl.kWp });
      if (p) out.push(p);
    }
    return out;
  }

  // --- hooks for member/plant edits (called inside the edit's transaction) ------------------

  /** Sets the located area of a member from its coordinates and returns it; call inside `store.tx`. */
  locatedMember(store: ProjectStore, id: number): Member {
    areasOf(store).relocateMember(id);
    return store.getMember(id);
  }

  /** Sets the located area of a plant from its coordinates and returns it; call inside `store.tx`. */
  locatedPlant(store: ProjectStore, id: number): Plant {
    areasOf(store).relocatePlant(id);
    return store.getPlant(id);
  }

  // --- optional online tiles ----------------------------------------------------------------

  /**
   * An OpenStreetMap tile, fetched by the core only when the user has turned the online
   * layer on (the renderer keeps its strict CSP: it receives a data: URL). Tiles are kept
   * in the cache folder, so those already seen are shown offline.
   */
  async getMapTile({ z, x, y }: { z: number; x: number; y: number }): Promise<MapTile> {
    const file = path.join(this.options.cacheDir, 'tiles', 'osm', String(z), String(x), `${y}.png`);
    const toUrl = (b: Uint8Array) => `data:image/png;base64,${Buffer.from(b).toString('base64')}`;
    try {
      return { dataUrl: toUrl(fs.readFileSync(file)), source: 'cache' };
    } catch {
      // not cached yet
    }
    const fetchTile = this.options.fetchTile ?? defaultFetchTile;
    let bytes: Uint8Array | null = null;
    try {
      bytes = await fetchTile(`${OSM_TILE_URL}/${z}/${x}/${y}.png`);
    } catch {
      bytes = null;
    }
    if (!bytes || bytes.length === 0) return { dataUrl: null, source: 'unavailable' };
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    } catch {
      // a cache that cannot be written only costs a re-download
    }
    return { dataUrl: toUrl(bytes), source: 'network' };
  }
}

async function defaultFetchTile(url: string): Promise<Uint8Array | null> {
  const response = await fetch(url, {
    headers: { 'user-agent': 'Condivisa/0.1 (offline planner for energy communities; tile layer enabled by the user)' },
    signal: AbortSignal.timeout(8000),
  });
  if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('image/')) return null;
  return new Uint8Array(await response.arrayBuffer());
}
