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
  return new ProjectFileError(
    'busy',
    file,
    `Il progetto ${file} è aperto in un altro programma che lo sta modificando: riprova tra poco o chiudi l'altro programma`,
    `The project ${file} is open in another program that is changing it: try again in a moment or close the other program`,
  );
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
