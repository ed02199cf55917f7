/**
 * Small real tiles files for the offline streets tests: PNG images, an MBTiles database
 * written with better-sqlite3 (TMS rows, as the MBTiles 1.3 spec says) and a PMTiles v3 file
 * written here from the published spec (github.com/protomaps/PMTiles, spec/v3/spec.md),
 * independently of the reader under test: its own Hilbert tile ids, varints and layout.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';

/** A w×h PNG of one RGB colour (8-bit truecolour, no filter). */
export function png(r: number, g: number, b: number, size = 4): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const raw = Buffer.alloc(size * (1 + 3 * size));
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) raw.set([r, g, b], row * (1 + 3 * size) + 1 + 3 * col);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export interface TestTile {
  z: number;
  x: number;
  /** XYZ row (y grows southwards). */
  y: number;
  data: Buffer;
}

export function writeMbtiles(file: string, tiles: TestTile[], metadata: Record<string, string> = { name: 'Prova', format: 'png', minzoom: '0', maxzoom: '14' }): void {
  const db = new Database(file);
  db.exec('CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);');
  db.exec('CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)');
  const m = db.prepare('INSERT INTO metadata VALUES (?, ?)');
  for (const [k, v] of Object.entries(metadata)) m.run(k, v);
  const t = db.prepare('INSERT INTO tiles VALUES (?, ?, ?, ?)');
  for (const tile of tiles) t.run(tile.z, tile.x, 2 ** tile.z - 1 - tile.y, tile.data);
  db.close();
}

/** Hilbert-curve tile id of the spec: the tiles of all lower zooms, then the position on zoom z's curve. */
export function tileId(z: number, x: number, y: number): number {
  let base = 0;
  for (let i = 0; i < z; i++) base += 4 ** i;
  const n = 2 ** z;
  let d = 0;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    // rotate the quadrant (on the full grid of side n, as the reference xy2d does)
    if (ry === 0) {
      if (rx === 1) {
        x = n - 1 - x;
        y = n - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return base + d;
}

function varints(values: number[]): Buffer {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return Buffer.from(out);
}

interface DirEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function directory(entries: DirEntry[]): Buffer {
  const ids: number[] = [];
  let last = 0;
  for (const e of entries) {
    ids.push(e.tileId - last);
    last = e.tileId;
  }
  return varints([entries.length, ...ids, ...entries.map((e) => e.runLength), ...entries.map((e) => e.length), ...entries.map((e) => e.offset + 1)]);
}

export interface PmtilesOptions {
  /** 1 mvt, 2 png, 3 jpeg, 4 webp. */
  tileType?: number;
  /** Put the tiles in a leaf directory reached from the root (as big files do). */
  leaf?: boolean;
  minZoom?: number;
  maxZoom?: number;
  /** 1 none, 2 gzip: for the directories and metadata. */
  internalCompression?: 1 | 2;
  /** Tile compression byte of the header (2 = gzip for vector tiles). */
  tileCompression?: number;
  metadata?: Record<string, unknown>;
}

export function pmtilesBytes(tiles: TestTile[], o: PmtilesOptions = {}): Buffer {
  const compress = (b: Buffer) => ((o.internalCompression ?? 2) === 2 ? zlib.gzipSync(b) : b);
  const sorted = tiles.map((t) => ({ id: tileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.id - b.id);
  const entries: DirEntry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.id, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  const data = Buffer.concat(sorted.map((t) => t.data));
  let root: Buffer, leaves: Buffer;
  if (o.leaf) {
    leaves = compress(directory(entries));
    root = compress(directory([{ tileId: entries[0]!.tileId, offset: 0, length: leaves.length, runLength: 0 }]));
  } else {
    root = compress(directory(entries));
    leaves = Buffer.alloc(0);
  }
  const meta = compress(Buffer.from(JSON.stringify(o.metadata ?? { name: 'Prova PMTiles', attribution: '<b>© OpenStreetMap</b>' })));
  const h = Buffer.alloc(127);
  h.write('PMTiles', 0, 'latin1');
  h[7] = 3;
  const at = { root: 127, meta: 127 + root.length, leaves: 127 + root.length + meta.length, data: 127 + root.length + meta.length + leaves.length };
  const u64 = (pos: number, v: number) => h.writeBigUInt64LE(BigInt(v), pos);
  u64(8, at.root); u64(16, root.length);
  u64(24, at.meta); u64(32, meta.length);
  u64(40, at.leaves); u64(48, leaves.length);
  u64(56, at.data); u64(64, data.length);
  u64(72, tiles.length); u64(80, tiles.length); u64(88, tiles.length);
  h[96] = 1; // clustered
  h[97] = o.internalCompression ?? 2;
  h[98] = o.tileCompression ?? 1;
  h[99] = o.tileType ?? 2;
  h[100] = o.minZoom ?? 0;
  h[101] = o.maxZoom ?? 14;
  h.writeInt32LE(Math.round(6.6 * 1e7), 102);
  h.writeInt32LE(Math.round(36.6 * 1e7), 106);
  h.writeInt32LE(Math.round(18.6 * 1e7), 110);
  h.writeInt32LE(Math.round(47.1 * 1e7), 114);
  return Buffer.concat([h, root, meta, leaves, data]);
}

export function writePmtiles(file: string, tiles: TestTile[], o: PmtilesOptions = {}): void {
  fs.writeFileSync(file, pmtilesBytes(tiles, o));
}

// --- a minimal Mapbox Vector Tile (spec 2.1), encoded here by hand -------------------------

function pbVarint(v: number): number[] {
  const out: number[] = [];
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
const pbKey = (field: number, wire: number) => pbVarint((field << 3) | wire);
const pbBytes = (field: number, bytes: number[]) => [...pbKey(field, 2), ...pbVarint(bytes.length), ...bytes];
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

/**
 * A vector tile with one layer `name` holding one polygon that covers the whole tile
 * (extent 4096): MoveTo(0,0), LineTo ×3, ClosePath — clockwise in tile coordinates, as an
 * exterior ring must be.
 */
export function mvtSquare(name: string): Buffer {
  const geometry = [9, zigzag(0), zigzag(0), 26, zigzag(4096), zigzag(0), zigzag(0), zigzag(4096), zigzag(-4096), zigzag(0), 15];
  const feature = [...pbKey(1, 0), ...pbVarint(1), ...pbKey(3, 0), ...pbVarint(3), ...pbBytes(4, geometry.flatMap(pbVarint))];
  const layer = [...pbKey(15, 0), ...pbVarint(2), ...pbBytes(1, [...Buffer.from(name, 'utf8')]), ...pbBytes(2, feature), ...pbKey(5, 0), ...pbVarint(4096)];
  return Buffer.from(pbBytes(3, layer));
}
