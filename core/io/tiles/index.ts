/** Offline tiles files (MBTiles, PMTiles) for the map's streets layer. */
import fs from 'node:fs';
import { basename } from 'node:path';
import { IoError } from '../io-error';
import { openMbtiles } from './mbtiles';
import { openPmtiles } from './pmtiles';
import type { TilesReader } from './types';

export type { TilesInfo, TilesReader, TileFormat } from './types';
export { MIME, imageFormat, MAX_TILE_BYTES } from './types';

/** Opens a tiles file by its first bytes (not its name): PMTiles or MBTiles (SQLite). */
export function openTilesFile(path: string): TilesReader {
  const file = basename(path);
  let head = Buffer.alloc(16);
  try {
    const fd = fs.openSync(path, 'r');
    try {
      head = head.subarray(0, fs.readSync(fd, head, 0, 16, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    throw new IoError({ file }, 'io/not-found', { code: 'io.tiles.cannot-open-detail', params: { detail: (e as Error).message } });
  }
  if (head.toString('latin1', 0, 7) === 'PMTiles') return openPmtiles(path);
  if (head.toString('latin1', 0, 15) === 'SQLite format 3') return openMbtiles(path);
  throw new IoError({ file }, 'io/wrong-file-type', { code: 'io.tiles.mbtiles-pmtiles-tiles' });
}
