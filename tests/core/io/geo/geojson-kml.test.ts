import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from '../../../../core/geo/types';
import { importGeoJsonText } from '../../../../core/io/geo/geojson';
import { importKml, importKmlText } from '../../../../core/io/geo/kml';
import { parseXml } from '../../../../core/io/geo/xml';
import { IoError } from '../../../../core/io/io-error';
import { ioErrorOf } from '../../../helpers/io-error';
import { makeZip, tempDir, writeTemp } from './helpers';

const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const sq = (x: number, y: number, s = 0.1) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('GeoJSON import', () => {
  it('reads codes from cod_ac / code / COD_AC and MultiPolygons', () => {
    const text = fc([
      { type: 'Feature', properties: { cod_ac: 'AC001E00001', rag_soc: 'Areti SpA' }, geometry: { type: 'Polygon', coordinates: [sq(12, 42)] } },
      { type: 'Feature', properties: { code: 'AC001E00002', name: 'Due' }, geometry: { type: 'MultiPolygon', coordinates: [[sq(13, 42)], [sq(14, 42)]] } },
      { type: 'Feature', properties: { COD_AC: 'AC001E00003' }, geometry: { type: 'Polygon', coordinates: [sq(15, 42)] } },
      { type: 'Feature', properties: { cod_ac: 'AC001E00004' }, geometry: { type: 'Point', coordinates: [1, 2] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [sq(16, 42)] } },
    ]);
    const { areas, report } = importGeoJsonText(text, 'aree.geojson');
    expect(areas.map((a) => a.code)).toEqual(['AC001E00001', 'AC001E00002', 'AC001E00003']);
    expect(areas[0]!.distributor).toBe('Areti SpA');
    expect(areas[1]!.name).toBe('Due');
    expect((areas[1]!.geometry as MultiPolygon).coordinates.length).toBe(2);
    expect(report.dropped).toEqual([
      { feature: 'feature 4', code: 'AC001E00004', reason: 'geometry is Point, not a polygon' },
      { feature: 'feature 5', reason: 'no area code (cod_ac / code attribute)' },
    ]);
  });

  it('honours a legacy EPSG crs member (UTM 33N)', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32633' } },
      features: [{ type: 'Feature', properties: { cod_ac: 'AC1' }, geometry: { type: 'Polygon', coordinates: [[[500000, 4500000], [501000, 4500000], [501000, 4501000], [500000, 4500000]]] } }],
    });
    const ring = (importGeoJsonText(text, 'utm.geojson').areas[0]!.geometry as Polygon).coordinates[0]!;
    expect(ring[0]![0]).toBeCloseTo(15, 9); // central meridian of zone 33
  });

  it('gives clear errors for bad input', () => {
    expect(ioErrorOf(() => importGeoJsonText('{"type": "Feat', 'x.geojson')).messageEn).toMatch(/^file "x\.geojson": not valid JSON/);
    expect(ioErrorOf(() => importGeoJsonText('{"type":"Topology"}', 'x.geojson')).messageEn).toMatch(/not a GeoJSON FeatureCollection/);
    expect(ioErrorOf(() => importGeoJsonText(fc([]), 'vuoto.geojson')).messageEn).toMatch(/^file "vuoto\.geojson": the layer is empty/);
    expect(ioErrorOf(() => importGeoJsonText(fc([{ type: 'Feature', properties: { cod_ac: 'A' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], ['a', 1]]] } }]), 'b.geojson')).messageEn)
      .toMatch(/^file "b\.geojson", row 1: broken geometry/);
    expect(() => importGeoJsonText(fc([{ type: 'Feature', properties: { cod_ac: 'A' }, geometry: { type: 'Polygon', coordinates: [[[500000, 4500000], [500100, 4500000], [500100, 4500100], [500000, 4500000]]] } }]), 'p.geojson'))
      .toThrow(IoError);
  });
});

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Aree &amp; cabine</name>
<!-- a comment -->
<Placemark><name>AC001E00934</name><description><![CDATA[<b>Roma</b>]]></description>
  <ExtendedData><Data name="rag_soc"><value>Areti SpA</value></Data></ExtendedData>
  <Polygon><outerBoundaryIs><LinearRing><coordinates>
    12.4,41.8,0 12.6,41.8,0 12.6,42.0,0 12.4,42.0,0 12.4,41.8,0
  </coordinates></LinearRing></outerBoundaryIs>
  <innerBoundaryIs><LinearRing><coordinates>12.45,41.85 12.45,41.9 12.5,41.9 12.5,41.85 12.45,41.85</coordinates></LinearRing></innerBoundaryIs>
  </Polygon></Placemark>
<Placemark><name>Zona nord</name>
  <ExtendedData><SchemaData schemaUrl="#s"><SimpleData name="cod_ac">AC002E00002</SimpleData></SchemaData></ExtendedData>
  <MultiGeometry>
    <Polygon><outerBoundaryIs><LinearRing><coordinates>9,45 9.1,45 9.1,45.1 9,45</coordinates></LinearRing></outerBoundaryIs></Polygon>
    <Polygon><outerBoundaryIs><LinearRing><coordinates>9.2,45 9.3,45 9.3,45.1 9.2,45</coordinates></LinearRing></outerBoundaryIs></Polygon>
  </MultiGeometry></Placemark>
<Placemark><name>Cabina</name><Point><coordinates>9,45</coordinates></Point></Placemark>
</Document></kml>`;

describe('KML / KMZ import', () => {
  it('parses a small XML document', () => {
    const x = parseXml('<a x="1 &lt; 2"><b>t&#233;&#x20AC;</b><c/></a>');
    expect(x.attrs.x).toBe('1 < 2');
    expect(x.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(x.children[0]!.text).toBe('té€');
    expect(ioErrorOf(() => parseXml('<a><b></a>')).messageEn).toMatch(/mismatched/);
  });

  it('reads Placemarks with Polygon (holes) and MultiGeometry', () => {
    const { areas, report } = importKmlText(KML, 'aree.kml');
    expect(areas.map((a) => a.code)).toEqual(['AC001E00934', 'AC002E00002']);
    expect(areas[0]!.distributor).toBe('Areti SpA');
    expect((areas[0]!.geometry as Polygon).coordinates.length).toBe(2);
    expect(areas[0]!.attributes?.description).toBe('<b>Roma</b>');
    expect(areas[1]!.name).toBe('Zona nord');
    expect(areas[1]!.geometry.type).toBe('MultiPolygon');
    expect(report.dropped).toEqual([{ feature: 'placemark 3 "Cabina"', reason: 'geometry is Point, not a polygon' }]);
  });

  it('reads KMZ archives and reports bad KML', () => {
    const dir = tempDir();
    const kmz = writeTemp(dir, 'aree.kmz', makeZip([{ name: 'doc.kml', data: KML }]));
    expect(importKml(kmz).areas.length).toBe(2);
    expect(ioErrorOf(() => importKmlText('<kml><Placemark>', 'rotto.kml')).messageEn).toMatch(/^file "rotto\.kml": not valid XML/);
    expect(ioErrorOf(() => importKmlText('<html></html>', 'pagina.kml')).messageEn).toMatch(/^file "pagina\.kml": not a KML document/);
    const bad = KML.replace('9.2,45 9.3,45', '9.2;45 9.3,45');
    const broken = ioErrorOf(() => importKmlText(bad, 'c.kml'));
    expect(broken).toMatchObject({ code: 'io/bad-geometry', file: 'c.kml', row: 2, feature: 'Zona nord' });
    expect(broken.messageEn).toMatch(/^file "c\.kml", row 2, feature "Zona nord": broken geometry/);
  });
});
