/**
 * Project files this computer's Condivisa closed last and nothing changed since: their
 * inspection at opening (schema and page check, project-file.ts `inspect`: ~50 ms for a 15 MB
 * file, most of a command's file opening) is not repeated. A file is the same when its device,
 * inode, size, modification and change times [ns] and its 100-byte SQLite header are: the
 * change time cannot be set back by any program (only the clock moves it), so a file edited by
 * anything else — another SQLite tool, a copy over it, even one restoring the modification
 * time — is inspected again; and the header's schema cookie moves with any change of schema (a
 * trigger, a view, an index added: what the inspection is for) even within the file system's
 * timestamp tick (a few ms on some). A file with WAL content (another program has it open) is
 * always inspected.
 * The memo is a small JSON file in the user's settings folder, set by the host
 * (core/api/node/host-setup.ts); unreadable, unwritable or unset, every opening inspects.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Fingerprint {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  /** The SQLite header (schema cookie, page count, …), hex. */
  header: string;
}
type Entry = Fingerprint & { version: number };

/** Files remembered at most: the oldest go first. */
const LIMIT = 64;
let memoFile: string | null = null;

/** Where the memo is kept; null: none (every opening inspects, the default). */
export function useInspectionMemo(file: string | null): void {
  memoFile = file;
}

function fingerprint(file: string): Fingerprint | null {
  try {
    let walBytes = 0;
    try {
      walBytes = fs.statSync(`${file}-wal`).size;
    } catch {
      // no -wal file: the main file is the whole database
    }
    if (walBytes > 0) return null;
    const st = fs.statSync(file, { bigint: true });
    const header = Buffer.alloc(100);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
    return { dev: String(st.dev), ino: String(st.ino), size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), header: header.toString('hex') };
  } catch {
    return null;
  }
}

function readMemo(): Record<string, Entry> {
  if (memoFile === null) return {};
  try {
    const parsed = JSON.parse(fs.readFileSync(memoFile, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, Entry>) : {};
  } catch {
    return {};
  }
}

const same = (a: Fingerprint, b: Fingerprint) =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.header === b.header;

/** The schema version the file had when it was last closed here, when it is unchanged since; else null. */
export function inspectedVersion(file: string): number | null {
  if (memoFile === null) return null;
  const entry = readMemo()[file];
  const now = entry ? fingerprint(file) : null;
  if (!entry || !now || !Number.isInteger(entry.version)) return null;
  return same(entry, now) ? entry.version : null;
}

/** Records `file` as it is now (just closed by this program, nothing else wrote it meanwhile). */
export function rememberInspected(file: string, version: number): void {
  if (memoFile === null) return;
  const now = fingerprint(file);
  if (!now) return;
  try {
    const all = readMemo();
    delete all[file];
    all[file] = { ...now, version };
    const names = Object.keys(all);
    for (const name of names.slice(0, Math.max(0, names.length - LIMIT))) delete all[name];
    fs.mkdirSync(path.dirname(memoFile), { recursive: true });
    // Written aside and renamed: a reader never sees half a file.
    const tmp = `${memoFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(all));
    fs.renameSync(tmp, memoFile);
  } catch {
    // no memo: the next opening inspects
  }
}
