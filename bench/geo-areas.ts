/**
 * Benchmark: synthetic national-scale GeoPackage (2,100 areas, 500,000 vertices
 * in total, deterministic, over Italy's bbox) → import time, index build time,
 * and time to locate 10,000 points. Targets: import < 5 s, locate < 200 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Area, Position } from '../core/geo/types';
import { bboxOfGeometry } from '../core/geo/bbox';
import { buildAreaIndex, locateArea } from '../core/geo/area-index';
import { importGeoPackage } from '../core/io/geo/geopackage';
import { writeGeoPackage } from '../core/io/geo/geopackage-write';
import { mulberry32 } from '../core/model/prng';

export interface BenchResult {
  areas: number;
  vertices: number;
  /** Seconds to import the GeoPackage (decode + repair + build Areas). */
  importSeconds: number;
  /** Milliseconds to build the spatial index. */
  indexMs: number;
  /** Milliseconds to locate 10,000 points (index already built). */
  pipMs: number;
  /** Points that fell inside some area. */
  located: number;
}

const BOX = { minLon: 6.6, minLat: 36.6, maxLon: 18.5, maxLat: 47.1 };

/** Builds `count` star-shaped areas with `totalVertices` vertices in total on a grid over Italy. */
export function syntheticAreas(count = 2100, totalVertices = 500_000, seed = 42): Area[] {
  const rand = mulberry32(seed);
  const cols = Math.ceil(Math.sqrt((count * (BOX.maxLon - BOX.minLon)) / (BOX.maxLat - BOX.minLat)));
  const rows = Math.ceil(count / cols);
  const cw = (BOX.maxLon - BOX.minLon) / cols, ch = (BOX.maxLat - BOX.minLat) / rows;
  const per = Math.floor(totalVertices / count);
  let extra = totalVertices - per * count;
  const areas: Area[] = [];
  for (let i = 0; i < count; i++) {
    const n = per + (extra-- > 0 ? 1 : 0) - 1; // distinct vertices (closing point added)
    const cx = BOX.minLon + ((i % cols) + 0.5) * cw, cy = BOX.minLat + (Math.floor(i / cols) + 0.5) * ch;
    const ring: Position[] = [];
    const phase = rand() * Math.PI * 2, lobes = 3 + Math.floor(rand() * 5);
    for (let k = 0; k < n; k++) {
      const t = (k / n) * Math.PI * 2;
      const r = 0.5 * (0.8 + 0.12 * Math.sin(lobes * t + phase) + 0.06 * rand());
      ring.push([cx + r * cw * Math.cos(t), cy + r * ch * Math.sin(t)]);
    }
    ring.push([ring[0]![0], ring[0]![1]]);
    const geometry = { type: 'Polygon' as const, coordinates: [ring] };
    const code = `AC${String(1 + (i % 999)).padStart(3, '0')}${'EFGH'[Math.floor(i / 999)]}${String(i).padStart(5, '0')}`;
    areas.push({ code, name: code, distributor: i % 3 === 0 ? 'e-distribuzione SpA' : 'Areti SpA', geometry, bbox: bboxOfGeometry(geometry), attributes: { cod_conseg: `C${i}`, p_cab_pri: `P${i}`, t_cab_pri: 'CP' } });
  }
  return areas;
}

/** Runs the benchmark inside `tmpDir` (a scratch folder is created and removed). */
export function benchAreas(tmpDir: string): BenchResult {
  const dir = mkdtempSync(join(tmpDir, 'condivisa-geo-bench-'));
  try {
    const path = join(dir, 'aree.gpkg');
    const synthetic = syntheticAreas();
    const vertices = synthetic.reduce((s, a) => s + (a.geometry.type === 'Polygon' ? a.geometry.coordinates[0]!.length : 0), 0);
    writeGeoPackage(path, synthetic);
    let t = performance.now();
    const { areas } = importGeoPackage(path);
    const importSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const index = buildAreaIndex(areas);
    const indexMs = performance.now() - t;
    const rand = mulberry32(7);
    const pts: [number, number][] = [];
    for (let i = 0; i < 10_000; i++) pts.push([BOX.minLon + rand() * (BOX.maxLon - BOX.minLon), BOX.minLat + rand() * (BOX.maxLat - BOX.minLat)]);
    t = performance.now();
    let located = 0;
    for (const [x, y] of pts) if (locateArea(index, x, y)) located++;
    const pipMs = performance.now() - t;
    return { areas: areas.length, vertices, importSeconds, indexMs, pipMs, located };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
