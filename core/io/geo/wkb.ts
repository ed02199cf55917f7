/**
 * Well-Known Binary decoding/encoding of (Multi)Polygons. Accepts little and big
 * endian, ISO (1000/2000/3000 offsets) and EWKB (Z/M/SRID flags) type codes, and
 * GeometryCollections (polygon members collected). Z and M are discarded.
 */
import { BinaryReader } from './binary-reader';
import { IoError } from '../io-error';

/** Raw polygons as [x, y] rings in source CRS units. */
export type RawPolygons = [number, number][][][];

export interface DecodedWkb {
  /** Base type name: Point, LineString, Polygon, MultiPolygon, ... */
  type: string;
  /** Polygons (empty for non-polygon types). */
  polygons: RawPolygons;
}

const TYPE_NAMES = ['Geometry', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection', 'CircularString', 'CompoundCurve', 'CurvePolygon', 'MultiCurve', 'MultiSurface'];

/** WKB problems name no file: the caller knows it (see error-detail.ts `relocate`). */
const WKB = { file: 'WKB' };

function readGeometry(r: BinaryReader, out: RawPolygons, depth: number): string {
  if (depth > 8) throw new IoError(WKB, 'io/corrupt', { code: 'io.wkb.wkb-nesting-too-deep' });
  const order = r.u8();
  if (order !== 0 && order !== 1) throw new IoError(WKB, 'io/corrupt', { code: 'io.wkb.bad-wkb-byte-order', params: { order, value: r.offset - 1 } });
  const le = order === 1;
  let type = r.u32(le);
  let dims = 2;
  if (type & 0x80000000) dims++;
  if (type & 0x40000000) dims++;
  if (type & 0x20000000) r.skip(4); // EWKB SRID
  type &= 0x0fffffff;
  const iso = Math.floor(type / 1000);
  if (iso === 1 || iso === 2) dims = 3;
  else if (iso === 3) dims = 4;
  const base = type % 1000;
  const name = TYPE_NAMES[base] ?? `type ${base}`;
  const ring = (): [number, number][] => {
    const n = r.u32(le);
    if (n * dims * 8 > r.remaining) throw new IoError(WKB, 'io/corrupt', { code: 'io.wkb.wkb-ring-claims-points', params: { n, remaining: r.remaining } });
    const pts: [number, number][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = r.f64(le), y = r.f64(le);
      if (dims > 2) r.skip((dims - 2) * 8);
      pts[i] = [x, y];
    }
    return pts;
  };
  switch (base) {
    case 1: r.skip(dims * 8); break;
    case 2: ring(); break;
    case 3: {
      const nr = r.u32(le);
      if (nr * 4 > r.remaining) throw new IoError(WKB, 'io/corrupt', { code: 'io.wkb.wkb-polygon-claims-rings', params: { nr } });
      const rings: [number, number][][] = [];
      for (let i = 0; i < nr; i++) rings.push(ring());
      if (rings.length > 0) out.push(rings);
      break;
    }
    case 4: case 5: case 6: case 7: {
      const n = r.u32(le);
      if (n * 5 > r.remaining) throw new IoError(WKB, 'io/corrupt', { code: 'io.wkb.wkb-collection-claims-members', params: { n } });
      for (let i = 0; i < n; i++) readGeometry(r, out, depth + 1);
      break;
    }
    default:
      throw new IoError(WKB, 'io/bad-geometry', { code: 'io.wkb.unsupported-wkb-geometry-type', params: { name, type } });
  }
  return name;
}

/** Decodes WKB bytes. Throws IoError (or RangeError for truncation). */
export function decodeWkb(bytes: Uint8Array, offset = 0): DecodedWkb {
  const r = new BinaryReader(bytes, offset);
  const polygons: RawPolygons = [];
  const type = readGeometry(r, polygons, 0);
  return { type, polygons };
}

/** Encodes polygons as WKB Polygon (one part) or MultiPolygon, 2D. */
export function encodeWkb(polygons: RawPolygons, littleEndian = true, forceMulti = false): Uint8Array {
  const multi = forceMulti || polygons.length !== 1;
  let size = multi ? 9 : 0;
  for (const p of polygons) { size += 9; for (const r of p) size += 4 + r.length * 16; }
  const buf = new Uint8Array(size);
  const v = new DataView(buf.buffer);
  let o = 0;
  const head = (type: number): void => { v.setUint8(o, littleEndian ? 1 : 0); v.setUint32(o + 1, type, littleEndian); o += 5; };
  if (multi) { head(6); v.setUint32(o, polygons.length, littleEndian); o += 4; }
  for (const p of polygons) {
    head(3);
    v.setUint32(o, p.length, littleEndian); o += 4;
    for (const ring of p) {
      v.setUint32(o, ring.length, littleEndian); o += 4;
      for (const [x, y] of ring) { v.setFloat64(o, x, littleEndian); v.setFloat64(o + 8, y, littleEndian); o += 16; }
    }
  }
  return buf;
}
