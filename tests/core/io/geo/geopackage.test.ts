import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Area, Polygon } from '../../../../core/geo/types';
import { bboxOfGeometry } from '../../../../core/geo/bbox';
import { tmForward } from '../../../../core/geo/projection/transverse-mercator';
import { crsFromEpsg } from '../../../../core/geo/projection/crs';
import { datumShiftFromWgs84, MONTE_MARIO_TO_WGS84 } from '../../../../core/geo/projection/helmert';
import { INTERNATIONAL_1924 } from '../../../../core/geo/projection/ellipsoid';
import { buildAreaIndex, locateArea } from '../../../../core/geo/area-index';
import { importGeoPackage } from '../../../../core/io/geo/geopackage';
import { writeGeoPackage } from '../../../../core/io/geo/geopackage-write';
import { IoError } from '../../../../core/io/io-error';
import { ioErrorOf } from '../../../helpers/io-error';
import { tempDir } from './helpers';

const area = (code: string, ring: [number, number][], extra: Record<string, string> = {}): Area => {
  const g: Polygon = { type: 'Polygon', coordinates: [ring] };
  return { code, name: code, distributor: 'e-distribuzione SpA', geometry: g, bbox: bboxOfGeometry(g), attributes: { cod_conseg: 'X1', p_cab_pri: 'P123', t_cab_pri: 'CP ROMA', txt1: 'uno', txt2: 'due', ...extra } };
};
const rome = area('AC001E00934', [[12.4, 41.8], [12.6, 41.8], [12.6, 42.0], [12.4, 42.0], [12.4, 41.8]]);
const milan = area('AC002E00001', [[9.1, 45.4], [9.3, 45.4], [9.3, 45.5], [9.1, 45.5], [9.1, 45.4]]);

describe('GeoPackage import', () => {
  it('reads GSE attributes and little-endian geometries', () => {
    const p = join(tempDir(), 'aree.gpkg');
    writeGeoPackage(p, [rome, milan]);
    const { areas, report } = importGeoPackage(p);
    expect(report).toMatchObject({ file: 'aree.gpkg', format: 'geopackage', crs: 'WGS 84', count: 2, featuresRead: 2, repaired: [], dropped: [] });
    const r = areas.find((a) => a.code === 'AC001E00934')!;
    expect(r.distributor).toBe('e-distribuzione SpA');
    expect(r.attributes).toMatchObject({ cod_ac: 'AC001E00934', rag_soc: 'e-distribuzione SpA', cod_conseg: 'X1', p_cab_pri: 'P123', t_cab_pri: 'CP ROMA', txt1: 'uno', txt2: 'due' });
    expect(r.bbox).toEqual([12.4, 41.8, 12.6, 42.0]);
    expect(locateArea(buildAreaIndex(areas), 12.5, 41.9)?.code).toBe('AC001E00934');
  });

  it('reads big-endian geometries', () => {
    const p = join(tempDir(), 'be.gpkg');
    writeGeoPackage(p, [rome], { littleEndian: false });
    expect(importGeoPackage(p).areas[0]!.geometry).toEqual(rome.geometry);
  });

  it('reprojects UTM 32N (EPSG:32632) and Gauss–Boaga (EPSG:3004)', () => {
    const utm = crsFromEpsg(32632)!;
    if (utm.kind !== 'transverse-mercator') throw new Error();
    const p1 = join(tempDir(), 'utm.gpkg');
    writeGeoPackage(p1, [milan], { srsId: 32632, project: (lon, lat) => tmForward(utm.tm, lon, lat) });
    const a1 = importGeoPackage(p1);
    expect(a1.report.crs).toBe('WGS 84 / UTM zone 32N');
    const r1 = (a1.areas[0]!.geometry as Polygon).coordinates[0]!;
    (milan.geometry as Polygon).coordinates[0]!.forEach(([x, y], i) => {
      expect(r1[i]![0]).toBeCloseTo(x, 9);
      expect(r1[i]![1]).toBeCloseTo(y, 9);
    });
    const gb = crsFromEpsg(3004)!;
    if (gb.kind !== 'transverse-mercator') throw new Error();
    const p2 = join(tempDir(), 'gb.gpkg');
    writeGeoPackage(p2, [rome], { srsId: 3004, project: (lon, lat) => tmForward(gb.tm, ...datumShiftFromWgs84(INTERNATIONAL_1924, MONTE_MARIO_TO_WGS84, lon, lat)) });
    const r2 = (importGeoPackage(p2).areas[0]!.geometry as Polygon).coordinates[0]!;
    expect(r2[1]![0]).toBeCloseTo(12.6, 7);
    expect(r2[1]![1]).toBeCloseTo(41.8, 7);
  });

  it('filters by bbox and by distance, and repairs geometries with a report', () => {
    const dir = tempDir();
    const p = join(dir, 'nazionale.gpkg');
    const bow = area('AC003E00003', [[13, 42], [13.2, 42.2], [13.2, 42], [13, 42.2], [13, 42]]);
    writeGeoPackage(p, [rome, milan, bow]);
    const byBox = importGeoPackage(p, { filter: { bbox: [12, 41, 13.1, 43] } });
    expect(byBox.areas.map((a) => a.code).sort()).toEqual(['AC001E00934', 'AC003E00003']);
    expect(byBox.report.filteredOut).toBe(1);
    expect(byBox.report.repaired).toEqual([{ code: 'AC003E00003', feature: 'layer aree_convenzionali, row 3', fixes: [expect.stringMatching(/split into 2 filled ring/), expect.stringMatching(/reoriented 1 ring/)] }]);
    const near = importGeoPackage(p, { filter: { near: { lon: 12.61, lat: 41.9, metres: 1000 } } });
    expect(near.areas.map((a) => a.code)).toEqual(['AC001E00934']);
  });

  it('raises IoError naming the file and row for broken geometry', () => {
    const p = join(tempDir(), 'rotto.gpkg');
    writeGeoPackage(p, [rome, milan]);
    const db = new Database(p);
    db.prepare('INSERT INTO aree_convenzionali (geom, cod_ac) VALUES (?, ?)').run(Buffer.from('GP\u0000\u0001\u0000\u0000\u0000\u0000\u0001\u0003\u0000'), 'AC009E00009');
    db.close();
    expect(() => importGeoPackage(p)).toThrow(IoError);
    const broken = ioErrorOf(() => importGeoPackage(p));
    expect(broken).toMatchObject({ code: 'io/bad-geometry', file: 'rotto.gpkg', layer: 'aree_convenzionali', row: 3 });
    expect(broken.messageEn).toMatch(/^file "rotto\.gpkg", layer "aree_convenzionali", row 3: broken geometry/);
    expect(broken.message).toMatch(/^file «rotto\.gpkg», livello «aree_convenzionali», riga 3: geometria danneggiata/);
    const lenient = importGeoPackage(p, { onBadFeature: 'drop' });
    expect(lenient.areas.length).toBe(2);
    expect(lenient.report.dropped[0]!.feature).toBe('layer aree_convenzionali, row 3');
  });

  it('rejects empty layers, other files and unknown CRS clearly', () => {
    const dir = tempDir();
    const empty = join(dir, 'vuoto.gpkg');
    writeGeoPackage(empty, []);
    expect(ioErrorOf(() => importGeoPackage(empty)).messageEn).toMatch(/^file "vuoto\.gpkg": the layer is empty/);
    const text = join(dir, 'finto.gpkg');
    writeFileSync(text, 'hello, I am a CSV file\n1,2,3\n');
    expect(ioErrorOf(() => importGeoPackage(text)).messageEn).toMatch(/^file "finto\.gpkg": not a GeoPackage/);
    const plain = join(dir, 'plain.sqlite');
    new Database(plain).exec('CREATE TABLE t (a)');
    expect(ioErrorOf(() => importGeoPackage(plain)).messageEn).toMatch(/^file "plain\.sqlite": not a GeoPackage \(gpkg_contents/);
    const laea = join(dir, 'laea.gpkg');
    writeGeoPackage(laea, [rome], { srsId: 3035, srsDefinition: 'PROJCS["ETRS89-extended / LAEA Europe",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101]]],PROJECTION["Lambert_Azimuthal_Equal_Area"],UNIT["metre",1]]' });
    expect(ioErrorOf(() => importGeoPackage(laea)).messageEn).toMatch(/^file "laea\.gpkg": .*srs_id 3035.*Lambert_Azimuthal_Equal_Area/);
  });
});
