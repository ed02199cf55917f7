/**
 * Offline streets figures for `npm run bench`: one tile read and turned into the data: URL the
 * map receives, from a PMTiles file (root + leaf directory) and from an MBTiles file of 21,845
 * tiles (zooms 0–7), as the map asks for them while a user pans. Target: 2 ms a tile (a
 * screen of 1366 × 768 shows about 24 tiles: under 50 ms for a full screen).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { OfflineTilesService } from '../core/api/node/offline-tiles-service';
import { png, writeMbtiles, writePmtiles, type TestTile } from '../tests/helpers/tiles-files';

export interface TilesFigure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

function allTiles(maxZoom: number): TestTile[] {
  const data = png(200, 180, 160, 16);
  const tiles: TestTile[] = [];
  for (let z = 0; z <= maxZoom; z++) for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, data });
  return tiles;
}

function perTile(service: OfflineTilesService, tiles: TestTile[], reads: number): number {
  let a = 987654;
  const rand = () => ((a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const t0 = performance.now();
  for (let i = 0; i < reads; i++) {
    const t = tiles[Math.floor(rand() * tiles.length)]!;
    if (!service.tile(t.z, t.x, t.y).dataUrl) throw new Error(`tile ${t.z}/${t.x}/${t.y} missing`);
  }
  return (performance.now() - t0) / reads;
}

export function benchTiles(): TilesFigure[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-bench-tiles-'));
  try {
    const tiles = allTiles(7);
    const figures: TilesFigure[] = [];
    for (const [kind, write] of [
      ['PMTiles', (f: string) => writePmtiles(f, tiles, { leaf: true, maxZoom: 7 })],
      ['MBTiles', (f: string) => writeMbtiles(f, tiles, { format: 'png', minzoom: '0', maxzoom: '7' })],
    ] as const) {
      const file = path.join(tmp, `italia.${kind.toLowerCase()}`);
      write(file);
      const service = new OfflineTilesService(path.join(tmp, `${kind}.json`));
      const t0 = performance.now();
      service.choose(file);
      figures.push({ name: `${kind}: open and check ${tiles.length} tiles' file`, value: performance.now() - t0, unit: 'ms', target: 200 });
      figures.push({ name: `${kind}: one tile to a data: URL (5,000 random reads)`, value: perTile(service, tiles, 5000), unit: 'ms', target: 2 });
      service.dispose();
    }
    return figures;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
