/**
 * KML / KMZ importer: every Placemark with Polygon or MultiGeometry polygons.
 * Area code from ExtendedData (Data/SimpleData named cod_ac / code …), else from
 * <name> when it looks like an area code (AC001E00934), else <name> as is.
 * KML coordinates are always WGS 84 "lon,lat[,alt]".
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AttributeValue } from '../../geo/types';
import { AreaCollector } from './area-collector';
import { IoError } from '../io-error';
import { errorDetail } from './error-detail';
import { geoZipError } from '../zip/zip-io-error';
import type { ImportOptions, ImportResult } from './import-types';
import type { RawPolygons } from './wkb';
import type { XmlElement } from './xml';
import { child, descendants, parseXml } from './xml';
import { openZip } from '../zip/openZip';
import { excerpt } from '../excerpt';

function parseCoordinates(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const tuple of text.trim().split(/\s+/)) {
    if (tuple === '') continue;
    const parts = tuple.split(',');
    const x = Number(parts[0]), y = Number(parts[1]);
    if (parts.length < 2 || !Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`bad coordinate tuple "${excerpt(tuple)}"`);
    out.push([x, y]);
  }
  return out;
}

function ringsOfPolygon(poly: XmlElement): [number, number][][] {
  const rings: [number, number][][] = [];
  const outer = child(poly, 'outerBoundaryIs');
  const outerRing = outer && descendants(outer, 'coordinates')[0];
  if (!outerRing) throw new Error('Polygon without outerBoundaryIs/LinearRing/coordinates');
  rings.push(parseCoordinates(outerRing.text));
  for (const inner of poly.children.filter((c) => c.name === 'innerBoundaryIs')) {
    for (const c of descendants(inner, 'coordinates')) rings.push(parseCoordinates(c.text));
  }
  return rings;
}

function extendedData(pm: XmlElement): Record<string, AttributeValue> {
  const attrs: Record<string, AttributeValue> = {};
  const ed = child(pm, 'ExtendedData');
  if (!ed) return attrs;
  for (const d of descendants(ed, 'Data')) {
    const v = child(d, 'value');
    if (d.attrs.name) attrs[d.attrs.name] = (v?.text ?? '').trim();
  }
  for (const d of descendants(ed, 'SimpleData')) if (d.attrs.name) attrs[d.attrs.name] = d.text.trim();
  return attrs;
}

/** Imports areas from KML text. */
export function importKmlText(text: string, file: string, options: ImportOptions = {}): ImportResult {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    const why = errorDetail(e);
    throw new IoError({ file }, 'io/corrupt', { code: 'io.kml.valid-xml', params: { detail: why } });
  }
  if (root.name !== 'kml' && root.name !== 'Document' && root.name !== 'Folder') throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.kml.kml-document-root-element', params: { name: root.name } });
  const collector = new AreaCollector(file, 'kml', 'WGS 84', options);
  descendants(root, 'Placemark').forEach((pm, i) => {
    const name = (child(pm, 'name')?.text ?? '').trim();
    const label = `placemark ${i + 1}${name ? ` "${excerpt(name)}"` : ''}`;
    const attributes = extendedData(pm);
    const polys: RawPolygons = [];
    try {
      for (const p of descendants(pm, 'Polygon')) polys.push(ringsOfPolygon(p));
    } catch (e) {
      const why = errorDetail(e);
      collector.bad(label, { row: i + 1, ...(name ? { feature: name } : {}) }, { code: 'io.kml.broken-geometry', params: { detail: why } });
      return;
    }
    if (polys.length === 0) {
      const other = ['Point', 'LineString', 'LinearRing', 'Model', 'Track'].find((t) => descendants(pm, t).length > 0);
      collector.add({ label, attributes, polygons: null, otherType: other ?? 'missing' });
      return;
    }
    const description = (child(pm, 'description')?.text ?? '').trim();
    if (description && attributes.description === undefined) attributes.description = description;
    collector.add({ label, attributes, polygons: polys, fallbackCode: name, fallbackName: name });
  });
  return collector.finish();
}

/** Imports areas from a .kml or .kmz file. */
export function importKml(path: string, options: ImportOptions = {}): ImportResult {
  const file = options.displayName ?? basename(path);
  const bytes = readFileSync(path);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const zip = openZip(bytes, file, { toError: geoZipError });
    const kml = zip.entries.find((e) => /\.kml$/i.test(e.name));
    if (!kml) throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.kml.kmz-archive-contains-kml' });
    return importKmlText(zip.readText(kml), file, options);
  }
  return importKmlText(new TextDecoder('utf-8').decode(bytes), file, options);
}
