/**
 * PMTiles v3 reader for the offline streets layer (spec: github.com/protomaps/PMTiles,
 * spec/v3/spec.md). A 127-byte header, a root directory, optional leaf directories and the
 * tile data; directories are varint-encoded lists of (tile id, run length, length, offset)
 * where the tile id walks a Hilbert curve zoom by zoom. The file is hostile input: the header's
 * sections must lie inside the file, directories are decompressed with a bounded output, hold a
 * bounded number of entries and nest at most three deep, tiles are size-bounded. Read with
 * positioned reads: an Italy extract is a few GB and is never loaded whole.
 */
import fs from 'node:fs';
import { basename } from 'node:path';
import zlib from 'node:zlib';
import { findTile, zxyToTileId, type Entry } from 'pmtiles';
import { IoError } from '../io-error';
import type { Message } from '../../model/messages';
import { checkedTile } from './mbtiles';
import { validBounds, cleanText } from './metadata';
import { MAX_TILE_BYTES, MAX_ZOOM, type TileFormat, type TilesInfo, type TilesReader } from './types';

const HEADER_BYTES = 127;
/** A directory is at most 16 KiB compressed at the root by the spec; leaves are bigger. 32 MiB bounds both. */
const MAX_DIRECTORY_BYTES = 32 * 1024 * 1024;
const MAX_ENTRIES = 2_000_000;
/** The spec's writer never nests deeper than root → leaf → leaf. */
const MAX_DEPTH = 3;
const LEAF_CACHE = 64;

const TILE_TYPES: Record<number, TileFormat | undefined> = { 1: 'pbf', 2: 'png', 3: 'jpg', 4: 'webp' };

export function openPmtiles(path: string): TilesReader {
  const file = basename(path);
  const fail = (code: ConstructorParameters<typeof IoError>[1], detail: Message): never => {
    throw new IoError({ file }, code, detail);
  };
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (e) {
    return fail('io/not-found', { code: 'io.tiles.cannot-open-detail', params: { detail: (e as Error).message } });
  }
  try {
    const size = fs.fstatSync(fd).size;
    const read = (offset: number, length: number): Buffer => {
      if (offset < 0 || length < 0 || offset + length > size) fail('io/corrupt', { code: 'io.tiles.section-offset-length-lies', params: { offset, length, size } });
      const b = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const n = fs.readSync(fd, b, done, length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return b;
    };
    if (size < HEADER_BYTES) fail('io/wrong-file-type', { code: 'io.tiles.pmtiles-too-short' });
    const h = read(0, HEADER_BYTES);
    if (h.toString('latin1', 0, 7) !== 'PMTiles') fail('io/wrong-file-type', { code: 'io.tiles.pmtiles-no-magic-number' });
    if (h[7] !== 3) fail('io/bad-value', { code: 'io.tiles.pmtiles-version-value-supported', params: { value: h[7] } });
    const u64 = (at: number) => {
      const v = h.readBigUInt64LE(at);
      if (v > BigInt(Number.MAX_SAFE_INTEGER)) fail('io/corrupt', { code: 'io.tiles.damaged-header-byte-at', params: { at } });
      return Number(v);
    };
    const section = (at: number, what: Message) => {
      const offset = u64(at), length = u64(at + 8);
      if (offset + length > size) fail('io/corrupt', { code: 'io.tiles.what-section-lies-outside', params: { what } });
      return { offset, length };
    };
    const root = section(8, { code: 'io.tiles.part.root-directory' });
    const leaves = section(40, { code: 'io.tiles.part.leaf-directory' });
    const data = section(56, { code: 'io.tiles.part.data' });
    const internal = h[97]!, tileCompression = h[98]!;
    const format = TILE_TYPES[h[99]!];
    if (!format) fail('io/bad-value', { code: 'io.tiles.tile-type-value-supported', params: { value: h[99] } });
    const minZoom = h[100]!, maxZoom = h[101]!;
    if (minZoom > maxZoom || maxZoom > MAX_ZOOM) fail('io/corrupt', { code: 'io.tiles.zoom-levels-minzoom-maxzoom', params: { minZoom, maxZoom } });
    if (root.length > MAX_DIRECTORY_BYTES) fail('io/too-large', { code: 'io.tiles.root-directory-too-large' });
    const e7 = (at: number) => h.readInt32LE(at) / 1e7;
    const b = [e7(102), e7(106), e7(110), e7(114)];

    const decompress = (bytes: Buffer, how: number, what: Message): Buffer => {
      try {
        if (how === 0 || how === 1) return bytes;
        if (how === 2) return zlib.gunzipSync(bytes, { maxOutputLength: MAX_DIRECTORY_BYTES });
        if (how === 3) return zlib.brotliDecompressSync(bytes, { maxOutputLength: MAX_DIRECTORY_BYTES });
      } catch (e) {
        return fail('io/corrupt', { code: 'io.tiles.what-does-decompress-detail', params: { what, detail: (e as Error).message } });
      }
      return fail('io/bad-value', { code: 'io.tiles.compression-how-supported-none', params: { how } });
    };

    const directory = (offset: number, length: number): Entry[] => {
      if (length > MAX_DIRECTORY_BYTES) fail('io/too-large', { code: 'io.tiles.directory-too-large' });
      return parseDirectory(decompress(read(offset, length), internal, { code: 'io.tiles.part.directory' }), (detail) => fail('io/corrupt', detail));
    };
    const rootEntries = directory(root.offset, root.length);
    const leafCache = new Map<number, Entry[]>();
    const leaf = (offset: number, length: number): Entry[] => {
      const hit = leafCache.get(offset);
      if (hit) return hit;
      const entries = directory(leaves.offset + offset, length);
      if (leafCache.size >= LEAF_CACHE) leafCache.delete(leafCache.keys().next().value!);
      leafCache.set(offset, entries);
      return entries;
    };

    let metaName = file, attribution = '';
    const meta = section(24, { code: 'io.tiles.part.metadata' });
    if (meta.length > 0 && meta.length <= 1024 * 1024) {
      try {
        const json = JSON.parse(decompress(read(meta.offset, meta.length), internal, { code: 'io.tiles.part.metadata' }).toString('utf8')) as Record<string, unknown>;
        if (typeof json.name === 'string') metaName = json.name;
        if (typeof json.attribution === 'string') attribution = json.attribution;
      } catch {
        // metadata are optional: a damaged block leaves the defaults
      }
    }
    const info: TilesInfo = {
      file,
      container: 'pmtiles',
      format: format!,
      kind: format === 'pbf' ? 'vector' : 'raster',
      minZoom,
      maxZoom,
      bounds: validBounds(b) ? (b as [number, number, number, number]) : null,
      name: cleanText(metaName, 120),
      attribution: cleanText(attribution, 300),
    };

    return {
      info,
      tile(z, x, y) {
        if (z < minZoom || z > maxZoom || x < 0 || y < 0 || x >= 2 ** z || y >= 2 ** z) return null;
        const id = zxyToTileId(z, x, y);
        const where = `${z}/${x}/${y}`; // as text: a tile address is not a quantity to group
        let entries = rootEntries;
        for (let depth = 0; depth <= MAX_DEPTH; depth++) {
          const e = findTile(entries, id);
          if (!e) return null;
          if (e.runLength > 0) {
            if (e.length > MAX_TILE_BYTES) fail('io/too-large', { code: 'io.tiles.tile-where-exceeds-limit', params: { where, limit: MAX_TILE_BYTES / 1024 / 1024 } });
            if (e.offset + e.length > data.length) fail('io/corrupt', { code: 'io.tiles.tile-outside-data', params: { where } });
            let bytes: Uint8Array = read(data.offset + e.offset, e.length);
            // Vector tiles are gzipped by the header's tile compression; checkedTile gunzips them, bounded.
            if (format !== 'pbf' && tileCompression > 1) bytes = decompress(bytes as Buffer, tileCompression, { code: 'io.tiles.part.tile', params: { where } });
            return checkedTile(file, info, bytes, where);
          }
          if (e.offset + e.length > leaves.length) fail('io/corrupt', { code: 'io.tiles.leaf-directory-lies-outside' });
          entries = leaf(e.offset, e.length);
        }
        return fail('io/corrupt', { code: 'io.tiles.directories-nested-deeper-than', params: { maxDepth: MAX_DEPTH } });
      },
      close: () => fs.closeSync(fd),
    };
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/** The entries of a decompressed directory (spec §4), checked for size and order. */
function parseDirectory(b: Buffer, corrupt: (detail: Message) => never): Entry[] {
  let pos = 0;
  const varint = (): number => {
    let value = 0, shift = 1;
    for (let i = 0; i < 8; i++) {
      if (pos >= b.length) corrupt({ code: 'io.tiles.truncated-directory' });
      const byte = b[pos++]!;
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
      shift *= 128;
    }
    return corrupt({ code: 'io.tiles.directory-number-too-long' });
  };
  const n = varint();
  // Each entry takes at least 4 bytes: a count above that is a lie that would allocate gigabytes.
  if (n > MAX_ENTRIES || n * 4 > b.length) corrupt({ code: 'io.tiles.directory-claims-entries', params: { n, bytes: b.length } });
  const entries: Entry[] = [];
  let id = 0;
  for (let i = 0; i < n; i++) {
    id += varint();
    entries.push({ tileId: id, offset: 0, length: 0, runLength: 1 });
  }
  for (const e of entries) e.runLength = varint();
  for (const e of entries) e.length = varint();
  for (let i = 0; i < n; i++) {
    const v = varint();
    const prev = entries[i - 1];
    entries[i]!.offset = v === 0 && prev ? prev.offset + prev.length : v - 1;
    if (entries[i]!.offset < 0) corrupt({ code: 'io.tiles.negative-offset-directory' });
  }
  return entries;
}
