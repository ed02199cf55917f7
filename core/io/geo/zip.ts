/**
 * ZIP archive reader: End-of-Central-Directory → central directory → local
 * headers; methods 0 (stored) and 8 (deflate, via node:zlib inflateRawSync).
 * ZIP64 and encrypted entries are rejected with an IoError.
 */
import { inflateRawSync } from 'node:zlib';
import { IoError } from '../io-error';

export interface ZipEntry {
  /** Path inside the archive (forward slashes). */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Decompressed content (computed on demand). */
  data(): Uint8Array;
}

/** Lists the file entries of a ZIP archive held in memory. `file` names the archive in errors. */
export function readZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (msg: string): never => { throw new IoError({ file }, 'io/corrupt', `archivio ZIP non valido: ${msg}`, `invalid ZIP archive: ${msg}`); };
  if (bytes.byteLength < 22) fail('file too short');
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65535); i--) {
    if (v.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) fail('end of central directory not found');
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) fail('ZIP64 archives are not supported');
  if (cdOffset + cdSize > bytes.byteLength) fail('central directory out of range');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.byteLength || v.getUint32(p, true) !== 0x02014b50) fail(`bad central directory entry ${k + 1}`);
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const compressedSize = v.getUint32(p + 20, true);
    const size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const localOffset = v.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/');
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    if (flags & 1) fail(`entry "${name}" is encrypted`);
    if (localOffset + 30 > bytes.byteLength || v.getUint32(localOffset, true) !== 0x04034b50) fail(`bad local header for "${name}"`);
    const start = localOffset + 30 + v.getUint16(localOffset + 26, true) + v.getUint16(localOffset + 28, true);
    if (start + compressedSize > bytes.byteLength) fail(`entry "${name}" is truncated`);
    entries.push({
      name, method, compressedSize, size,
      data: () => {
        const raw = bytes.subarray(start, start + compressedSize);
        if (method === 0) return raw;
        if (method !== 8) return fail(`entry "${name}" uses unsupported compression method ${method}`);
        try {
          return new Uint8Array(inflateRawSync(raw));
        } catch (e) {
          return fail(`entry "${name}" cannot be decompressed (${(e as Error).message})`);
        }
      },
    });
  }
  return entries;
}
