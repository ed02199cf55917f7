/**
 * GeoPackage binary geometry blobs (OGC 12-128r18 §2.1.3):
 * 'G' 'P', version (0 = v1), flags, srs_id int32, optional envelope, then WKB.
 * Flags: bit 0 = byte order of header ints/doubles (1 = little endian),
 * bits 1–3 = envelope code (0 none, 1 xy [32 B], 2 xyz, 3 xym [48 B], 4 xyzm [64 B]),
 * bit 4 = empty geometry, bit 5 = ExtendedGeoPackageBinary.
 */
import { BinaryReader } from './binary-reader';
import type { DecodedWkb, RawPolygons } from './wkb';
import { decodeWkb, encodeWkb } from './wkb';
import { IoError } from '../io-error';

const GPKG = { file: 'GeoPackage' };

export interface GpkgGeometryHeader {
  version: number;
  littleEndian: boolean;
  empty: boolean;
  extended: boolean;
  srsId: number;
  /** [minX, maxX, minY, maxY] when present. */
  envelope?: [number, number, number, number];
  /** Byte offset of the WKB payload. */
  wkbOffset: number;
}

const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** Parses the header of a GeoPackage geometry blob. */
export function parseGpkgHeader(blob: Uint8Array): GpkgGeometryHeader {
  if (blob.byteLength < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new IoError(GPKG, 'io/corrupt', { code: 'io.gpkg-geometry.geopackage-geometry-magic-gp' });
  const version = blob[2]!;
  const flags = blob[3]!;
  const littleEndian = (flags & 1) === 1;
  const envCode = (flags >> 1) & 7;
  if (envCode > 4) throw new IoError(GPKG, 'io/corrupt', { code: 'io.gpkg-geometry.invalid-geopackage-envelope-code', params: { envCode } });
  const r = new BinaryReader(blob, 4);
  const srsId = r.i32(littleEndian);
  let envelope: GpkgGeometryHeader['envelope'];
  if (envCode > 0) {
    const minX = r.f64(littleEndian), maxX = r.f64(littleEndian), minY = r.f64(littleEndian), maxY = r.f64(littleEndian);
    envelope = [minX, maxX, minY, maxY];
    r.skip(ENVELOPE_BYTES[envCode]! - 32);
  }
  return { version, littleEndian, empty: (flags & 16) !== 0, extended: (flags & 32) !== 0, srsId, envelope, wkbOffset: r.offset };
}

/** Decodes a GeoPackage geometry blob into polygons (empty geometries give no polygons). */
export function decodeGpkgGeometry(blob: Uint8Array): DecodedWkb & { header: GpkgGeometryHeader } {
  const header = parseGpkgHeader(blob);
  if (header.extended) throw new IoError(GPKG, 'io/bad-geometry', { code: 'io.gpkg-geometry.extendedgeopackagebinary-geometries-supported' });
  if (header.empty) return { type: 'Empty', polygons: [], header };
  return { ...decodeWkb(blob, header.wkbOffset), header };
}

/** Encodes polygons as a GeoPackage blob with an xy envelope. */
export function encodeGpkgGeometry(polygons: RawPolygons, srsId: number, littleEndian = true): Uint8Array {
  const wkb = encodeWkb(polygons, littleEndian);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of polygons) for (const ring of p) for (const [x, y] of ring) {
    if (x < minX) minX = x; if (x > maxX) maxX = x; if (y < minY) minY = y; if (y > maxY) maxY = y;
  }
  const out = new Uint8Array(8 + 32 + wkb.byteLength);
  const v = new DataView(out.buffer);
  out[0] = 0x47; out[1] = 0x50; out[2] = 0; out[3] = (1 << 1) | (littleEndian ? 1 : 0);
  v.setInt32(4, srsId, littleEndian);
  [minX, maxX, minY, maxY].forEach((d, i) => v.setFloat64(8 + i * 8, d, littleEndian));
  out.set(wkb, 40);
  return out;
}
