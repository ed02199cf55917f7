import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from '../../../../core/geo/types';
import { signedArea } from '../../../../core/geo/ring';
import { crsFromEpsg } from '../../../../core/geo/projection/crs';
import { tmForward } from '../../../../core/geo/projection/transverse-mercator';
import { importShapefile } from '../../../../core/io/geo/shapefile';
import { readDbf } from '../../../../core/io/geo/dbf';
import { openZip } from '../../../../core/io/zip/openZip';
import { geoZipError } from '../../../../core/io/zip/zip-io-error';
import { importAreasFile } from '../../../../core/io/geo/import-file';
import { makeDbf, makeShp, makeZip, tempDir, writeTemp } from './helpers';
import { ioErrorOf } from '../../../helpers/io-error';

const PRJ_UTM32 = 'PROJCS["WGS_1984_UTM_Zone_32N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const PRJ_WGS84 = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const FIELDS: [string, 'C' | 'N', number, number][] = [['COD_AC', 'C', 11, 0], ['RAG_SOC', 'C', 30, 0], ['P_NUM', 'N', 10, 2]];

// ESRI: clockwise exterior, counter-clockwise hole
const cwSquare = (x: number, y: number, s: number): [number, number][] => [[x, y], [x, y + s], [x + s, y + s], [x + s, y], [x, y]];
const ccwSquare = (x: number, y: number, s: number): [number, number][] => cwSquare(x, y, s).reverse();

function shapefileZip(shapes: Parameters<typeof makeShp>[0], rows: (string | number | null)[][], prj?: string, opts: { encoding?: BufferEncoding; cpg?: string; deleted?: number[] } = {}): Uint8Array {
  const { shp, shx } = makeShp(shapes);
  const entries = [
    { name: 'aree/aree_conv.shp', data: shp },
    { name: 'aree/aree_conv.shx', data: shx, store: true },
    { name: 'aree/aree_conv.dbf', data: makeDbf(FIELDS, rows, opts.encoding, opts.deleted) },
  ];
  if (prj) entries.push({ name: 'aree/aree_conv.prj', data: new TextEncoder().encode(prj) });
  if (opts.cpg) entries.push({ name: 'aree/aree_conv.cpg', data: new TextEncoder().encode(opts.cpg) });
  return makeZip(entries);
}

describe('zipped Shapefile import', () => {
  it('reads rings with ESRI orientation, holes, multipart records and .dbf attributes', () => {
    const dir = tempDir();
    const zip = shapefileZip(
      [
        [cwSquare(12, 42, 1), ccwSquare(12.2, 42.2, 0.2)],
        [cwSquare(9, 45, 0.5), cwSquare(10, 45, 0.5)],
        null,
      ],
      [['AC001E00934', 'Areti SpA', 12.5], ['AC002E00002', 'e-distribuzione', null], ['AC003E00003', 'x', 1]],
      PRJ_WGS84,
    );
    const p = writeTemp(dir, 'aree.zip', zip);
    const { areas, report } = importShapefile(p);
    expect(report.format).toBe('shapefile');
    expect(areas.map((a) => a.code)).toEqual(['AC001E00934', 'AC002E00002']);
    const a0 = areas[0]!.geometry as Polygon;
    expect(a0.coordinates.length).toBe(2);
    expect(signedArea(a0.coordinates[0]!)).toBeCloseTo(1, 12); // normalised to CCW
    expect(signedArea(a0.coordinates[1]!)).toBeCloseTo(-0.04, 12);
    expect(areas[0]!.attributes).toMatchObject({ COD_AC: 'AC001E00934', RAG_SOC: 'Areti SpA', P_NUM: 12.5 });
    expect(areas[0]!.distributor).toBe('Areti SpA');
    expect((areas[1]!.geometry as MultiPolygon).coordinates.length).toBe(2);
    expect(areas[1]!.attributes?.P_NUM).toBeNull();
    expect(report.dropped).toEqual([{ feature: 'record 3', code: 'AC003E00003', reason: 'geometry is Null, not a polygon' }]);
  });

  it('reprojects per .prj (UTM 32N) and decodes Latin-1 text via .cpg', () => {
    const utm = crsFromEpsg(32632)!;
    if (utm.kind !== 'transverse-mercator') throw new Error();
    const ring = cwSquare(9.1, 45.4, 0.1).map(([x, y]) => tmForward(utm.tm, x, y));
    const zip = shapefileZip([[ring]], [['AC001E00934', 'Società Elettrica', 1]], PRJ_UTM32, { encoding: 'latin1', cpg: 'ISO-8859-1' });
    const p = writeTemp(tempDir(), 'utm.zip', zip);
    const { areas, report } = importAreasFile(p);
    expect(report.crs).toBe('WGS_1984_UTM_Zone_32N');
    expect(areas[0]!.distributor).toBe('Società Elettrica');
    const pts = (areas[0]!.geometry as Polygon).coordinates[0]!;
    expect(Math.min(...pts.map((q) => q[0]))).toBeCloseTo(9.1, 9);
    expect(Math.max(...pts.map((q) => q[1]))).toBeCloseTo(45.5, 9);
  });

  it('skips deleted .dbf records and reads numeric fields', () => {
    const dbf = readDbf(makeDbf(FIELDS, [['A', 'x', 3.25], ['B', 'y', -7]], 'utf8', [0]));
    expect(dbf.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['COD_AC:C', 'RAG_SOC:C', 'P_NUM:N']);
    expect(dbf.records).toEqual([null, { COD_AC: 'B', RAG_SOC: 'y', P_NUM: -7 }]);
  });

  it('errors: unknown CRS, missing .prj with projected data, no .shp, broken zip', () => {
    const dir = tempDir();
    const laea = 'PROJCS["ETRS89_LAEA",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PROJECTION["Lambert_Azimuthal_Equal_Area"],UNIT["Meter",1.0]]';
    const p1 = writeTemp(dir, 'laea.zip', shapefileZip([[cwSquare(4000000, 2000000, 1000)]], [['A', 'b', 1]], laea));
    expect(ioErrorOf(() => importShapefile(p1)).messageEn).toMatch(/^file "laea\.zip": aree_conv\.prj: unsupported projection "Lambert_Azimuthal_Equal_Area"/);
    const p2 = writeTemp(dir, 'noprj.zip', shapefileZip([[cwSquare(500000, 4500000, 1000)]], [['A', 'b', 1]]));
    const noPrj = ioErrorOf(() => importShapefile(p2));
    expect(noPrj).toMatchObject({ code: 'io/unsupported-crs', file: 'noprj.zip', layer: 'aree_conv.shp', row: 1 });
    expect(noPrj.messageEn).toMatch(/^file "noprj\.zip", layer "aree_conv\.shp", row 1: coordinates are projected but the \.prj file is missing/);
    const p3 = writeTemp(dir, 'docs.zip', makeZip([{ name: 'readme.txt', data: 'hi' }]));
    expect(ioErrorOf(() => importShapefile(p3)).messageEn).toMatch(/^file "docs\.zip": archive contains no \.shp file/);
    expect(ioErrorOf(() => openZip(new TextEncoder().encode('PK not really a zip file at all.....'), 'finto.zip', { toError: geoZipError })).messageEn).toMatch(/^file "finto\.zip": invalid ZIP archive/);
    const p4 = writeTemp(dir, 'troncato.zip', shapefileZip([[cwSquare(9, 45, 1)]], [['A', 'b', 1]], PRJ_WGS84).subarray(0, 60));
    expect(ioErrorOf(() => importAreasFile(p4)).messageEn).toMatch(/^file "troncato\.zip": unrecognised file type/);
  });
});

describe('importAreasFile dispatch', () => {
  it('detects formats by content and rejects other kinds of file', () => {
    const dir = tempDir();
    const gj = writeTemp(dir, 'aree.json', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { cod_ac: 'AC1' }, geometry: { type: 'Polygon', coordinates: [[[9, 45], [9.1, 45], [9.1, 45.1], [9, 45]]] } }] }));
    expect(importAreasFile(gj).report.format).toBe('geojson');
    const csv = writeTemp(dir, 'aree.gpkg', 'cod_ac;lat;lon\nAC1;45;9\n');
    expect(ioErrorOf(() => importAreasFile(csv)).messageEn).toMatch(/^file "aree\.gpkg": unrecognised file type/);
    const empty = writeTemp(dir, 'vuoto.kml', '');
    expect(ioErrorOf(() => importAreasFile(empty)).messageEn).toMatch(/^file "vuoto\.kml": the file is empty/);
    expect(ioErrorOf(() => importAreasFile(`${dir}/manca.gpkg`)).messageEn).toMatch(/^file "manca\.gpkg": file not found/);
  });
});
