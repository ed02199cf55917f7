/**
 * Substation areas ("aree convenzionali") of a project and the located area of its members
 * and plants (table `substation_areas`, columns `members.located_area_code` and
 * `plants.located_area_code`, created by migration 3).
 *
 * Writes never open a transaction of their own: the caller (core/api/geo-service) wraps a
 * whole user edit in `store.tx`, so an import plus the re-location of every point is one
 * transaction. The point-location index is cached per connection and rebuilt when this
 * connection writes areas or another connection commits (PRAGMA data_version).
 */
import type { Area, AreaGeometry, AttributeValue, BBox } from '../geo/types';
import { buildAreaIndex, locatePoint, type AreaIndex } from '../geo/area-index';
import { distanceToBorderMetres } from '../geo/distance';
import type { ProjectStore } from './project-store';

/** An area as stored, with where it came from. */
export interface StoredArea extends Area {
  unofficial: boolean;
  sourceFile: string;
  importedAt: string;
}

/** The light part of an area (no geometry parsing). */
export interface AreaRecord {
  code: string;
  name: string;
  distributor: string;
  unofficial: boolean;
  bbox: BBox;
  sourceFile: string;
  importedAt: string;
}

interface AreaRow {
  code: string;
  name: string;
  distributor: string;
  unofficial: number;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  geometry_json: string;
  attributes_json: string;
  source_file: string;
  imported_at: string;
}

/** Where a point falls: the area (interior preferred over border) and the distance to its border. */
export interface PointLocation {
  code: string | null;
  /** Distance in metres to the nearest border of the located area; null when outside every area. */
  borderDistanceMetres: number | null;
  /** Every area containing the point (more than one on shared borders or overlaps). */
  codes: string[];
}

const recordFromRow = (r: Omit<AreaRow, 'geometry_json' | 'attributes_json'>): AreaRecord => ({
  code: r.code,
  name: r.name,
  distributor: r.distributor,
  unofficial: r.unofficial === 1,
  bbox: [r.min_lon, r.min_lat, r.max_lon, r.max_lat],
  sourceFile: r.source_file,
  importedAt: r.imported_at,
});

const areaFromRow = (r: AreaRow): StoredArea => ({
  ...recordFromRow(r),
  geometry: JSON.parse(r.geometry_json) as AreaGeometry,
  attributes: JSON.parse(r.attributes_json) as Record<string, AttributeValue>,
});

interface Cache {
  key: string;
  areas: StoredArea[];
  index: AreaIndex;
}

/** One repository per open ProjectStore (see `areasOf`). */
export class AreasRepository {
  private cache: Cache | null = null;
  /** Bumped on every write through this repository (data_version ignores our own commits). */
  private generation = 0;

  constructor(private readonly store: ProjectStore) {}

  private get db() {
    return this.store.db;
  }

  /** Changes whenever the areas may have changed (our writes or another connection's commits). */
  version(): string {
    return `${this.generation}:${this.db.pragma('data_version', { simple: true }) as number}`;
  }

  /** Drops the cached areas and index (e.g. after a rolled-back transaction that wrote areas). */
  invalidate(): void {
    this.generation++;
    this.cache = null;
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM substation_areas').get() as { n: number }).n;
  }

  listRecords(): AreaRecord[] {
    const rows = this.db
      .prepare(
        'SELECT code, name, distributor, unofficial, min_lon, min_lat, max_lon, max_lat, source_file, imported_at FROM substation_areas ORDER BY code',
      )
      .all() as AreaRow[];
    return rows.map(recordFromRow);
  }

  /** Every area with its geometry (parsed once per version, shared with the index). */
  list(): StoredArea[] {
    return this.loaded().areas;
  }

  get(code: string): StoredArea | null {
    const row = this.db.prepare('SELECT * FROM substation_areas WHERE code = ?').get(code) as AreaRow | undefined;
    return row ? areaFromRow(row) : null;
  }

  private loaded(): Cache {
    const key = this.version();
    if (this.cache?.key === key) return this.cache;
    const areas = (this.db.prepare('SELECT * FROM substation_areas ORDER BY code').all() as AreaRow[]).map(areaFromRow);
    this.cache = { key, areas, index: buildAreaIndex(areas) };
    return this.cache;
  }

  /** Inserts the areas, replacing those with the same code. Call inside `store.tx`. */
  upsertMany(areas: readonly Area[], sourceFile: string, importedAt = new Date().toISOString()): void {
    const insert = this.db.prepare(
      `INSERT INTO substation_areas (code, name, distributor, unofficial, min_lon, min_lat, max_lon, max_lat, geometry_json, attributes_json, source_file, imported_at)
       VALUES (@code, @name, @distributor, @unofficial, @minLon, @minLat, @maxLon, @maxLat, @geometry, @attributes, @sourceFile, @importedAt)
       ON CONFLICT(code) DO UPDATE SET name = excluded.name, distributor = excluded.distributor, unofficial = excluded.unofficial,
         min_lon = excluded.min_lon, min_lat = excluded.min_lat, max_lon = excluded.max_lon, max_lat = excluded.max_lat,
         geometry_json = excluded.geometry_json, attributes_json = excluded.attributes_json,
         source_file = excluded.source_file, imported_at = excluded.imported_at`,
    );
    this.generation++;
    for (const a of areas) {
      insert.run({
        code: a.code,
        name: a.name,
        distributor: a.distributor,
        unofficial: a.unofficial ? 1 : 0,
        minLon: a.bbox[0],
        minLat: a.bbox[1],
        maxLon: a.bbox[2],
        maxLat: a.bbox[3],
        geometry: JSON.stringify(a.geometry),
        attributes: JSON.stringify(a.attributes ?? {}),
        sourceFile,
        importedAt,
      });
    }
  }

  /** Removes one area; false when there was none. Call inside `store.tx`. */
  remove(code: string): boolean {
    this.generation++;
    return this.db.prepare('DELETE FROM substation_areas WHERE code = ?').run(code).changes > 0;
  }

  /** Locates a point (degrees) among the stored areas. */
  locate(lat: number, lon: number): PointLocation {
    const hits = locatePoint(this.loaded().index, lon, lat);
    if (hits.length === 0) return { code: null, borderDistanceMetres: null, codes: [] };
    const best = hits.find((h) => h.relation === 'inside') ?? hits[0]!;
    return {
      code: best.area.code,
      borderDistanceMetres: best.relation === 'boundary' ? 0 : distanceToBorderMetres(best.area.geometry, lon, lat),
      codes: hits.map((h) => h.area.code),
    };
  }

  private locatedCode(lat: number | null, lon: number | null): string | null {
    if (lat === null || lon === null) return null;
    return this.locate(lat, lon).code;
  }

  /** Sets located_area_code of one member from its coordinates. Call inside `store.tx`. */
  relocateMember(id: number): string | null {
    const row = this.db.prepare('SELECT lat, lon FROM members WHERE id = ?').get(id) as { lat: number | null; lon: number | null } | undefined;
    if (!row) return null;
    const code = this.locatedCode(row.lat, row.lon);
    this.db.prepare('UPDATE members SET located_area_code = ? WHERE id = ?').run(code, id);
    return code;
  }

  /** Sets located_area_code of one plant from its coordinates. Call inside `store.tx`. */
  relocatePlant(id: number): string | null {
    const row = this.db.prepare('SELECT lat, lon FROM plants WHERE id = ?').get(id) as { lat: number | null; lon: number | null } | undefined;
    if (!row) return null;
    const code = this.locatedCode(row.lat, row.lon);
    this.db.prepare('UPDATE plants SET located_area_code = ? WHERE id = ?').run(code, id);
    return code;
  }

  /** Re-locates every member and plant; returns how many changed area. Call inside `store.tx`. */
  relocateAll(): { members: number; plants: number } {
    const run = (table: 'members' | 'plants'): number => {
      const rows = this.db.prepare(`SELECT id, lat, lon, located_area_code AS code FROM ${table}`).all() as {
        id: number;
        lat: number | null;
        lon: number | null;
        code: string | null;
      }[];
      const update = this.db.prepare(`UPDATE ${table} SET located_area_code = ? WHERE id = ?`);
      let changed = 0;
      for (const r of rows) {
        const code = this.locatedCode(r.lat, r.lon);
        if (code !== r.code) {
          update.run(code, r.id);
          changed++;
        }
      }
      return changed;
    };
    return { members: run('members'), plants: run('plants') };
  }

  /** Members and plants per located area code. */
  countsByArea(): Map<string, { members: number; plants: number }> {
    const out = new Map<string, { members: number; plants: number }>();
    const add = (table: 'members' | 'plants', key: 'members' | 'plants') => {
      const rows = this.db
        .prepare(`SELECT located_area_code AS code, COUNT(*) AS n FROM ${table} WHERE located_area_code IS NOT NULL GROUP BY located_area_code`)
        .all() as { code: string; n: number }[];
      for (const r of rows) {
        const c = out.get(r.code) ?? { members: 0, plants: 0 };
        c[key] = r.n;
        out.set(r.code, c);
      }
    };
    add('members', 'members');
    add('plants', 'plants');
    return out;
  }
}

const repositories = new WeakMap<ProjectStore, AreasRepository>();

/** The areas repository of an open store (one per connection, so its cache is shared). */
export function areasOf(store: ProjectStore): AreasRepository {
  let repo = repositories.get(store);
  if (!repo) {
    repo = new AreasRepository(store);
    repositories.set(store, repo);
  }
  return repo;
}
