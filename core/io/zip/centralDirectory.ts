/**
 * ZIP structure: End-of-Central-Directory → central directory → local headers. Only what
 * the central directory says is trusted for sizes and CRC; local headers are used for the
 * data offset. ZIP64 is refused (none of our inputs needs 4 GB entries), and so are more
 * entries than the limit, before anything is inflated.
 */
import type { ZipLimits } from './limits';
import type { ZipProblem } from './zipProblem';

export interface ZipEntry {
  /** Path inside the archive (forward slashes). */
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when the entry is read. */
  method: number;
  encrypted: boolean;
  /** CRC-32 of the uncompressed content, from the central directory. */
  crc: number;
  /** Declared sizes [bytes]; `size` is checked against the inflated output. */
  compressedSize: number;
  size: number;
  /** Offset of the local header in the archive. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const MAX_COMMENT = 65535;

type Fail = (p: Omit<ZipProblem, 'file'>) => never;

const corrupt = (fail: Fail, it: string, en: string): never => fail({ code: 'CORRUPT', it, en });

function findEocd(v: DataView): number {
  const min = Math.max(0, v.byteLength - 22 - MAX_COMMENT);
  for (let i = v.byteLength - 22; i >= min; i--) if (v.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** Lists the file entries (folders left out) of an archive held in memory. */
export function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits, fail: Fail): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) corrupt(fail, 'archivio troppo corto', 'archive too short');
  const eocd = findEocd(v);
  if (eocd < 0) corrupt(fail, 'indice finale mancante: file troncato', 'end of central directory missing: file truncated');
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    fail({ code: 'UNSUPPORTED', it: 'archivi ZIP64 non supportati', en: 'ZIP64 archives are not supported' });
  }
  if (count > limits.maxEntries) {
    fail({ code: 'LIMIT', it: `l'archivio elenca ${count} voci, oltre il limite di ${limits.maxEntries}`, en: `the archive lists ${count} entries, beyond the limit of ${limits.maxEntries}` });
  }
  if (count === 0 || cdOffset + cdSize > eocd) corrupt(fail, 'indice centrale non valido', 'invalid central directory');
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || v.getUint32(p, true) !== CEN) corrupt(fail, `voce ${k + 1} dell'indice non valida`, `bad central directory entry ${k + 1}`);
    const nameLen = v.getUint16(p + 28, true);
    if (p + 46 + nameLen > eocd) corrupt(fail, `voce ${k + 1} dell'indice non valida`, `bad central directory entry ${k + 1}`);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/');
    const entry: ZipEntry = {
      name,
      method: v.getUint16(p + 10, true),
      encrypted: (v.getUint16(p + 8, true) & 1) !== 0,
      crc: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
    };
    p += 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    if (!name.endsWith('/')) entries.push(entry);
  }
  return entries;
}

/** Offset of an entry's compressed data, after checking its local header lies inside the archive. */
export function dataOffset(bytes: Uint8Array, e: ZipEntry, fail: Fail): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lho = e.localOffset;
  if (lho + 30 > bytes.byteLength || v.getUint32(lho, true) !== 0x04034b50) {
    corrupt(fail, `intestazione locale di «${e.name}» non valida`, `bad local header of "${e.name}"`);
  }
  const start = lho + 30 + v.getUint16(lho + 26, true) + v.getUint16(lho + 28, true);
  if (start + e.compressedSize > bytes.byteLength) corrupt(fail, `«${e.name}» troncato`, `"${e.name}" truncated`);
  return start;
}
