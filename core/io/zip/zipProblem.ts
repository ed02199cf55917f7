/**
 * What can be wrong with a ZIP container, in both languages. The reader reports a
 * ZipProblem; each adapter turns it into an IoError (core/io/zip/zip-io-error.ts)
 * through `toError`, so callers keep one error type.
 */
export type ZipProblemCode = 'CORRUPT' | 'ENCRYPTED' | 'UNSUPPORTED' | 'LIMIT';

export interface ZipProblem {
  code: ZipProblemCode;
  /** Archive name shown in messages. */
  file: string;
  /** Entry inside the archive, when the problem is about one. */
  entry?: string;
  /** Italian description, without the file name (the adapter adds its location prefix). */
  it: string;
  /** English description, without the file name. */
  en: string;
}

/** The error thrown when the caller gives no `toError`: Italian message, English beside it. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
  readonly messageEn: string;
  constructor(readonly problem: ZipProblem) {
    super(`file «${problem.file}»: ${problem.it}`);
    this.messageEn = `file "${problem.file}": ${problem.en}`;
  }
}

export type ZipErrorFactory = (p: ZipProblem) => Error;

export const defaultZipError: ZipErrorFactory = (p) => new ZipError(p);
