/**
 * Loader for the offline basemap shipped in resources/basemap/ (built by
 * scripts/build-basemap.mjs; sources and licences in resources/basemap/SOURCES.md).
 * All layers are GeoJSON FeatureCollections in WGS 84 lon/lat degrees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AreaGeometry } from '../../geo/types';

/** File names of the basemap layers inside the basemap folder. */
export const BASEMAP_FILES = {
  outline: 'italy-outline.geojson',
  regions: 'italy-regions.geojson',
  provinces: 'italy-provinces.geojson',
  places: 'italy-places.geojson',
} as const;

export interface BasemapFeature<G, P> { type: 'Feature'; properties: P; geometry: G }
export interface BasemapCollection<G, P> { type: 'FeatureCollection'; features: BasemapFeature<G, P>[] }

export interface Basemap {
  /** Italy (italy: true) and neighbouring countries (italy: false). */
  outline: BasemapCollection<AreaGeometry, { name: string; italy: boolean }>;
  /** 20 regions; `code` is the ISTAT region code ("01" … "20"). */
  regions: BasemapCollection<AreaGeometry, { name: string; code: string }>;
  /** Provinces with ISTAT name, two-letter `sigla` and region name. */
  provinces: BasemapCollection<AreaGeometry, { name: string; sigla: string; region: string }>;
  /** Places: rank 2 = regional capital, 1 = provincial capital, 0 = other town (sorted by rank). */
  places: BasemapCollection<{ type: 'Point'; coordinates: [number, number] }, { name: string; prov: string; rank: 0 | 1 | 2 }>;
}

/** Reads every basemap layer from `dir` (e.g. `<app>/resources/basemap`). */
export function loadBasemap(dir: string): Basemap {
  const read = (f: string): never => JSON.parse(readFileSync(join(dir, f), 'utf8')) as never;
  return {
    outline: read(BASEMAP_FILES.outline),
    regions: read(BASEMAP_FILES.regions),
    provinces: read(BASEMAP_FILES.provinces),
    places: read(BASEMAP_FILES.places),
  };
}
