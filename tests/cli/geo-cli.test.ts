/** `condivisa import --kind areas` and `condivisa locate` (in-process). */
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { writeGeoPackage } from '../../core/io/geo';
import { cliWorkspace } from '../helpers/cli';
import { AREA_A, AREA_B, P, areasGeoJson } from '../core/api/geo-fixtures';

const ws = cliWorkspace();
const condivisa = ws.condivisa;

beforeAll(async () => {
  writeGeoPackage(ws.path('aree.gpkg'), [AREA_A, AREA_B]);
  fs.writeFileSync(ws.path('aree.geojson'), areasGeoJson([AREA_A]));
  fs.writeFileSync(ws.path('rotto.geojson'), '{"type": "FeatureCollection", "features": [');
  expect((await condivisa('new', 'p.condivisa', '--name', 'CER CLI')).code).toBe(0);
});

describe('condivisa import / locate', () => {
  it('imports a GeoPackage of areas and reports it as JSON', async () => {
    const r = await condivisa('import', 'p.condivisa', 'aree.gpkg', '--kind', 'areas', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: 'aree.gpkg', format: 'geopackage', count: 2, repaired: 0, dropped: 0 });
    const text = await condivisa('import', 'p.condivisa', 'aree.geojson');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/aree\.geojson \(geojson, .*\): 1 aree importate \(1 sostituite\)/);
  });

  it('locates points: inside, outside, in a hole', async () => {
    const at = async (p: { lat: number; lon: number }) => {
      const r = await condivisa('locate', 'p.condivisa', '--lat', String(p.lat), '--lon', String(p.lon), '--json');
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    expect(await at(P.insideA)).toEqual({ code: 'AC001E00001' });
    expect(await at(P.insideB)).toEqual({ code: 'AC001E00002' });
    expect(await at(P.outside)).toEqual({ code: null });
    expect(await at(P.inHoleOfA)).toEqual({ code: null });
    expect((await condivisa('locate', 'p.condivisa', '--lat', '45,42', '--lon', '9,02')).stdout.trim()).toBe('AC001E00001');
  });

  it('exits 1 with a one-line message naming the file on bad input, changing nothing', async () => {
    const cases = [];
    for (const args of [
      ['import', 'p.condivisa', 'rotto.geojson', '--kind', 'areas'],
      ['import', 'p.condivisa', 'missing.gpkg', '--kind', 'areas'],
      ['import', 'p.condivisa', 'aree.gpkg', '--kind', 'bananas'],
      ['import', 'p.condivisa', 'notes.txt'],
      ['import', 'p.condivisa', 'aree.gpkg', '--near', '45,9'],
      ['locate', 'p.condivisa', '--lat', '95', '--lon', '9'],
      ['locate', 'p.condivisa', '--lat', '45'],
    ]) {
      const r = await condivisa(...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      cases.push(r);
    }
    expect(cases[0]!.stderr).toMatch(/rotto\.geojson/);
    expect(cases[1]!.stderr).toMatch(/missing\.gpkg/);
    const r = await condivisa('locate', 'p.condivisa', '--lat', String(P.insideB.lat), '--lon', String(P.insideB.lon), '--json');
    expect(JSON.parse(r.stdout)).toEqual({ code: 'AC001E00002' });
  });

  it('shows help for both commands', async () => {
    expect((await condivisa('import', '--help')).stdout).toMatch(/Usage: condivisa import <file\.condivisa>.*--kind auto\|areas/);
    expect((await condivisa('locate', '--help')).stdout).toMatch(/Usage: condivisa locate <file\.condivisa> --lat <deg> --lon <deg>/);
  });
});
