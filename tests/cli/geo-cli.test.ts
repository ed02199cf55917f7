import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { writeGeoPackage } from '../../core/io/geo';
import { tempDir } from '../helpers/tmp';
import { cliRunner, ensureCliBuilt } from '../helpers/cli';
import { AREA_A, AREA_B, P, areasGeoJson } from '../core/api/geo-fixtures';

let tmp: ReturnType<typeof tempDir>;

const condivisa = cliRunner(() => tmp.dir);

beforeAll(() => {
  tmp = tempDir();
  ensureCliBuilt();
  writeGeoPackage(path.join(tmp.dir, 'aree.gpkg'), [AREA_A, AREA_B]);
  fs.writeFileSync(path.join(tmp.dir, 'aree.geojson'), areasGeoJson([AREA_A]));
  fs.writeFileSync(path.join(tmp.dir, 'rotto.geojson'), '{"type": "FeatureCollection", "features": [');
  expect(condivisa('new', 'p.condivisa', '--name', 'CER CLI').code).toBe(0);
}, 120_000);
afterAll(() => tmp.cleanup());

describe('condivisa import / locate', () => {
  it('imports a GeoPackage of areas and reports it as JSON', () => {
    const r = condivisa('import', 'p.condivisa', 'aree.gpkg', '--kind', 'areas', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: 'aree.gpkg', format: 'geopackage', count: 2, repaired: 0, dropped: 0 });
    const text = condivisa('import', 'p.condivisa', 'aree.geojson');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/aree\.geojson \(geojson, .*\): 1 aree importate \(1 sostituite\)/);
  });

  it('locates points: inside, outside, in a hole', () => {
    const at = (p: { lat: number; lon: number }) => {
      const r = condivisa('locate', 'p.condivisa', '--lat', String(p.lat), '--lon', String(p.lon), '--json');
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    expect(at(P.insideA)).toEqual({ code: 'AC001E00001' });
    expect(at(P.insideB)).toEqual({ code: 'AC001E00002' });
    expect(at(P.outside)).toEqual({ code: null });
    expect(at(P.inHoleOfA)).toEqual({ code: null });
    expect(condivisa('locate', 'p.condivisa', '--lat', '45,42', '--lon', '9,02').stdout.trim()).toBe('AC001E00001');
  });

  it('exits 1 with a one-line message naming the file on bad input, changing nothing', () => {
    const cases = [
      condivisa('import', 'p.condivisa', 'rotto.geojson', '--kind', 'areas'),
      condivisa('import', 'p.condivisa', 'missing.gpkg', '--kind', 'areas'),
      condivisa('import', 'p.condivisa', 'aree.gpkg', '--kind', 'bananas'),
      condivisa('import', 'p.condivisa', 'notes.txt'),
      condivisa('import', 'p.condivisa', 'aree.gpkg', '--near', '45,9'),
      condivisa('locate', 'p.condivisa', '--lat', '95', '--lon', '9'),
      condivisa('locate', 'p.condivisa', '--lat', '45'),
    ];
    for (const r of cases) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    }
    expect(cases[0]!.stderr).toMatch(/rotto\.geojson/);
    expect(cases[1]!.stderr).toMatch(/missing\.gpkg/);
    const r = condivisa('locate', 'p.condivisa', '--lat', String(P.insideB.lat), '--lon', String(P.insideB.lon), '--json');
    expect(JSON.parse(r.stdout)).toEqual({ code: 'AC001E00002' });
  });

  it('shows help for both commands', () => {
    expect(condivisa('import', '--help').stdout).toMatch(/Usage: condivisa import <file\.condivisa>.*--kind auto\|areas/);
    expect(condivisa('locate', '--help').stdout).toMatch(/Usage: condivisa locate <file\.condivisa> --lat <deg> --lon <deg>/);
  });
});
