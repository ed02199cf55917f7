/** Test helpers: temp files, ZIP and Shapefile byte writers (hand-rolled, no deps). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'condivisa-geo-test-'));
}

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

/** Builds a ZIP archive; entries are deflated unless `store` is true. */
export function makeZip(entries: { name: string; data: Uint8Array | string; store?: boolean }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const comp = e.store ? raw : deflateRawSync(raw);
    const method = e.store ? 0 : 8;
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0, 6); lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc >>> 0, 14); lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(raw.length, 22); lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc >>> 0, 16); ch.writeUInt32LE(comp.length, 20); ch.writeUInt32LE(raw.length, 24); ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, comp);
    centrals.push(ch, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** One shapefile record: list of parts (rings as [x, y][]), or null for a null shape. */
export type ShpShape = [number, number][][] | null;

/** Builds .shp and .shx bytes for polygon shapes (rings written as given). */
export function makeShp(shapes: ShpShape[]): { shp: Uint8Array; shx: Uint8Array } {
  const recs: Buffer[] = [];
  const index: [number, number][] = [];
  let offset = 100;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  shapes.forEach((parts, i) => {
    let content: Buffer;
    if (!parts) {
      content = Buffer.alloc(4);
      content.writeInt32LE(0, 0);
    } else {
      const pts = parts.flat();
      content = Buffer.alloc(44 + parts.length * 4 + pts.length * 16);
      content.writeInt32LE(5, 0);
      const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
      const bb = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      bb.forEach((v, k) => content.writeDoubleLE(v, 4 + k * 8));
      minX = Math.min(minX, bb[0]!); minY = Math.min(minY, bb[1]!); maxX = Math.max(maxX, bb[2]!); maxY = Math.max(maxY, bb[3]!);
      content.writeInt32LE(parts.length, 36);
      content.writeInt32LE(pts.length, 40);
      let start = 0, o = 44;
      for (const part of parts) { content.writeInt32LE(start, o); o += 4; start += part.length; }
      for (const [x, y] of pts) { content.writeDoubleLE(x, o); content.writeDoubleLE(y, o + 8); o += 16; }
    }
    const head = Buffer.alloc(8);
    head.writeInt32BE(i + 1, 0);
    head.writeInt32BE(content.length / 2, 4);
    recs.push(head, content);
    index.push([offset / 2, content.length / 2]);
    offset += 8 + content.length;
  });
  const header = (len: number): Buffer => {
    const h = Buffer.alloc(100);
    h.writeInt32BE(9994, 0); h.writeInt32BE(len / 2, 24); h.writeInt32LE(1000, 28); h.writeInt32LE(5, 32);
    [minX, minY, maxX, maxY].forEach((v, k) => h.writeDoubleLE(Number.isFinite(v) ? v : 0, 36 + k * 8));
    return h;
  };
  const shp = Buffer.concat([header(offset), ...recs]);
  const shx = Buffer.concat([header(100 + index.length * 8), ...index.map(([o, l]) => { const b = Buffer.alloc(8); b.writeInt32BE(o, 0); b.writeInt32BE(l, 4); return b; })]);
  return { shp: new Uint8Array(shp), shx: new Uint8Array(shx) };
}

/** Builds .dbf bytes. Fields: [name, type 'C'|'N', length, decimals]. Values encoded with `encoding`. */
export function makeDbf(fields: [string, 'C' | 'N', number, number][], rows: (string | number | null)[][], encoding: BufferEncoding = 'utf8', deleted: number[] = []): Uint8Array {
  const recordLen = 1 + fields.reduce((s, f) => s + f[2], 0);
  const headerLen = 32 + fields.length * 32 + 1;
  const h = Buffer.alloc(headerLen);
  h.writeUInt8(3, 0); h.writeUInt32LE(rows.length, 4); h.writeUInt16LE(headerLen, 8); h.writeUInt16LE(recordLen, 10);
  fields.forEach(([name, type, len, dec], i) => {
    const o = 32 + i * 32;
    h.write(name, o, 'latin1'); h.write(type, o + 11, 'latin1'); h.writeUInt8(len, o + 16); h.writeUInt8(dec, o + 17);
  });
  h.writeUInt8(0x0d, headerLen - 1);
  const body = rows.map((row, r) => {
    const b = Buffer.alloc(recordLen, 0x20);
    b.write(deleted.includes(r) ? '*' : ' ', 0, 'latin1');
    let o = 1;
    fields.forEach(([, type, len], i) => {
      const v = row[i];
      const s = v === null || v === undefined ? '' : String(v);
      const bytes = Buffer.from(type === 'N' ? s.padStart(len) : s, encoding).subarray(0, len);
      bytes.copy(b, o);
      o += len;
    });
    return b;
  });
  return new Uint8Array(Buffer.concat([h, ...body, Buffer.from([0x1a])]));
}
