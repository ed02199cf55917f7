/**
 * What the map frames when it opens on a community: its points and, whole, the areas of its
 * configurations — in a workshop the room sees each area's edge and where a point may still
 * go. Other areas of an imported file stay out of the frame (a whole region's would zoom out
 * to the region). Degrees; [[south, west], [north, east]], as Leaflet takes bounds.
 */
import type { AreasFeatureCollection } from '../../../../core/api/common';

type Bounds = [[number, number], [number, number]];

/** Normalised as configurations are matched to areas (spaces dropped, upper case). */
export const areaKey = (code: string) => code.replace(/\s+/g, '').toUpperCase();

export function contentBounds(points: readonly { lat: number; lon: number }[], features: AreasFeatureCollection['features'], configurationCodes: ReadonlySet<string>): Bounds | null {
  let s = Infinity;
  let w = Infinity;
  let n = -Infinity;
  let e = -Infinity;
  const add = (lat: number, lon: number) => {
    s = Math.min(s, lat);
    n = Math.max(n, lat);
    w = Math.min(w, lon);
    e = Math.max(e, lon);
  };
  for (const p of points) add(p.lat, p.lon);
  if (points.length === 0) return null;
  for (const f of features) {
    if (!configurationCodes.has(areaKey(f.properties.code))) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    // GeoJSON positions are [lon, lat]; the outer ring bounds the polygon.
    for (const polygon of polygons) for (const [lon, lat] of polygon[0] ?? []) add(lat, lon);
  }
  return [[s, w], [n, e]];
}
