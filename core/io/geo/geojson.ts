/**
 * GeoJSON importer: FeatureCollection or single Feature with Polygon /
 * MultiPolygon (GeometryCollection members collected). Code from the
 * `cod_ac` / `code` / `COD_AC` property. Coordinates are WGS 84 lon/lat (RFC 7946);
 * a legacy `crs` member naming an EPSG code (e.g. "urn:ogc:def:crs:EPSG::3003") is honoured.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AttributeValue } from '../../geo/types';
import type { ToWgs84 } from '../../geo/projection/crs';
import { crsFromEpsg, isWgs84Geographic, toWgs84Transformer } from '../../geo/projection/crs';
import { AreaCollector } from './area-collector';
import { IoError } from '../io-error';
import { errorDetail } from './error-detail';
import type { ImportOptions, ImportResult } from './import-types';
import { looksGeographic, reprojectPolygons } from './reproject';
import type { RawPolygons } from './wkb';
import { excerpt } from '../excerpt';

type Json = unknown;

function isPosition(p: Json): p is [number, number] {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
}

function ringOf(r: Json): [number, number][] {
  if (!Array.isArray(r)) throw new Error('ring is not an array');
  return r.map((p) => {
    if (!isPosition(p)) throw new Error('position is not [x, y]');
    return [p[0], p[1]] as [number, number];
  });
}

/** Collects polygons of a GeoJSON geometry; returns the geometry type. */
function collect(g: Json, out: RawPolygons, depth = 0): string {
  if (g === null || g === undefined) return 'missing';
  if (typeof g !== 'object' || depth > 8) throw new Error('geometry is not an object');
  const geom = g as { type?: string; coordinates?: Json; geometries?: Json[] };
  switch (geom.type) {
    case 'Polygon':
      if (!Array.isArray(geom.coordinates)) throw new Error('Polygon without coordinates');
      out.push(geom.coordinates.map(ringOf));
      return 'Polygon';
    case 'MultiPolygon':
      if (!Array.isArray(geom.coordinates)) throw new Error('MultiPolygon without coordinates');
      for (const p of geom.coordinates) {
        if (!Array.isArray(p)) throw new Error('MultiPolygon member is not an array');
        out.push(p.map(ringOf));
      }
      return 'MultiPolygon';
    case 'GeometryCollection':
      for (const m of geom.geometries ?? []) collect(m, out, depth + 1);
      return 'GeometryCollection';
    default:
      return String(geom.type ?? 'unknown');
  }
}

function crsOf(doc: { crs?: { properties?: { name?: string } } }, file: string): ToWgs84 | undefined {
  const name = doc.crs?.properties?.name;
  if (!name) return undefined;
  if (/CRS84$/i.test(name)) return undefined;
  const m = /EPSG:{1,2}(\d+)$/i.exec(name);
  const crs = m ? crsFromEpsg(Number(m[1])) : undefined;
  if (!crs) throw new IoError({ file, field: 'crs' }, 'io/unsupported-crs', { code: 'io.geojson.unsupported-geojson-crs', params: { name: excerpt(name) } });
  return isWgs84Geographic(crs) ? undefined : toWgs84Transformer(crs);
}

/** Imports areas from GeoJSON text. `file` is used in messages. */
export function importGeoJsonText(text: string, file: string, options: ImportOptions = {}): ImportResult {
  let doc: Json;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new IoError({ file }, 'io/corrupt', { code: 'io.geojson.valid-json', params: { message: (e as Error).message } });
  }
  if (!doc || typeof doc !== 'object') throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.geojson.geojson-object' });
  const d = doc as { type?: string; features?: Json[] };
  let features: Json[];
  if (d.type === 'FeatureCollection') {
    if (!Array.isArray(d.features)) throw new IoError({ file, field: 'features' }, 'io/missing-value', { code: 'io.geojson.featurecollection-without-features-array' });
    features = d.features;
  } else if (d.type === 'Feature') features = [d];
  else throw new IoError({ file, field: 'type' }, 'io/wrong-file-type', { code: 'io.geojson.geojson-featurecollection-type', params: { value: excerpt(JSON.stringify(d.type ?? null)) } });
  const transform = crsOf(doc as never, file);
  const collector = new AreaCollector(file, 'geojson', transform ? 'from GeoJSON crs member' : 'WGS 84', options);
  features.forEach((f, i) => {
    const label = `feature ${i + 1}`;
    const feat = (f ?? {}) as { properties?: Record<string, Json> | null; geometry?: Json; id?: Json };
    const attributes: Record<string, AttributeValue> = {};
    for (const [k, v] of Object.entries(feat.properties ?? {})) {
      attributes[k] = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
    }
    const polys: RawPolygons = [];
    let type: string;
    try {
      type = collect(feat.geometry, polys);
    } catch (e) {
      const why = errorDetail(e);
      collector.bad(label, { row: i + 1 }, { code: 'io.geojson.broken-geometry', params: { detail: why } });
      return;
    }
    if (polys.length === 0) {
      collector.add({ label, attributes, polygons: null, otherType: type });
      return;
    }
    if (!transform && !looksGeographic(polys)) {
      throw new IoError({ file, row: i + 1 }, 'io/unsupported-crs', { code: 'io.geojson.coordinates-longitude-latitude-geojson' });
    }
    collector.add({ label, attributes, polygons: reprojectPolygons(polys, transform), fallbackCode: typeof feat.id === 'string' ? feat.id : undefined });
  });
  return collector.finish();
}

/** Imports areas from a .geojson / .json file. */
export function importGeoJson(path: string, options: ImportOptions = {}): ImportResult {
  const file = options.displayName ?? basename(path);
  return importGeoJsonText(readFileSync(path, 'utf8'), file, options);
}
