/**
 * Shapes of the map operations: substation areas, point location, map points, basemap.
 * Coordinates: degrees WGS 84; GeoJSON order [lon, lat].
 */
import type { LoadProfileKind, Member, MemberCategory, Plant } from '../../../model/entities';

/** Polygon or MultiPolygon in GeoJSON form (rings closed, [lon, lat] degrees). */
export type MapGeometry =
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

export interface AreaImportSummary {
  file: string;
  format: 'geopackage' | 'geojson' | 'kml' | 'shapefile';
  crs: string;
  /** Areas written to the project. */
  count: number;
  /** Of which replaced an area with the same code. */
  replaced: number;
  featuresRead: number;
  filteredOut: number;
  /** Areas whose geometry was repaired (or kept with problems). */
  repaired: number;
  /** Features not imported. */
  dropped: number;
  repairs: { code: string; feature: string; fixes: string[] }[];
  drops: { feature: string; code?: string; reason: string }[];
  /** Members and plants whose located area changed. */
  relocated: { members: number; plants: number };
}

export interface AreaListItem {
  code: string;
  name: string;
  distributor: string;
  unofficial: boolean;
  bbox: [number, number, number, number];
  memberCount: number;
  plantCount: number;
}

export interface AreasFeatureCollection {
  type: 'FeatureCollection';
  /** Extent of every area, or null when the project has none. */
  bbox: [number, number, number, number] | null;
  features: {
    type: 'Feature';
    properties: Omit<AreaListItem, 'bbox'>;
    geometry: MapGeometry;
  }[];
}

export interface LocateResult {
  /** Area containing the point (interior preferred), or null. */
  code: string | null;
  /** Distance to the located area's border when under 100 m, else null. */
  nearBorderMetres: number | null;
  /** Distance to the located area's border (any size), or null when outside every area. */
  borderDistanceMetres: number | null;
  /** Every area containing the point (two or more on a shared border). */
  codes: string[];
}

export interface AreaSummary {
  code: string;
  name: string;
  distributor: string;
  unofficial: boolean;
  sourceFile: string;
  members: { id: number; name: string; category: Member['category']; annualKWh: number; configurationId: number | null }[];
  plants: { id: number; name: string; kWp: number; source: Plant['source']; ownerMemberId: number | null; configurationId: number | null }[];
  /** Configurations whose substation code is this area. */
  configurations: { id: number; name: string }[];
  totalKWp: number;
  annualConsumptionKWh: number;
  /** Shared energy of the members located in the area, from the last simulation (kWh per year); null until one runs. */
  sharedEnergyKWh: number | null;
  /** Incentive of the plants located in the area, from the last simulation (€ per year); null until one runs or without economics. */
  incentivesEur: number | null;
  /** Production of the plants located in the area, from the last simulation (kWh per year); null until one runs. */
  productionKWh: number | null;
  /** True when the project changed after the last simulation (its figures are out of date); null without one. */
  simulationStale: boolean | null;
}

/**
 * An area as it was just before it was removed, everything needed to put it back (undo):
 * full-precision geometry, attributes and where it came from.
 */
export interface RemovedArea {
  code: string;
  name: string;
  distributor: string;
  unofficial: boolean;
  sourceFile: string;
  importedAt: string;
  geometry: MapGeometry;
  attributes: Record<string, string | number | boolean | null>;
}

/** Role of a point on the map, for its colour. */
export type MapRole = 'producer' | 'prosumer' | 'consumer' | 'third-party-producer';
/** Why a point is flagged on the map. */
export type MapWarning = 'outside-configuration-area' | 'near-border' | 'no-area';

export interface MapPoint {
  kind: 'member' | 'plant';
  id: number;
  name: string;
  lat: number;
  lon: number;
  role: MapRole;
  /** Member category (for plants: the owner's, when there is one). */
  category: Member['category'] | null;
  /** Plants only. */
  source: Plant['source'] | null;
  kWp: number | null;
  locatedAreaCode: string | null;
  configurationId: number | null;
  /** Substation code of the point's configuration ('' or null when unknown). */
  configurationAreaCode: string | null;
  borderDistanceMetres: number | null;
  warnings: MapWarning[];
}

export interface BasemapFeatureCollection<P> {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: P; geometry: MapGeometry }[];
}

/** The offline basemap shipped in resources/basemap (see SOURCES.md). */
export interface BasemapData {
  outline: BasemapFeatureCollection<{ name: string; italy: boolean }>;
  regions: BasemapFeatureCollection<{ name: string; code: string }>;
  provinces: BasemapFeatureCollection<{ name: string; sigla: string; region: string }>;
  places: {
    type: 'FeatureCollection';
    features: { type: 'Feature'; properties: { name: string; prov: string; rank: 0 | 1 | 2 }; geometry: { type: 'Point'; coordinates: [number, number] } }[];
  };
  /** Attribution the map must show. */
  attribution: string;
}

/** One OpenStreetMap tile fetched by the core (only when the user turns the layer on). */
export interface MapTile {
  /** `data:image/png;base64,…`, or null when neither the cache nor the network has it. */
  dataUrl: string | null;
  source: 'cache' | 'network' | 'unavailable';
}

/** What an offline tiles file (MBTiles or PMTiles) holds, for the streets layer. */
export interface OfflineTilesInfo {
  /** File name as the user knows it (no directory). */
  file: string;
  container: 'mbtiles' | 'pmtiles';
  format: 'png' | 'jpg' | 'webp' | 'pbf';
  /** Raster images, or Mapbox vector tiles (pbf). */
  kind: 'raster' | 'vector';
  minZoom: number;
  maxZoom: number;
  /** [minLon, minLat, maxLon, maxLat] when the file says, else null. */
  bounds: [number, number, number, number] | null;
  /** Plain text (tags removed), never HTML. */
  name: string;
  /** Plain text (tags removed), never HTML. */
  attribution: string;
}

/** The offline tiles file this computer uses (remembered in the settings folder, not in the project). */
export interface OfflineTilesState {
  /** Full path of the chosen file, or null when none is chosen. */
  path: string | null;
  info: OfflineTilesInfo | null;
  /** Why the remembered file cannot be used now (moved, damaged), Italian and English. */
  problem: { it: string; en: string } | null;
}

/** One tile of the offline file: a data: URL (image, or base64 vector tile), or null where the file has none. */
export interface OfflineTile {
  dataUrl: string | null;
}

/** A town or locality of the offline gazetteer (GeoNames), for "find a place". */
export interface PlaceHit {
  name: string;
  /** Province sigla. */
  prov: string;
  /** 2 regional capital, 1 provincial capital, 0 other. */
  rank: number;
  lat: number;
  lon: number;
}

/** A kind of member the map offers when adding one: its category, load profile and typical consumption. */
export interface MemberPreset {
  key: string;
  category: MemberCategory;
  loadProfile: LoadProfileKind;
  /** Typical yearly consumption [kWh]. */
  annualKWh: number;
  label: { it: string; en: string };
  source: string;
}

/** A member or plant without coordinates, with where it probably is. */
export interface UnplacedPoint {
  kind: 'member' | 'plant';
  id: number;
  name: string;
  /** The site's municipality (rule field), '' when not given. */
  municipality: string;
  /** The imported address (members), '' when none. */
  address: string;
  /** The centre proposed (municipality, else the town in the address, else the community's municipality); null when none is known. */
  proposed: PlaceHit | null;
}
