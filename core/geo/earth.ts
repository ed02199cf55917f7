/** Earth constants and small-distance helpers (metres, degrees). */

/** Mean Earth radius in metres (IUGG). */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Metres per degree of latitude on the mean sphere. */
export const METRES_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_M) / 180;

const D2R = Math.PI / 180;

/** Great-circle distance in metres between two lon/lat points (degrees), haversine formula. */
export function haversineMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * D2R;
  const dLon = (lon2 - lon1) * D2R;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * D2R) * Math.cos(lat2 * D2R) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}
