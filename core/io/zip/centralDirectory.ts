/**
 * ZIP structure: End-of-Central-Directory → central directory → local headers. Only what
 * the central directory says is trusted for sizes and CRC; local headers are used for the
 * data offset. ZIP64 is refused (none of our inputs needs 4 GB entries), and so are more
 * entries than the limit, before anything is inflated.
 */
import type { ZipLimits } from './limits';
import type { ZipProblem } from './zipProblem';
import type { Message } from '../../model/messages';

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

const corrupt = (fail: Fail, detail: Message): never => fail({ code: 'CORRUPT', detail });

function findEocd(v: DataView): number {
  const min = Math.max(0, v.byteLength - 22 - MAX_COMMENT);
  for (let i = v.byteLength - 22; i >= min; i--) if (v.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** Lists the file entries (folders left out) of an archive held in memory. */
export function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits, fail: Fail): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) corrupt(fail, { code: 'io.zip.too-short' });
  const eocd = findEocd(v);
  if (eocd < 0) corrupt(fail, { code: 'io.zip.no-end-of-directory' });
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    fail({ code: 'UNSUPPORTED', detail: { code: 'io.zip.zip64' } });
  }
  if (count > limits.maxEntries) {
    fail({ code: 'LIMIT', detail: { code: 'io.zip.entries-limit', params: { count: String(count), limit: String(limits.maxEntries) } } });
  }
  if (count === 0 || cdOffset + cdSize > eocd) corrupt(fail, { code: 'io.zip.bad-central-directory' });
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || v.getUint32(p, true) !== CEN) corrupt(fail, { code: 'io.zip.bad-directory-entry', params: { n: String(k + 1) } });
    const nameLen = v.getUint16(p + 28, true);
    if (p + 46 + nameLen > eocd) corrupt(fail, { code: 'io.zip.bad-directory-entry', params: { n: String(k + 1) } });
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
    corrupt(fail, { code: 'io.zip.bad-local-header', params: { entry: e.name } });
  }
  const start = lho + 30 + v.getUint16(lho + 26, true) + v.getUint16(lho + 28, true);
  if (start + e.compressedSize > bytes.byteLength) corrupt(fail, { code: 'io.zip.entry-truncated', params: { entry: e.name } });
  return start;
}
