/**
 * Structural check of a ZIP container (XLSX) before handing it to exceljs, so that a
 * truncated or corrupted file becomes a clear IoError instead of a stream error or a
 * hang: end-of-central-directory, every local header consistent with the central
 * directory, every entry inflates and matches its CRC-32 and sizes.
 */
import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import { IoError } from '../io-error';
import { excerpt } from '../excerpt';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataOffset: number;
}

const corrupt = (file: string, it: string, en: string): IoError =>
  new IoError({ file }, 'io/corrupt', `file XLSX danneggiato o incompleto (${it})`, `damaged or truncated XLSX file (${en})`);

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 65535);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

/**
 * Validates the container and returns its entries. `inflate` receives each inflated
 * entry (so callers can scan XML, e.g. for merged cells) without keeping them all.
 */
export function checkZip(buf: Buffer, file: string, inflate?: (name: string, data: Buffer) => void): ZipEntryInfo[] {
  if (buf.length < 22) throw corrupt(file, 'troppo corto', 'too short');
  const eocd = findEocd(buf);
  if (eocd < 0) throw corrupt(file, 'indice finale mancante: file troncato', 'end of central directory missing: file truncated');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset + cdSize > eocd || count === 0) throw corrupt(file, 'indice centrale non valido', 'invalid central directory');
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt(file, 'voce di indice non valida', 'bad central directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const lho = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > eocd) throw corrupt(file, 'voce di indice non valida', 'bad central directory entry');
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    const name = nameBytes.toString('utf8');
    // An entry name is file content: quoted short and escaped.
    const shown = excerpt(name);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new IoError({ file }, 'io/encrypted', 'il file è cifrato', 'the file is encrypted');
    if (method !== 0 && method !== 8) throw corrupt(file, `compressione ${method} non supportata`, `unsupported compression ${method}`);
    // local header must agree with the central directory (exceljs reads local headers)
    if (lho + 30 > buf.length || buf.readUInt32LE(lho) !== 0x04034b50) throw corrupt(file, `intestazione locale di ${shown}`, `local header of ${shown}`);
    const lFlags = buf.readUInt16LE(lho + 6);
    const lMethod = buf.readUInt16LE(lho + 8);
    const lNameLen = buf.readUInt16LE(lho + 26);
    const lExtraLen = buf.readUInt16LE(lho + 28);
    if (lMethod !== method || lNameLen !== nameLen || (lFlags & 0x8) !== (flags & 0x8)) throw corrupt(file, `intestazione locale di ${shown}`, `local header of ${shown}`);
    if (lho + 30 + nameLen > buf.length || !buf.subarray(lho + 30, lho + 30 + nameLen).equals(nameBytes)) throw corrupt(file, `nome di ${shown}`, `name of ${shown}`);
    if (!(lFlags & 0x8)) {
      if (buf.readUInt32LE(lho + 14) !== crc || buf.readUInt32LE(lho + 18) !== csize || buf.readUInt32LE(lho + 22) !== size) {
        throw corrupt(file, `intestazione locale di ${shown}`, `local header of ${shown}`);
      }
    }
    const dataOffset = lho + 30 + lNameLen + lExtraLen;
    if (dataOffset + csize > buf.length) throw corrupt(file, `${shown} troncato`, `${shown} truncated`);
    if (lFlags & 0x8) {
      // data descriptor after the data, with or without its signature
      let q = dataOffset + csize;
      if (q + 4 <= buf.length && buf.readUInt32LE(q) === 0x08074b50) q += 4;
      if (q + 12 > buf.length || buf.readUInt32LE(q) !== crc || buf.readUInt32LE(q + 4) !== csize || buf.readUInt32LE(q + 8) !== size) {
        throw corrupt(file, `descrittore di ${shown}`, `data descriptor of ${shown}`);
      }
    }
    const raw = buf.subarray(dataOffset, dataOffset + csize);
    let data: Buffer;
    try {
      data = method === 8 ? inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) + 1 }) : Buffer.from(raw);
    } catch {
      throw corrupt(file, `${shown} non decomprimibile`, `${shown} cannot be inflated`);
    }
    if (data.length !== size || crc32(data) !== crc) throw corrupt(file, `controllo CRC di ${shown}`, `CRC check of ${shown}`);
    inflate?.(name, data);
    entries.push({ name, method, compressedSize: csize, size, dataOffset });
  }
  return entries;
}
