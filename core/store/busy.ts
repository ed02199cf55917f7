/**
 * Two programs on one file (the app and the CLI, two windows): SQLite lets one write at a
 * time and makes the other wait up to the busy timeout. When the wait runs out, the user
 * gets a conflict naming the cause instead of "internal error: database is locked".
 */
import { ProjectFileError } from './errors';
import { isSqliteBusy } from '../api/common/errors';

/** How long a write waits for another program's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export function busyError(file: string): ProjectFileError {
  return new ProjectFileError('busy', file, { code: 'store.busy', params: { file } });
}

/** Runs `fn`, turning a busy or locked database (SQLITE_BUSY, SQLITE_LOCKED and their extended codes) into the conflict above. */
export function whenNotBusy<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isSqliteBusy(e)) throw busyError(file);
    throw e;
  }
}
