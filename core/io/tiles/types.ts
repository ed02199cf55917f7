/**
 * An offline tiles file opened for the map's streets layer: what it holds and one tile at a
 * time. Tiles are XYZ (y grows southwards, as Leaflet asks); readers convert their own scheme.
 */
import type { OfflineTilesInfo } from '../../api/common/types/map';

export type TileFormat = OfflineTilesInfo['format'];

export type TilesInfo = OfflineTilesInfo;

export interface TilesReader {
  readonly info: TilesInfo;
  /** The tile's bytes (decompressed for vector tiles), or null when the file has none there. */
  tile(z: number, x: number, y: number): Uint8Array | null;
  close(): void;
}

/** A raster tile is a few tens of kB; 2 MiB is far beyond any real one and bounds a hostile file. */
export const MAX_TILE_BYTES = 2 * 1024 * 1024;
/** Vector tiles decompress to at most this many bytes (bounds a gzip bomb). */
export const MAX_VECTOR_TILE_BYTES = 8 * 1024 * 1024;
/** Deepest zoom we read (the map stops at 18; files rarely go beyond 16). */
export const MAX_ZOOM = 22;

/** The format of image bytes by their magic numbers, or null when they are no image we show. */
export function imageFormat(b: Uint8Array): Exclude<TileFormat, 'pbf'> | null {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 12 && b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'webp';
  return null;
}

export const MIME: Record<Exclude<TileFormat, 'pbf'>, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };
