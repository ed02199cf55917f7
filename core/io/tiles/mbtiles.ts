/**
 * MBTiles (1.3) reader for the offline streets layer: a SQLite file with `metadata(name,
 * value)` and `tiles(zoom_level, tile_column, tile_row, tile_data)` in TMS rows (y grows
 * northwards). The file is hostile input: it is opened read-only with the schema distrusted
 * (core/io/untrusted-sqlite), `tiles` must be a plain table — or, in the common deduplicated
 * layout where `tiles` is a view, we read its plain tables `map` and `images` ourselves and
 * never run the view — every query carries a deadline guard, and tiles are size-bounded.
 */
import { basename } from 'node:path';
import zlib from 'node:zlib';
import type Database from 'better-sqlite3';
import { IoError } from '../io-error';
import type { Message } from '../../model/messages';
import { isSqliteFile } from '../geo/geopackage';
import { notAPlainTable, openUntrustedSqlite, readSchema, SqliteDeadlineError } from '../untrusted-sqlite';
import { imageFormat, MAX_TILE_BYTES, MAX_VECTOR_TILE_BYTES, MAX_ZOOM, type TileFormat, type TilesInfo, type TilesReader } from './types';
import { cleanText, parseBounds } from './metadata';

/** One tile lookup is an indexed read; a second means a hostile or broken file. */
const QUERY_MS = 1000;

export function openMbtiles(path: string): TilesReader {
  const file = basename(path);
  const fail = (code: ConstructorParameters<typeof IoError>[1], detail: Message): never => {
    throw new IoError({ file }, code, detail);
  };
  if (!isSqliteFile(path)) fail('io/wrong-file-type', { code: 'io.tiles.mbtiles-sqlite-database' });
  let db: Database.Database;
  try {
    db = openUntrustedSqlite(path);
  } catch (e) {
    return fail('io/corrupt', { code: 'io.tiles.cannot-open-detail', params: { detail: (e as Error).message } });
  }
  try {
    let deadline = 0;
    db.function('condivisa_tile_deadline', { deterministic: false, varargs: true }, () => {
      if (Date.now() > deadline) throw new SqliteDeadlineError(QUERY_MS / 1000);
      return 1;
    });
    const arm = () => (deadline = Date.now() + QUERY_MS);
    const schema = readSchema(db);
    const bad = notAPlainTable(db, schema, 'metadata');
    if (bad) fail('io/unsafe-content', { code: 'io.tiles.not-mbtiles', params: { reason: bad } });
    arm();
    const rows = db.prepare('SELECT name, value FROM metadata WHERE condivisa_tile_deadline(name) LIMIT 1000').all() as { name: unknown; value: unknown }[];
    const meta = new Map(rows.map((r) => [String(r.name).toLowerCase(), String(r.value ?? '')]));

    const rawFormat = (meta.get('format') ?? '').toLowerCase();
    const format: TileFormat | null = rawFormat === 'jpeg' ? 'jpg' : (['png', 'jpg', 'webp', 'pbf'] as const).find((f) => f === rawFormat) ?? null;
    if (!format) fail('io/bad-value', { code: 'io.tiles.tile-format-value-supported', params: { value: cleanText(rawFormat, 20) } });

    // The deduplicated layout (mb-util, tilelive) makes `tiles` a view over map + images.
    const tilesBad = notAPlainTable(db, schema, 'tiles');
    let sql: string;
    if (!tilesBad) {
      sql = 'SELECT tile_data AS d FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ? AND condivisa_tile_deadline(zoom_level) LIMIT 1';
    } else {
      const mapBad = notAPlainTable(db, schema, 'map');
      const imagesBad = notAPlainTable(db, schema, 'images');
      if (mapBad || imagesBad) fail('io/unsafe-content', { code: 'io.tiles.not-mbtiles', params: { reason: tilesBad } });
      sql =
        'SELECT images.tile_data AS d FROM map JOIN images ON images.tile_id = map.tile_id ' +
        'WHERE map.zoom_level = ? AND map.tile_column = ? AND map.tile_row = ? AND condivisa_tile_deadline(map.zoom_level, images.tile_id) LIMIT 1';
    }
    const stmt = db.prepare(sql);
    const zoom = (k: string, dflt: number) => {
      const n = Number(meta.get(k));
      return Number.isInteger(n) && n >= 0 && n <= MAX_ZOOM ? n : dflt;
    };
    const info: TilesInfo = {
      file,
      container: 'mbtiles',
      format: format!,
      kind: format === 'pbf' ? 'vector' : 'raster',
      minZoom: zoom('minzoom', 0),
      maxZoom: zoom('maxzoom', MAX_ZOOM),
      bounds: parseBounds(meta.get('bounds')),
      name: cleanText(meta.get('name') ?? file, 120),
      attribution: cleanText(meta.get('attribution') ?? '', 300),
    };

    return {
      info,
      tile(z, x, y) {
        const n = 2 ** z;
        if (x < 0 || y < 0 || x >= n || y >= n) return null;
        const where = `${z}/${x}/${y}`; // as text: a tile address is not a quantity to group
        arm();
        let row: { d: unknown } | undefined;
        try {
          row = stmt.get(z, x, n - 1 - y) as { d: unknown } | undefined;
        } catch (e) {
          if (e instanceof SqliteDeadlineError) fail('io/too-large', { code: 'io.tiles.tile-read-timeout', params: { where, limit: QUERY_MS / 1000 } });
          return fail('io/corrupt', { code: 'io.tiles.tile-unreadable', params: { where, detail: (e as Error).message } });
        }
        if (!row) return null;
        if (!(row.d instanceof Uint8Array)) fail('io/corrupt', { code: 'io.tiles.tile-not-binary', params: { where } });
        return checkedTile(file, info, row.d as Uint8Array, `${z}/${x}/${y}`);
      },
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    if (e instanceof IoError) throw e;
    throw new IoError({ file }, 'io/corrupt', { code: 'io.tiles.mbtiles-damaged-detail', params: { detail: (e as Error).message } });
  }
}

/**
 * A tile as the map may use it: within the size bound, an image of the declared kind, or a
 * vector tile (decompressed when gzipped, with a bounded output).
 */
export function checkedTile(file: string, info: TilesInfo, bytes: Uint8Array, where: string): Uint8Array {
  if (bytes.length > MAX_TILE_BYTES) {
    throw new IoError({ file }, 'io/too-large', { code: 'io.tiles.tile-where-exceeds-limit', params: { where, limit: MAX_TILE_BYTES / 1024 / 1024 } });
  }
  if (info.kind === 'raster') {
    if (!imageFormat(bytes)) throw new IoError({ file }, 'io/corrupt', { code: 'io.tiles.tile-where-png-jpeg', params: { where } });
    return bytes;
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return zlib.gunzipSync(bytes, { maxOutputLength: MAX_VECTOR_TILE_BYTES });
    } catch (e) {
      throw new IoError({ file }, 'io/corrupt', { code: 'io.tiles.tile-where-does-decompress', params: { where, detail: (e as Error).message } });
    }
  }
  return bytes;
}
