/**
 * Size limits of areas files: more features or vertices than allowed is refused with a
 * message saying what to do, before the areas are built; a file over the byte limit is
 * refused before it is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { importAreasFile } from '../../../../core/io/geo';
import { MAX_AREA_FEATURES } from '../../../../core/io/geo/area-limits';
import { IoError } from '../../../../core/io/io-error';
import { tempDir } from '../../../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir()));
afterAll(() => tmp.cleanup());

/** `n` square areas of `side` vertices per edge, as GeoJSON. */
function squares(n: number, perEdge = 1): string {
  const features = Array.from({ length: n }, (_, i) => {
    const x = 9 + (i % 100) * 0.01;
    const y = 45 + Math.floor(i / 100) * 0.01;
    const ring: number[][] = [];
    for (let k = 0; k < perEdge; k++) ring.push([x + (0.005 * k) / perEdge, y]);
    ring.push([x + 0.005, y], [x + 0.005, y + 0.005], [x, y + 0.005], [x, y]);
    return { type: 'Feature', properties: { cod_ac: `AC${String(i).padStart(9, '0')}` }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function refusal(fn: () => unknown): IoError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IoError);
    return e as IoError;
  }
  throw new Error('expected a refusal');
}

describe('areas file limits', () => {
  it('refuses more features than allowed, naming the limit', () => {
    const file = path.join(tmp.dir, 'molte.geojson');
    fs.writeFileSync(file, squares(30));
    expect(importAreasFile(file, { limits: { maxFeatures: 30 } }).areas).toHaveLength(30);
    const e = refusal(() => importAreasFile(file, { limits: { maxFeatures: 29 } }));
    expect(e.code).toBe('io/too-large');
    expect(e.messageEn).toBe('file "molte.geojson": more than 29 features: split the file');
    expect(e.message).toBe('file «molte.geojson»: più di 29 elementi: dividere il file');
    expect(MAX_AREA_FEATURES).toBeGreaterThan(2_100 * 10); // the national GSE file fits many times
  });

  it('refuses more vertices than allowed, counting every ring', () => {
    const file = path.join(tmp.dir, 'dense.geojson');
    // 10 squares of 100 + 4 positions each: 1,040 vertices.
    fs.writeFileSync(file, squares(10, 100));
    expect(importAreasFile(file, { limits: { maxVertices: 1_040 } }).areas).toHaveLength(10);
    const e = refusal(() => importAreasFile(file, { limits: { maxVertices: 1_039 } }));
    expect(e.messageEn).toBe('file "dense.geojson": more than 1,039 vertices: simplify or split the file');
  });
});
