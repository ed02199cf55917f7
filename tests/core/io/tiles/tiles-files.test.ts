/**
 * Offline streets files: small real MBTiles and PMTiles v3 files written in the test (see
 * tests/helpers/tiles-files.ts) give back the tile asked for, by XYZ address; damaged and
 * hostile files are refused with an error naming the file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { openTilesFile } from '../../../../core/io/tiles';
import { IoError } from '../../../../core/io/io-error';
import { tempDir } from '../../../helpers/tmp';
import { png, pmtilesBytes, tileId, writeMbtiles, writePmtiles, type TestTile } from '../../../helpers/tiles-files';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const RED = png(255, 0, 0);
const GREEN = png(0, 255, 0);
const BLUE = png(0, 0, 255);
// Milan (45.46° N, 9.19° E) at zoom 12: x = floor((9.19 + 180) / 360 · 4096) = 2152,
// y = floor((1 − ln(tan φ + sec φ) / π) / 2 · 4096) = floor(1466.0) = 1466.
const MILAN: TestTile = { z: 12, x: 2152, y: 1466, data: RED };
const TILES: TestTile[] = [{ z: 0, x: 0, y: 0, data: GREEN }, { z: 1, x: 1, y: 0, data: BLUE }, MILAN];

function refused(fn: () => unknown): IoError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IoError);
    return e as IoError;
  }
  throw new Error('expected a refusal');
}

describe('Hilbert tile ids of the test writer (spec §3 examples)', () => {
  it('numbers zoom 0, then zoom 1 in curve order, then zoom 2 from 5', () => {
    expect(tileId(0, 0, 0)).toBe(0);
    // Zoom 1: (0,0)=1, (0,1)=2, (1,1)=3, (1,0)=4 — the U of the Hilbert curve.
    expect([tileId(1, 0, 0), tileId(1, 0, 1), tileId(1, 1, 1), tileId(1, 1, 0)]).toEqual([1, 2, 3, 4]);
    expect(tileId(2, 0, 0)).toBe(5);
    // The last tile of zoom 2 is 5 + 15 = 20, at (3,0).
    expect(tileId(2, 3, 0)).toBe(20);
  });
});

describe('MBTiles', () => {
  it('returns the tile asked for in XYZ (stored in TMS rows) and the metadata as plain text', () => {
    const file = path.join(tmp.dir, 'strade.mbtiles');
    writeMbtiles(file, TILES, { name: 'Italia <script>x</script>', format: 'png', minzoom: '0', maxzoom: '12', bounds: '6.6,36.6,18.6,47.1', attribution: '<a href="x">© OpenStreetMap</a>' });
    const r = openTilesFile(file);
    expect(r.info).toEqual({ file: 'strade.mbtiles', container: 'mbtiles', format: 'png', kind: 'raster', minZoom: 0, maxZoom: 12, bounds: [6.6, 36.6, 18.6, 47.1], name: 'Italia x', attribution: '© OpenStreetMap' });
    expect(Buffer.from(r.tile(12, 2152, 1466)!)).toEqual(RED);
    expect(Buffer.from(r.tile(1, 1, 0)!)).toEqual(BLUE);
    expect(r.tile(1, 1, 1)).toBeNull(); // TMS row 0 of zoom 1 is XYZ y 1: not stored
    expect(Buffer.from(r.tile(0, 0, 0)!)).toEqual(GREEN);
    r.close();
  });

  it('reads the deduplicated layout (tiles a view over map + images) without running the view', () => {
    const file = path.join(tmp.dir, 'dedup.mbtiles');
    const db = new Database(file);
    db.exec(`CREATE TABLE metadata (name TEXT, value TEXT); INSERT INTO metadata VALUES ('format', 'png');
      CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);
      CREATE TABLE images (tile_data BLOB, tile_id TEXT);
      CREATE VIEW tiles AS SELECT zoom_level, tile_column, tile_row, tile_data FROM map JOIN images ON images.tile_id = map.tile_id;`);
    db.prepare('INSERT INTO images VALUES (?, ?)').run(BLUE, 'b');
    db.prepare('INSERT INTO map VALUES (1, 0, 0, ?)').run('b'); // TMS row 0 = XYZ y 1
    db.close();
    const r = openTilesFile(file);
    expect(Buffer.from(r.tile(1, 0, 1)!)).toEqual(BLUE);
    r.close();
  });

  it('refuses a file that is not MBTiles, a tiles view without its tables, a bad format, a non-image tile and an oversize tile', () => {
    const text = path.join(tmp.dir, 'note.mbtiles');
    fs.writeFileSync(text, 'solo testo');
    expect(refused(() => openTilesFile(text)).message).toMatch(/^file «note\.mbtiles»: .*MBTiles o PMTiles/);

    const view = path.join(tmp.dir, 'vista.mbtiles');
    const db = new Database(view);
    db.exec(`CREATE TABLE metadata (name TEXT, value TEXT); INSERT INTO metadata VALUES ('format', 'png');
      CREATE VIEW tiles AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT 0 AS zoom_level, 0 AS tile_column, 0 AS tile_row, n AS tile_data FROM r;`);
    db.close();
    const e = refused(() => openTilesFile(view));
    expect(e.code).toBe('io/unsafe-content');
    expect(e.message).toContain('vista.mbtiles');

    const svg = path.join(tmp.dir, 'svg.mbtiles');
    writeMbtiles(svg, [], { format: 'svg' });
    expect(refused(() => openTilesFile(svg)).message).toContain('svg');

    const fake = path.join(tmp.dir, 'falsa.mbtiles');
    writeMbtiles(fake, [{ z: 0, x: 0, y: 0, data: Buffer.from('<html>not an image</html>') }]);
    const r = openTilesFile(fake);
    expect(refused(() => r.tile(0, 0, 0)).message).toMatch(/falsa\.mbtiles.*0\/0\/0.*immagine/);
    r.close();

    const big = path.join(tmp.dir, 'grande.mbtiles');
    writeMbtiles(big, [{ z: 0, x: 0, y: 0, data: Buffer.concat([RED, Buffer.alloc(3 * 1024 * 1024)]) }]);
    const rb = openTilesFile(big);
    expect(refused(() => rb.tile(0, 0, 0)).code).toBe('io/too-large');
    rb.close();
  });
});

describe('PMTiles v3', () => {
  it('returns raster tiles by XYZ from the root directory and through a leaf directory', () => {
    for (const leaf of [false, true]) {
      const file = path.join(tmp.dir, `italia-${leaf}.pmtiles`);
      writePmtiles(file, TILES, { leaf, maxZoom: 12 });
      const r = openTilesFile(file);
      expect(r.info).toEqual({ file: `italia-${leaf}.pmtiles`, container: 'pmtiles', format: 'png', kind: 'raster', minZoom: 0, maxZoom: 12, bounds: [6.6, 36.6, 18.6, 47.1], name: 'Prova PMTiles', attribution: '© OpenStreetMap' });
      expect(Buffer.from(r.tile(12, 2152, 1466)!)).toEqual(RED);
      expect(Buffer.from(r.tile(1, 1, 0)!)).toEqual(BLUE);
      expect(Buffer.from(r.tile(0, 0, 0)!)).toEqual(GREEN);
      expect(r.tile(1, 0, 0)).toBeNull();
      expect(r.tile(12, 2153, 1466)).toBeNull();
      r.close();
    }
  });

  it('gives vector tiles back decompressed', () => {
    const mvt = Buffer.from([0x1a, 0x02, 0x78, 0x01]); // a few bytes standing for a protobuf layer
    const file = path.join(tmp.dir, 'vettoriale.pmtiles');
    writePmtiles(file, [{ z: 0, x: 0, y: 0, data: zlib.gzipSync(mvt) }], { tileType: 1, tileCompression: 2 });
    const r = openTilesFile(file);
    expect(r.info.kind).toBe('vector');
    expect(Buffer.from(r.tile(0, 0, 0)!)).toEqual(mvt);
    r.close();
  });

  it('refuses a truncated file, another version, sections outside the file and a lying directory, naming the file', () => {
    const good = pmtilesBytes(TILES);
    const write = (name: string, b: Buffer) => {
      const f = path.join(tmp.dir, name);
      fs.writeFileSync(f, b);
      return f;
    };
    expect(refused(() => openTilesFile(write('corto.pmtiles', good.subarray(0, 60)))).message).toMatch(/corto\.pmtiles.*troppo corto/);
    const v2 = Buffer.from(good);
    v2[7] = 2;
    expect(refused(() => openTilesFile(write('v2.pmtiles', v2))).message).toMatch(/v2\.pmtiles.*versione PMTiles 2/);
    expect(refused(() => openTilesFile(write('troncato.pmtiles', good.subarray(0, good.length - 10)))).message).toMatch(/troncato\.pmtiles.*esce dal file/);
    // A root directory claiming a million entries in a few bytes (uncompressed, so the lie is read).
    const lie = Buffer.from(pmtilesBytes(TILES, { internalCompression: 1 }));
    lie[127] = 0xc0; lie[128] = 0x84; lie[129] = 0x3d; // varint 1,000,000
    expect(refused(() => openTilesFile(write('bugiardo.pmtiles', lie))).message).toMatch(/bugiardo\.pmtiles.*voci/);
    const badType = Buffer.from(good);
    badType[99] = 9;
    expect(refused(() => openTilesFile(write('tipo.pmtiles', badType))).message).toMatch(/tipo\.pmtiles.*tipo di tessere 9/);
  });
});
