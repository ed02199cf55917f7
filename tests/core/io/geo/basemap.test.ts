import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../../core/geo/types';
import { bboxOfGeometry } from '../../../../core/geo/bbox';
import { buildAreaIndex, locateArea } from '../../../../core/geo/area-index';
import { repairGeometry } from '../../../../core/geo/repair';
import { BASEMAP_FILES, loadBasemap } from '../../../../core/io/geo/basemap';

const DIR = join(__dirname, '../../../../resources/basemap');

describe('offline basemap', () => {
  const map = loadBasemap(DIR);

  it('has the expected layers and stays compact', () => {
    expect(map.regions.features.length).toBe(20);
    expect(map.provinces.features.length).toBe(110);
    expect(map.places.features.filter((f) => f.properties.rank === 2).length).toBe(21); // incl. Bolzano and Trento
    expect(map.places.features.filter((f) => f.properties.rank >= 1).length).toBe(107);
    expect(map.outline.features.find((f) => f.properties.italy)?.properties.name).toBe('Italia');
    const total = Object.values(BASEMAP_FILES).reduce((s, f) => s + statSync(join(DIR, f)).size, 0);
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });

  it('region polygons are valid and contain their capitals', () => {
    const areas: Area[] = map.regions.features.map((f) => ({ code: f.properties.code, name: f.properties.name, distributor: '', geometry: f.geometry, bbox: bboxOfGeometry(f.geometry) }));
    for (const a of areas) {
      const problems = repairGeometry(a.geometry).issues.filter((i) => i.kind !== 'orientation');
      expect(problems, a.name).toEqual([]);
    }
    const index = buildAreaIndex(areas);
    const place = (n: string) => map.places.features.find((f) => f.properties.name === n)!.geometry.coordinates;
    expect(locateArea(index, ...place('Roma'))?.name).toBe('Lazio');
    expect(locateArea(index, ...place('Milano'))?.name).toBe('Lombardia');
    expect(locateArea(index, ...place('Cagliari'))?.name).toBe('Sardegna');
    expect(locateArea(index, ...place('Bolzano'))?.name).toMatch(/^Trentino/);
    expect(locateArea(index, 12.4534, 41.9029)).toBeUndefined(); // Vatican City is a hole in Lazio
  });
});
