/**
 * Inflates one entry in chunks, counting the bytes actually produced: the entry, archive
 * total and ratio limits, and the declared size, are enforced as the output grows, so a
 * bomb (or a header that lies about sizes) is stopped after at most one chunk of output.
 * The CRC-32 and the size are checked once the entry is complete.
 */
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { dataOffset, type ZipEntry } from './centralDirectory';
import { sizeText, type ZipLimits } from './limits';
import type { ZipProblem } from './zipProblem';

/**
 * Compressed bytes pushed per step. fflate inflates a whole push at once, and deflate
 * expands up to ~1032:1, so the first step is small (≤ ~17 MB out); later steps follow the
 * ratio seen so far, to keep one push's output near PUSH_OUTPUT bytes: sheet XML (~6:1)
 * gets large steps (fast), a bomb keeps small ones (bounded memory).
 */
const FIRST_STEP = 16 * 1024;
const MAX_STEP = 256 * 1024;
const PUSH_OUTPUT = 16 * 1024 * 1024;

function nextStep(consumed: number, produced: number): number {
  const ratio = Math.max(1, produced / Math.max(1, consumed));
  return Math.max(FIRST_STEP, Math.min(MAX_STEP, Math.floor(PUSH_OUTPUT / ratio)));
}
/** Stored entries are handed out in slices of this size [bytes]. */
const STORED_SLICE = 1024 * 1024;

/** Uncompressed bytes read so far from one archive, shared by all its entries. */
export interface InflateBudget {
  limits: ZipLimits;
  usedBytes: number;
}

type Fail = (p: Omit<ZipProblem, 'file'>) => never;

function checkDeclared(e: ZipEntry, budget: InflateBudget, fail: Fail): void {
  if (e.encrypted) fail({ code: 'ENCRYPTED', entry: e.name, detail: { code: 'io.zip.entry-encrypted', params: { entry: e.name } } });
  if (e.method !== 0 && e.method !== 8) {
    fail({ code: 'UNSUPPORTED', entry: e.name, detail: { code: 'io.zip.entry-method-unsupported', params: { entry: e.name, method: String(e.method) } } });
  }
  limitsAt(e, e.size, budget, fail);
}

/** Throws when `produced` bytes of entry `e` break a limit. */
function limitsAt(e: ZipEntry, produced: number, budget: InflateBudget, fail: Fail): void {
  const l = budget.limits;
  const at = { code: 'LIMIT' as const, entry: e.name };
  if (produced > l.maxEntryBytes) {
    fail({ ...at, detail: { code: 'io.zip.entry-limit', params: { entry: e.name, limit: sizeText(l.maxEntryBytes) } } });
  }
  if (budget.usedBytes + produced > l.maxTotalBytes) {
    fail({ ...at, detail: { code: 'io.zip.total-limit', params: { entry: e.name, limit: sizeText(l.maxTotalBytes) } } });
  }
  if (produced > l.ratioFreeBytes && produced > l.maxRatio * Math.max(1, e.compressedSize)) {
    fail({ ...at, detail: { code: 'io.zip.ratio-limit', params: { entry: e.name, ratio: String(l.maxRatio), compressed: sizeText(e.compressedSize) } } });
  }
}

/**
 * Yields the uncompressed content of entry `e` of `bytes` in chunks. Each chunk is a fresh
 * array the caller may keep. `fail` throws the adapter's error.
 */
export function* inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget, fail: Fail): Generator<Uint8Array, void, undefined> {
  checkDeclared(e, budget, fail);
  const start = dataOffset(bytes, e, fail);
  const raw = bytes.subarray(start, start + e.compressedSize);
  let produced = 0;
  let crc = 0;
  let ours: unknown = null;
  const account = (chunk: Uint8Array): void => {
    produced += chunk.length;
    try {
      // a lie about the size is the most precise thing to report; the declared size passed the limits
      if (produced > e.size) {
        fail({ code: 'CORRUPT', entry: e.name, detail: { code: 'io.zip.entry-beyond-size', params: { entry: e.name, size: sizeText(e.size) } } });
      }
      limitsAt(e, produced, budget, fail);
    } catch (err) {
      ours = err;
      throw err;
    }
    crc = crc32(chunk, crc);
  };
  if (e.method === 0) {
    for (let p = 0; p < raw.length; p += STORED_SLICE) {
      const chunk = raw.slice(p, Math.min(raw.length, p + STORED_SLICE));
      account(chunk);
      yield chunk;
    }
  } else {
    const pending: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      if (chunk.length === 0) return;
      account(chunk);
      pending.push(chunk);
    });
    let p = 0;
    do {
      const end = Math.min(raw.length, p + (p === 0 ? FIRST_STEP : nextStep(p, produced)));
      try {
        inflater.push(raw.subarray(p, end), end >= raw.length);
      } catch (err) {
        if (err === ours) throw err;
        fail({ code: 'CORRUPT', entry: e.name, detail: { code: 'io.zip.entry-not-inflatable', params: { entry: e.name } } });
      }
      p = end;
      for (const c of pending) yield c;
      pending.length = 0;
    } while (p < raw.length);
  }
  if (produced !== e.size || crc !== e.crc) {
    fail({ code: 'CORRUPT', entry: e.name, detail: { code: 'io.zip.entry-crc', params: { entry: e.name } } });
  }
  budget.usedBytes += produced;
}
