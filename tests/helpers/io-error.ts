import { IoError } from '../../core/io/io-error';

/** The IoError `fn` throws (fails the test when it throws nothing or something else). */
export function ioErrorOf(fn: () => unknown): IoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('expected an IoError, nothing was thrown');
}

/** The IoError a promise rejects with. */
export async function ioErrorOfAsync(p: Promise<unknown>): Promise<IoError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('expected an IoError, the promise resolved');
}
