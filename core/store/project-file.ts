/**
 * Opening and creating `.condivisa` files: one SQLite database per project, in WAL mode
 * with foreign keys on. A file is recognised by its SQLite header and application_id;
 * anything else is refused before a single byte is written.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import { ProjectFileError } from './errors';
import { BUSY_TIMEOUT_MS, busyError } from './busy';
import { isSqliteBusy } from '../api/common/errors';
import { checkProjectSchema } from './project-schema-check';
import { openUntrustedSqlite, openUntrustedSqliteCopy } from '../io/untrusted-sqlite';
import { inspectedVersion } from './inspection-memo';

/** "COND" in ASCII: marks a SQLite file as a Condivisa project (PRAGMA application_id). */
export const CONDIVISA_APPLICATION_ID = 0x434f4e44;
export const PROJECT_EXTENSION = '.condivisa';
const SQLITE_HEADER = 'SQLite format 3\u0000';

function configure(db: Database.Database): void {
  // First: another process (a second window, the CLI) may hold the write lock, and even
  // switching to WAL below has to wait for it.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // The schema was checked on opening; this keeps it from calling anything with side effects anyway.
  db.pragma('trusted_schema = OFF');
  db.pragma('journal_mode = WAL');
  // FULL: a committed edit survives even a power cut, not just a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // INSERT OR REPLACE deletes the row it replaces; only with this on does that delete fire
  // the undo trigger that keeps the old row (core/store/undo-triggers.ts).
  db.pragma('recursive_triggers = ON');
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Creates a new, empty project file at the current schema version. Refuses to overwrite. */
export function createProjectDb(file: string): Database.Database {
  if (fs.existsSync(file)) {
    throw new ProjectFileError('exists', file, { code: 'store.file.exists', params: { file } });
  }
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw new ProjectFileError('read-only', file, { code: 'store.file.cannot-create', params: { file, why: (e as Error).message } });
  }
  try {
    // Before WAL, so that it lands in the main file's header, where openProjectDb reads it.
    db.pragma(`application_id = ${CONDIVISA_APPLICATION_ID}`);
    configure(db);
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    fs.rmSync(file, { force: true });
    throw e;
  }
}

/** Opens an existing project file, migrating it when it is older than this version of the app. */
export function openProjectDb(file: string): Database.Database {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ProjectFileError('not-found', file, { code: 'store.file.not-found', params: { file } });
  }
  if (!stat.isFile()) {
    throw new ProjectFileError('not-a-project', file, { code: 'store.file.not-a-file', params: { file } });
  }
  const header = readHeader(file);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new ProjectFileError('not-a-project', file, { code: 'store.file.not-a-project', params: { file } });
  }
  // application_id is a big-endian integer at byte 68 of the SQLite header.
  if (header.readUInt32BE(68) !== CONDIVISA_APPLICATION_ID) {
    throw new ProjectFileError('not-a-project', file, { code: 'store.file.sqlite-not-project', params: { file } });
  }
  // Checked on the mode bits, not with access(): running as root would ignore them.
  if ((stat.mode & 0o222) === 0) {
    throw new ProjectFileError('read-only', file, { code: 'store.file.read-only', params: { file } });
  }
  // The version is also in the header (user_version, byte 60): refuse newer files before
  // opening them at all. The header may be behind the file's WAL, so inspect() reads it again.
  refuseNewer(file, header.readUInt32BE(60));
  // A file this program closed last, unchanged since, was inspected then (./inspection-memo).
  refuseNewer(file, inspectedVersion(file) ?? inspect(file));
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    configure(db);
  } catch (e) {
    db?.close();
    if (isSqliteBusy(e)) throw busyError(file);
    throw damaged(file, e);
  }
  try {
    migrate(db);
  } catch (e) {
    db.close();
    if (isSqliteBusy(e)) throw busyError(file);
    throw new ProjectFileError('corrupt', file, { code: 'store.file.upgrade-failed', params: { file, why: (e as Error).message } });
  }
  return db;
}

/** A file SQLite could not open or read: damaged, named with SQLite's reason. */
function damaged(file: string, e: unknown): ProjectFileError {
  const why = (e as Error).message;
  return new ProjectFileError('corrupt', file, { code: 'store.file.damaged', params: { file, why } });
}

/**
 * Checks a file read-only before anything may write to it: its schema is exactly that of
 * its version (no view, no trigger: core/store/project-schema-check.ts) and its pages are
 * sound (quick_check, which reads every page: its time is bounded by the file's size).
 * A refused file is left byte-identical. Returns the schema version.
 */
function inspect(file: string): number {
  let db: Database.Database | undefined;
  try {
    db = openUntrustedSqliteCopy(file) ?? openUntrustedSqlite(file);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > CURRENT_SCHEMA_VERSION) return version;
    checkProjectSchema(db, file, version);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    return version;
  } catch (e) {
    if (e instanceof ProjectFileError) throw e;
    if (isSqliteBusy(e)) throw busyError(file);
    throw damaged(file, e);
  } finally {
    db?.close();
  }
}

function refuseNewer(file: string, version: number): void {
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new ProjectFileError('newer-schema', file, { code: 'store.file.newer-schema', params: { file, version } });
  }
}
