/**
 * Test-time ZIP writer with full control over the headers, so tests can build archives that
 * lie (declared sizes, entry counts) and bombs that cost no memory to make: N MiB of zeros
 * as N copies of one fully flushed deflate block run (each ~1 kB), closed by an empty final block.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Compressed (method 8) or stored (method 0) bytes as they go in the archive. */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** Uncompressed size written in the headers (may lie). */
  size: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** An honest deflated entry. */
export function deflated(name: string, content: Uint8Array | string): RawEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name, data: deflateRawSync(raw), method: 8, crc: crc32(raw), size: raw.length };
}

/** A stored (uncompressed) entry. */
export function stored(name: string, content: Uint8Array | string): RawEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name, data: raw, method: 0, crc: crc32(raw), size: raw.length };
}

const MiB = 1024 * 1024;

/** Deflate stream of `mib` MiB of zero bytes, built without ever holding them (a few hundred kB for 300 MiB). */
export function zeroBomb(name: string, mib: number): RawEntry {
  const zeros = Buffer.alloc(MiB);
  const piece = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH });
  const pieces: Buffer[] = [];
  let crc = 0;
  for (let i = 0; i < mib; i++) {
    pieces.push(piece);
    crc = crc32(zeros, crc);
  }
  pieces.push(Buffer.from([0x03, 0x00])); // final fixed-Huffman block holding only end-of-block
  return { name, data: Buffer.concat(pieces), method: 8, crc, size: mib * MiB };
}

/** Assembles local headers, data, central directory and end record. `count` overrides the entry count. */
export function zipOf(entries: RawEntry[], count = entries.length): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(e.flags ?? 0, 6);
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt32LE(e.crc >>> 0, 14);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(e.size >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(e.flags ?? 0, 8);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt32LE(e.crc >>> 0, 16);
    ch.writeUInt32LE(e.data.length, 20);
    ch.writeUInt32LE(e.size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, Buffer.from(e.data));
    centrals.push(ch, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
