/**
 * Coordinate reference systems supported by the importers, recognised from
 * EPSG codes or WKT (.prj files, gpkg_spatial_ref_sys). Supported:
 *  - geographic WGS 84 (4326), ETRS89 (4258), RDN2008 (6706) — treated as WGS 84 (< 1 m in Italy);
 *  - geographic Monte Mario (4265) via 7-parameter Helmert;
 *  - UTM zones 32N/33N/34N on WGS 84 (32632–32634) and ETRS89 (25832–25834), RDN2008 (6707–6709);
 *  - Monte Mario / Italy zone 1 and 2, Gauss–Boaga (3003, 3004);
 *  - Web Mercator (3857, ESRI 102100/102113, 900913);
 *  - any other Transverse Mercator in WKT on a WGS 84/GRS80 datum, or with TOWGS84.
 */
import type { Ellipsoid } from './ellipsoid';
import { GRS80, INTERNATIONAL_1924, WGS84 } from './ellipsoid';
import type { Helmert } from './helmert';
import { coordinateFrameToPositionVector, datumShiftToWgs84, MONTE_MARIO_TO_WGS84 } from './helmert';
import type { TmParams } from './transverse-mercator';
import { tmInverse } from './transverse-mercator';
import { webMercatorInverse } from './web-mercator';
import type { WktNode } from './wkt';
import { children, find, nodeName, normalise, parseWkt } from './wkt';

export type Crs =
  | { kind: 'geographic'; name: string; epsg?: number; ellipsoid: Ellipsoid; toWgs84?: Helmert }
  | { kind: 'transverse-mercator'; name: string; epsg?: number; tm: TmParams; toWgs84?: Helmert; unitMetres: number }
  | { kind: 'web-mercator'; name: string; epsg?: number };

/** Error for unsupported or unreadable CRS definitions; the message names the source. */
export class CrsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrsError';
  }
}

const tm = (lon0: number, fe: number, ellipsoid: Ellipsoid): TmParams => ({ ellipsoid, lon0, lat0: 0, k0: 0.9996, falseEasting: fe, falseNorthing: 0 });
const utm = (epsg: number, zone: number, ell: Ellipsoid, datum: string): Crs => ({
  kind: 'transverse-mercator', epsg, name: `${datum} / UTM zone ${zone}N`, tm: tm(zone * 6 - 183, 500000, ell), unitMetres: 1,
});

/** Known EPSG codes → CRS. */
export function crsFromEpsg(code: number): Crs | undefined {
  switch (code) {
    case 4326: return { kind: 'geographic', epsg: code, name: 'WGS 84', ellipsoid: WGS84 };
    case 4258: return { kind: 'geographic', epsg: code, name: 'ETRS89', ellipsoid: GRS80 };
    case 6706: return { kind: 'geographic', epsg: code, name: 'RDN2008', ellipsoid: GRS80 };
    case 4265: return { kind: 'geographic', epsg: code, name: 'Monte Mario', ellipsoid: INTERNATIONAL_1924, toWgs84: MONTE_MARIO_TO_WGS84 };
    case 32632: case 32633: case 32634: return utm(code, code - 32600, WGS84, 'WGS 84');
    case 25832: case 25833: case 25834: return utm(code, code - 25800, GRS80, 'ETRS89');
    case 6707: case 6708: case 6709: return utm(code, code - 6675, GRS80, 'RDN2008');
    case 3003: return { kind: 'transverse-mercator', epsg: code, name: 'Monte Mario / Italy zone 1', tm: tm(9, 1500000, INTERNATIONAL_1924), toWgs84: MONTE_MARIO_TO_WGS84, unitMetres: 1 };
    case 3004: return { kind: 'transverse-mercator', epsg: code, name: 'Monte Mario / Italy zone 2', tm: tm(15, 2520000, INTERNATIONAL_1924), toWgs84: MONTE_MARIO_TO_WGS84, unitMetres: 1 };
    case 3857: case 3785: case 900913: case 102100: case 102113:
      return { kind: 'web-mercator', epsg: code, name: 'WGS 84 / Pseudo-Mercator' };
    default: return undefined;
  }
}

function authorityCode(n: WktNode): number | undefined {
  const ids = children(n, 'AUTHORITY', 'ID');
  for (const id of ids.reverse()) {
    const org = String(id.args[0] ?? '').toUpperCase();
    const code = Number(id.args[1]);
    if ((org === 'EPSG' || org === 'ESRI') && Number.isFinite(code)) return code;
  }
  return undefined;
}

function num(n: WktNode | undefined, i: number): number | undefined {
  const v = n?.args[i];
  return typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

interface DatumInfo { ellipsoid: Ellipsoid; toWgs84?: Helmert; wgsLike: boolean; name: string }

function datumInfo(root: WktNode, source: string): DatumInfo {
  const datum = find(root, 'DATUM', 'GEODETICDATUM', 'TRF');
  const sph = find(root, 'SPHEROID', 'ELLIPSOID');
  const dname = normalise(nodeName(datum));
  const a = num(sph, 1), invF = num(sph, 2);
  if (a === undefined || invF === undefined) throw new CrsError(`${source}: CRS has no readable ellipsoid`);
  const ellipsoid: Ellipsoid = { name: nodeName(sph), a, invF };
  const tw = find(root, 'TOWGS84');
  let toWgs84: Helmert | undefined;
  if (tw) {
    const v = tw.args.map((x) => Number(x));
    toWgs84 = { tx: v[0] ?? 0, ty: v[1] ?? 0, tz: v[2] ?? 0, rx: v[3] ?? 0, ry: v[4] ?? 0, rz: v[5] ?? 0, ds: v[6] ?? 0 };
    if (v.every((x) => x === 0)) toWgs84 = undefined;
  }
  const wgsLike = /wgs84|wgs1984|worldgeodeticsystem1984|etrs|europeanterrestrialreferencesystem|rdn2008|italiangeodeticnetwork|igm95|grs80|grs1980/.test(dname)
    || (a === 6378137 && Math.abs(invF - 298.2572) < 0.001);
  if (!toWgs84 && !wgsLike) {
    if (/montemario|rome1940|roma40/.test(dname) || (a === 6378388 && invF === 297 && /mario|rom/.test(dname))) toWgs84 = MONTE_MARIO_TO_WGS84;
    else throw new CrsError(`${source}: unsupported datum "${nodeName(datum) || 'unknown'}" (no TOWGS84 parameters); re-project the file to WGS 84 (EPSG:4326)`);
  }
  return { ellipsoid, toWgs84: wgsLike ? undefined : toWgs84, wgsLike, name: nodeName(datum) };
}

function param(root: WktNode, ...names: string[]): number | undefined {
  const wanted = names.map(normalise);
  for (const p of children(root, 'PARAMETER')) {
    if (wanted.includes(normalise(nodeName(p)))) return num(p, 1);
  }
  // WKT2 nests PARAMETERs under CONVERSION
  const conv = find(root, 'CONVERSION');
  if (conv && conv !== root) return param(conv, ...names);
  return undefined;
}

/**
 * Recognises a CRS from WKT text (.prj / gpkg definition). `source` (e.g. the
 * file name) is included in error messages. Throws CrsError when unsupported.
 */
export function crsFromWkt(wkt: string, source = 'CRS'): Crs {
  let root: WktNode;
  try {
    root = parseWkt(wkt);
  } catch (e) {
    throw new CrsError(`${source}: unreadable CRS definition (${(e as Error).message})`);
  }
  const kind = root.name.toUpperCase();
  const code = authorityCode(root);
  const byCode = code !== undefined ? crsFromEpsg(code) : undefined;
  if (byCode) return byCode;
  const name = nodeName(root);
  const nname = normalise(name);
  if (kind === 'GEOGCS' || kind === 'GEOGCRS' || kind === 'GEODCRS' || kind === 'GEOGRAPHICCRS') {
    const d = datumInfo(root, source);
    return { kind: 'geographic', name, ellipsoid: d.ellipsoid, toWgs84: d.toWgs84 };
  }
  if (kind !== 'PROJCS' && kind !== 'PROJCRS' && kind !== 'PROJECTEDCRS') {
    throw new CrsError(`${source}: unsupported CRS type ${root.name}`);
  }
  const method = normalise(nodeName(find(root, 'PROJECTION', 'METHOD')));
  if (method.includes('auxiliarysphere') || method.includes('pseudomercator') || method.includes('popularvisualisation')
    || (method.includes('mercator') && /webmercator|pseudomercator|3857/.test(nname))) {
    return { kind: 'web-mercator', name };
  }
  if (method.includes('transversemercator') || method === 'gaussboaga' || method.includes('gausskruger')) {
    if (method.includes('south')) throw new CrsError(`${source}: unsupported projection ${nodeName(find(root, 'PROJECTION', 'METHOD'))}`);
    const d = datumInfo(root, source);
    const unitNode = children(root, 'UNIT', 'LENGTHUNIT').pop() ?? find(find(root, 'CS', 'AXIS') ?? root, 'LENGTHUNIT');
    const unitMetres = num(unitNode, 1) ?? 1;
    const lon0 = param(root, 'central_meridian', 'longitude_of_natural_origin', 'longitude_of_origin', 'longitude_of_center') ?? 0;
    const lat0 = param(root, 'latitude_of_origin', 'latitude_of_natural_origin', 'latitude_of_center') ?? 0;
    const k0 = param(root, 'scale_factor', 'scale_factor_at_natural_origin') ?? 1;
    const fe = param(root, 'false_easting') ?? 0;
    const fn = param(root, 'false_northing') ?? 0;
    const tw = find(root, 'TOWGS84');
    let toWgs84 = d.toWgs84;
    // ESRI .prj rarely carry TOWGS84; a GEOGTRAN would be elsewhere. Coordinate-frame flag is not expressible in WKT1.
    if (tw && toWgs84 && /coordinateframe/.test(normalise(wkt))) toWgs84 = coordinateFrameToPositionVector(toWgs84);
    return {
      kind: 'transverse-mercator', name, unitMetres,
      tm: { ellipsoid: d.ellipsoid, lon0, lat0, k0, falseEasting: fe * unitMetres, falseNorthing: fn * unitMetres },
      toWgs84,
    };
  }
  throw new CrsError(`${source}: unsupported projection "${nodeName(find(root, 'PROJECTION', 'METHOD')) || 'unknown'}" in CRS "${name}"; supported: WGS 84, UTM 32N/33N/34N, Gauss–Boaga (Monte Mario Italy 1/2), Web Mercator`);
}

/** A function converting source coordinates (x, y) to WGS 84 [lon, lat] degrees. */
export type ToWgs84 = (x: number, y: number) => [number, number];

/** Builds the converter for a CRS (identity for WGS 84-like geographic CRS). */
export function toWgs84Transformer(crs: Crs): ToWgs84 {
  if (crs.kind === 'web-mercator') return webMercatorInverse;
  if (crs.kind === 'geographic') {
    const h = crs.toWgs84;
    if (!h) return (x, y) => [x, y];
    return (x, y) => datumShiftToWgs84(crs.ellipsoid, h, x, y);
  }
  const { tm: p, toWgs84: h, unitMetres: u } = crs;
  if (!h) return (x, y) => tmInverse(p, x * u, y * u);
  return (x, y) => {
    const [lon, lat] = tmInverse(p, x * u, y * u);
    return datumShiftToWgs84(p.ellipsoid, h, lon, lat);
  };
}

/** True when coordinates are already WGS 84 lon/lat (no conversion needed). */
export function isWgs84Geographic(crs: Crs): boolean {
  return crs.kind === 'geographic' && !crs.toWgs84;
}
