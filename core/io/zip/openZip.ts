/**
 * One ZIP reader for every container the app opens (XLSX, KMZ, zipped Shapefiles): the
 * central directory is read at once, entries are inflated on demand, whole or in chunks,
 * under one decompression budget per archive.
 */
import { inflateEntry, type InflateBudget } from './boundedInflate';
import { readCentralDirectory, type ZipEntry } from './centralDirectory';
import { DEFAULT_ZIP_LIMITS, MAX_TEXT_BYTES, sizeText, type ZipLimits } from './limits';
import { defaultZipError, type ZipErrorFactory, type ZipProblem } from './zipProblem';

export interface ZipOptions {
  /** Overrides of DEFAULT_ZIP_LIMITS. */
  limits?: Partial<ZipLimits>;
  /** Turns a problem into the adapter's error (default: ZipError). */
  toError?: ZipErrorFactory;
}

export interface ZipArchive {
  /** Name shown in messages. */
  file: string;
  /** File entries in central-directory order (folders left out). */
  entries: ZipEntry[];
  /** The entry with exactly this path, if any. */
  find(name: string): ZipEntry | undefined;
  /** Uncompressed content of an entry in chunks (bounded, CRC-checked at the end). */
  chunks(entry: ZipEntry): Generator<Uint8Array, void, undefined>;
  /** Whole uncompressed content of an entry (bounded, CRC-checked). */
  read(entry: ZipEntry): Uint8Array;
  /** Whole content decoded as UTF-8 (BOM dropped). */
  readText(entry: ZipEntry): string;
}

/** Opens an archive held in memory; `file` names it in errors. */
export function openZip(bytes: Uint8Array, file: string, opts: ZipOptions = {}): ZipArchive {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...opts.limits };
  const toError = opts.toError ?? defaultZipError;
  const fail = (p: Omit<ZipProblem, 'file'>): never => {
    throw toError({ ...p, file });
  };
  const entries = readCentralDirectory(bytes, limits, fail);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  const budget: InflateBudget = { limits, usedBytes: 0 };
  const chunks = (e: ZipEntry) => inflateEntry(bytes, e, budget, fail);
  const read = (e: ZipEntry): Uint8Array => {
    const parts = [...chunks(e)];
    if (parts.length === 1) return parts[0]!;
    const out = new Uint8Array(parts.reduce((s, c) => s + c.length, 0));
    let at = 0;
    for (const c of parts) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  return {
    file,
    entries,
    find: (name) => byName.get(name),
    chunks,
    read,
    readText: (e) => {
      if (e.size > MAX_TEXT_BYTES) {
        fail({ code: 'LIMIT', entry: e.name, detail: { code: 'io.zip.text-too-large', params: { entry: e.name, size: sizeText(e.size), limit: sizeText(MAX_TEXT_BYTES) } } });
      }
      return new TextDecoder('utf-8').decode(read(e));
    },
  };
}
