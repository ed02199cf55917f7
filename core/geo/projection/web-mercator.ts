/** Web Mercator (EPSG:3857, spherical, R = 6,378,137 m). Metres ↔ degrees. */
const R = 6378137;
const D2R = Math.PI / 180;

/** [x, y] metres → [lon, lat] degrees. */
export function webMercatorInverse(x: number, y: number): [number, number] {
  return [x / R / D2R, (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) / D2R];
}

/** [lon, lat] degrees → [x, y] metres. */
export function webMercatorForward(lon: number, lat: number): [number, number] {
  return [R * lon * D2R, R * Math.log(Math.tan(Math.PI / 4 + (lat * D2R) / 2))];
}
