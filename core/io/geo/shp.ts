/**
 * ESRI Shapefile .shp reader for polygon shapes (types 5, 15, 25; null shapes).
 * Ring roles follow the ESRI convention: CLOCKWISE rings are exteriors,
 * COUNTER-CLOCKWISE rings are holes; each hole is attached to the smallest
 * exterior containing it. (Orientation is normalised to RFC 7946 later.)
 */
import { interiorPoint, signedArea } from '../../geo/ring';
import { IoError } from '../io-error';
import { classifyPointInRings } from '../../geo/pip';
import type { Ring } from '../../geo/types';
import { BinaryReader } from './binary-reader';
import type { RawPolygons } from './wkb';

export interface ShpRecord {
  /** 1-based record number from the record header. */
  number: number;
  /** Shape type name: 'Polygon', 'Null', 'Point', ... */
  type: string;
  /** Polygons (ESRI ring roles resolved); empty for non-polygons. */
  polygons: RawPolygons;
  /** Fix applied while assembling, e.g. "no clockwise ring: treated all rings as exteriors". */
  note?: string;
}

/** .shp problems name the part; the caller adds the archive (see error-detail.ts `relocate`). */
const SHP = { file: '.shp' };

const SHAPE_NAMES: Record<number, string> = { 0: 'Null', 1: 'Point', 3: 'PolyLine', 5: 'Polygon', 8: 'MultiPoint', 11: 'PointZ', 13: 'PolyLineZ', 15: 'PolygonZ', 18: 'MultiPointZ', 21: 'PointM', 23: 'PolyLineM', 25: 'PolygonM', 28: 'MultiPointM', 31: 'MultiPatch' };

/** Groups ESRI-ordered rings into polygons (clockwise = exterior). */
export function assembleEsriRings(rings: [number, number][][]): { polygons: RawPolygons; note?: string } {
  const outers: [number, number][][] = [];
  const holes: [number, number][][] = [];
  for (const r of rings) {
    if (r.length === 0) continue;
    (signedArea(r as Ring) <= 0 ? outers : holes).push(r);
  }
  if (outers.length === 0) return { polygons: holes.map((h) => [h]), note: 'no clockwise ring: counter-clockwise rings treated as exteriors' };
  const polys: RawPolygons = outers.map((o) => [o]);
  if (holes.length === 0) return { polygons: polys };
  const areas = outers.map((o) => Math.abs(signedArea(o as Ring)));
  let orphan = 0;
  for (const h of holes) {
    const ip = interiorPoint(h as Ring) ?? (h[0] as [number, number]);
    let best = -1;
    outers.forEach((o, i) => {
      if (classifyPointInRings([o as Ring], ip[0], ip[1]) !== 'outside' && (best < 0 || areas[i]! < areas[best]!)) best = i;
    });
    if (best >= 0) polys[best]!.push(h);
    else { polys.push([h]); orphan++; }
  }
  return { polygons: polys, note: orphan ? `${orphan} counter-clockwise ring(s) outside every exterior treated as exteriors` : undefined };
}

/** Reads all records of a .shp file. */
export function readShp(bytes: Uint8Array): { shapeType: string; records: ShpRecord[] } {
  const r = new BinaryReader(bytes);
  if (bytes.byteLength < 100) throw new IoError(SHP, 'io/corrupt', { code: 'io.shp.shp-file-too-short' });
  if (r.i32(false) !== 9994) throw new IoError(SHP, 'io/wrong-file-type', { code: 'io.shp.shapefile-shp-file-code' });
  r.offset = 28;
  const version = r.i32(true);
  if (version !== 1000) throw new IoError(SHP, 'io/wrong-file-type', { code: 'io.shp.unsupported-shp-version', params: { version } });
  const shapeType = r.i32(true);
  r.offset = 100;
  const records: ShpRecord[] = [];
  while (r.remaining >= 8) {
    const number = r.i32(false);
    const len = r.i32(false) * 2;
    if (len < 4 || len > r.remaining) throw new IoError({ ...SHP, row: number }, 'io/corrupt', { code: 'io.shp.length-exceeds-file-size', params: { len } });
    const rec = new BinaryReader(r.slice(len));
    const t = rec.i32(true);
    const type = SHAPE_NAMES[t] ?? `type ${t}`;
    if (t !== 5 && t !== 15 && t !== 25) { records.push({ number, type, polygons: [] }); continue; }
    rec.skip(32);
    const numParts = rec.i32(true), numPoints = rec.i32(true);
    if (numParts < 0 || numPoints < 0 || numParts * 4 + numPoints * 16 > rec.remaining) throw new IoError({ ...SHP, row: number }, 'io/corrupt', { code: 'io.shp.parts-points-exceed-record', params: { numParts, numPoints } });
    const parts: number[] = [];
    for (let i = 0; i < numParts; i++) parts.push(rec.i32(true));
    const rings: [number, number][][] = [];
    for (let i = 0; i < numParts; i++) {
      const start = parts[i]!, end = i + 1 < numParts ? parts[i + 1]! : numPoints;
      if (start < 0 || end > numPoints || start > end) throw new IoError({ ...SHP, row: number }, 'io/corrupt', { code: 'io.shp.bad-part-index', params: { start } });
      const ring: [number, number][] = [];
      for (let k = start; k < end; k++) ring.push([rec.f64(true), rec.f64(true)]);
      rings.push(ring);
    }
    const { polygons, note } = assembleEsriRings(rings);
    records.push({ number, type: 'Polygon', polygons, note });
  }
  return { shapeType: SHAPE_NAMES[shapeType] ?? `type ${shapeType}`, records };
}
