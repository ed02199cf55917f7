/**
 * Geometry types for conventional areas ("aree convenzionali").
 *
 * All coordinates are WGS84 (EPSG:4326) in DEGREES, ordered [longitude, latitude]
 * as in GeoJSON (RFC 7946). Rings are closed (first position === last position).
 * After repair, exterior rings are counter-clockwise and holes clockwise (RFC 7946).
 */

/** [longitude, latitude] in degrees (WGS84). */
export type Position = [number, number];

/** Closed ring of positions (first === last), degrees. */
export type Ring = Position[];

/** GeoJSON-compatible Polygon: rings[0] is the exterior, the rest are holes. */
export interface Polygon {
  type: 'Polygon';
  coordinates: Ring[];
}

/** GeoJSON-compatible MultiPolygon. */
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

export type AreaGeometry = Polygon | MultiPolygon;

/** Bounding box [minLon, minLat, maxLon, maxLat] in degrees. */
export type BBox = [number, number, number, number];

/** Attribute values carried over from the source file. */
export type AttributeValue = string | number | boolean | null;

/** A primary-substation area (area convenzionale). */
export interface Area {
  /** Area code, e.g. "AC001E00934" (11 chars in GSE data). */
  code: string;
  /** Human-readable name (falls back to the code). */
  name: string;
  /** Distribution system operator (GSE field `rag_soc`), '' when unknown. */
  distributor: string;
  geometry: AreaGeometry;
  bbox: BBox;
  /** True when the area was not taken from an official GSE publication (e.g. drawn by hand). */
  unofficial?: boolean;
  /** Remaining source attributes (e.g. cod_conseg, p_cab_pri, t_cab_pri, txt1, txt2). */
  attributes?: Record<string, AttributeValue>;
}

/** Returns the list of polygons (each a list of rings) of a geometry. */
export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Builds a Polygon or MultiPolygon from a list of polygons (one → Polygon). */
export function geometryFromPolygons(polygons: Ring[][]): AreaGeometry {
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Total number of positions (vertices, closing point included) of a geometry. */
export function vertexCount(geometry: AreaGeometry): number {
  let n = 0;
  for (const poly of polygonsOf(geometry)) for (const ring of poly) n += ring.length;
  return n;
}
