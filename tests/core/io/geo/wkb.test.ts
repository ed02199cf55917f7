import { describe, expect, it } from 'vitest';
import { decodeWkb, encodeWkb } from '../../../../core/io/geo/wkb';
import { decodeGpkgGeometry, encodeGpkgGeometry, parseGpkgHeader } from '../../../../core/io/geo/gpkg-geometry';
import { ioErrorOf } from '../../../helpers/io-error';

/** Hand-built big-endian WKB Polygon ((0 0, 1 0, 1 1, 0 0)). */
function bePolygon(): Uint8Array {
  const b = Buffer.alloc(1 + 4 + 4 + 4 + 4 * 16);
  let o = 0;
  b.writeUInt8(0, o++); b.writeUInt32BE(3, o); o += 4; b.writeUInt32BE(1, o); o += 4; b.writeUInt32BE(4, o); o += 4;
  for (const [x, y] of [[0, 0], [1, 0], [1, 1], [0, 0]]) { b.writeDoubleBE(x!, o); b.writeDoubleBE(y!, o + 8); o += 16; }
  return new Uint8Array(b);
}

describe('WKB', () => {
  it('decodes a big-endian Polygon', () => {
    expect(decodeWkb(bePolygon())).toEqual({ type: 'Polygon', polygons: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
  });

  it('round-trips MultiPolygons in both byte orders', () => {
    const polys: [number, number][][][] = [[[[0, 0], [2, 0], [2, 2], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]], [[5.2, 5.1], [5.8, 5.1], [5.8, 5.7], [5.2, 5.1]]]];
    for (const le of [true, false]) {
      const d = decodeWkb(encodeWkb(polys, le));
      expect(d.type).toBe('MultiPolygon');
      expect(d.polygons).toEqual(polys);
    }
  });

  it('drops Z from ISO (1003) and EWKB (Z flag + SRID) polygons', () => {
    const iso = Buffer.alloc(1 + 4 + 4 + 4 + 4 * 24);
    let o = 0;
    iso.writeUInt8(1, o++); iso.writeUInt32LE(1003, o); o += 4; iso.writeUInt32LE(1, o); o += 4; iso.writeUInt32LE(4, o); o += 4;
    for (const [x, y] of [[0, 0], [1, 0], [1, 1], [0, 0]]) { iso.writeDoubleLE(x!, o); iso.writeDoubleLE(y!, o + 8); iso.writeDoubleLE(99, o + 16); o += 24; }
    expect(decodeWkb(iso).polygons).toEqual([[[[0, 0], [1, 0], [1, 1], [0, 0]]]]);
    const ewkb = Buffer.alloc(1 + 4 + 4 + iso.length - 5);
    ewkb.writeUInt8(1, 0); ewkb.writeUInt32LE((0x80000000 | 0x20000000 | 3) >>> 0, 1); ewkb.writeInt32LE(4326, 5);
    iso.copy(ewkb, 9, 5);
    expect(decodeWkb(ewkb).polygons).toEqual([[[[0, 0], [1, 0], [1, 1], [0, 0]]]]);
  });

  it('rejects truncated and unsupported data', () => {
    expect(() => decodeWkb(bePolygon().subarray(0, 30))).toThrow(/truncated|dichiara/);
    const curve = Buffer.from([1, 10, 0, 0, 0, 0, 0, 0, 0]);
    expect(ioErrorOf(() => decodeWkb(curve)).messageEn).toMatch(/CurvePolygon/);
    expect(ioErrorOf(() => decodeWkb(Buffer.from([7, 3, 0, 0, 0]))).messageEn).toMatch(/byte-order/);
  });
});

describe('GeoPackage geometry header', () => {
  it('parses magic, version, flags, srs id and envelope (LE and BE)', () => {
    for (const le of [true, false]) {
      const blob = encodeGpkgGeometry([[[[10, 40], [11, 40], [11, 41], [10, 40]]]], 4326, le);
      const h = parseGpkgHeader(blob);
      expect(h).toMatchObject({ version: 0, littleEndian: le, empty: false, extended: false, srsId: 4326, envelope: [10, 11, 40, 41], wkbOffset: 40 });
      expect(decodeGpkgGeometry(blob).polygons).toEqual([[[[10, 40], [11, 40], [11, 41], [10, 40]]]]);
    }
  });

  it('handles a BE header with xyz envelope and the empty flag; rejects bad magic', () => {
    const wkb = bePolygon();
    const head = Buffer.alloc(8 + 48);
    head.write('GP', 0, 'latin1'); head.writeUInt8(0, 2); head.writeUInt8(2 << 1, 3); head.writeInt32BE(3003, 4);
    const blob = new Uint8Array(Buffer.concat([head, Buffer.from(wkb)]));
    expect(parseGpkgHeader(blob).srsId).toBe(3003);
    expect(decodeGpkgGeometry(blob).polygons.length).toBe(1);
    const empty = Buffer.from([0x47, 0x50, 0, 1 | 16, 0xe6, 0x10, 0, 0]);
    expect(decodeGpkgGeometry(empty).polygons).toEqual([]);
    expect(ioErrorOf(() => parseGpkgHeader(Buffer.from('XX\u0000\u0001abcd'))).messageEn).toMatch(/magic/);
  });
});
