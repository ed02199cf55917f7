/**
 * Map figures of issue 6 for `npm run bench`:
 * - the importer's own benchmark (2,100 synthetic areas, 500,000 vertices: import < 5 s,
 *   10,000 point-in-polygon < 200 ms);
 * - the same file imported into a project through CoreService (one transaction, with the
 *   re-location of 1,000 members) and the GeoJSON the map receives;
 * - pan/zoom frame time in Chromium with all those areas and 1,000 points on the map
 *   (requestAnimationFrame intervals while a user drags and zooms), when Chromium and the
 *   built renderer are there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeGeoPackage } from '../core/io/geo';
import { benchAreas, syntheticAreas } from './geo-areas';
import { createCoreService, type CoreService } from '../core/api/node/core-service';
import { openProjectByPath, withAppPage } from './browser';
import { ProjectStore } from '../core/store/project-store';
import { defaultMember } from '../core/model/entity-validation';

export interface MapFigure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Deterministic points over Italy's bbox. */
function points(n: number): { lat: number; lon: number }[] {
  let a = 12345;
  const rand = () => ((a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, () => ({ lat: 36.8 + rand() * 10, lon: 6.8 + rand() * 11.5 }));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** rAF intervals while dragging and zooming the map; null when Chromium or the renderer is missing. */
async function frameTimes(service: CoreService, project: string): Promise<{ mean: number; p95: number; max: number; frames: number } | null> {
  return withAppPage(service, ROOT, { width: 1400, height: 900 }, async (page) => {
    await openProjectByPath(page, project);
    await page.locator('[data-test="tab-map"]').click();
    await page.locator('[data-test="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const box = (await page.locator('[data-test="map"]').boundingBox())!;
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    // runs in the page (this tsconfig has no DOM types, hence globalThis)
    await page.evaluate(() => {
      const w = globalThis as unknown as { __frames: number[]; __run: boolean; requestAnimationFrame(cb: (t: number) => void): number };
      w.__frames = [];
      w.__run = true;
      const tick = (t: number) => {
        w.__frames.push(t);
        if (w.__run) w.requestAnimationFrame(tick);
      };
      w.requestAnimationFrame(tick);
    });
    // pans in four directions, then zoom in and out with the wheel, twice
    for (let round = 0; round < 2; round++) {
      for (const [dx, dy] of [[300, 0], [0, 200], [-300, 0], [0, -200]] as const) {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        await page.mouse.move(cx + dx, cy + dy, { steps: 20 });
        await page.mouse.up();
        await page.waitForTimeout(150);
      }
      for (const delta of [-300, -300, 300, 300]) {
        await page.mouse.move(cx, cy);
        await page.mouse.wheel(0, delta);
        await page.waitForTimeout(450);
      }
    }
    const stamps = await page.evaluate(() => {
      const w = globalThis as unknown as { __frames: number[]; __run: boolean };
      w.__run = false;
      return w.__frames;
    });
    const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!).sort((a, b) => a - b);
    const mean = deltas.reduce((s, d) => s + d, 0) / deltas.length;
    return { mean, p95: percentile(deltas, 0.95), max: deltas[deltas.length - 1]!, frames: deltas.length };
  });
}

export async function benchMap(): Promise<MapFigure[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-bench-map-'));
  const figures: MapFigure[] = [];
  const service = createCoreService({
    host: 'cli',
    workspaceDir: tmp,
    recentFile: path.join(tmp, 'cfg', 'recent.json'),
    resourcesDir: path.join(ROOT, 'resources'),
    version: 'bench',
  });
  try {
    const b = benchAreas(tmp);
    figures.push(
      { name: `areas: import ${b.areas.toLocaleString('en')} areas, ${b.vertices.toLocaleString('en')} vertices (GeoPackage)`, value: b.importSeconds, unit: 's', target: 5 },
      { name: 'areas: build the point-location index', value: b.indexMs, unit: 'ms' },
      { name: 'areas: locate 10,000 points (point in polygon)', value: b.pipMs, unit: 'ms', target: 200 },
    );

    // The same national file into a project with 1,000 located members.
    const project = (await service.createProject({ path: 'mappa', name: 'Bench mappa', type: 'CER' })).path;
    const store = ProjectStore.open(project);
    store.tx(() => {
      let i = 0;
      for (const p of points(1000)) store.addMember({ ...defaultMember(`Membro ${++i}`), ...p });
    });
    store.close();
    const gpkg = path.join(tmp, 'aree.gpkg');
    writeGeoPackage(gpkg, syntheticAreas());
    let t = performance.now();
    const summary = await service.importAreas({ project, path: gpkg });
    figures.push({ name: `areas: importAreas into a project (+ re-locate ${summary.relocated.members} members)`, value: (performance.now() - t) / 1000, unit: 's', target: 5 });
    t = performance.now();
    const fc = await service.getAreasGeoJson({ project, simplifyMetres: 10 });
    figures.push({ name: 'map: areas GeoJSON for display (simplified 10 m)', value: performance.now() - t, unit: 'ms' });
    figures.push({ name: 'map: size of that GeoJSON', value: JSON.stringify(fc).length / 2 ** 20, unit: 'MB' });

    const frames = await frameTimes(service, project);
    if (frames) {
      figures.push(
        { name: `map: pan/zoom frame time, mean (${frames.frames} frames, 2,100 areas, 1,000 points)`, value: frames.mean, unit: 'ms', target: 50 },
        { name: 'map: pan/zoom frame time, 95th percentile', value: frames.p95, unit: 'ms', target: 100 },
        { name: 'map: pan/zoom frame time, worst', value: frames.max, unit: 'ms' },
      );
    } else {
      console.log('  (map frame time skipped: needs Chromium and dist/renderer)');
    }
  } finally {
    service.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return figures;
}
