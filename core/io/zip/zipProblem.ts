import { formatMessage, type Message } from '../../model/messages';

/**
 * What can be wrong with a ZIP container, as a catalogue message. The reader reports a
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
  /** What is wrong, without the file name (the adapter adds its location prefix). */
  detail: Message;
}

/** The error thrown when the caller gives no `toError`: Italian message, English beside it. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
  readonly messageEn: string;
  constructor(readonly problem: ZipProblem) {
    const said: Message = { code: 'io.zip.in-file', params: { file: problem.file, detail: problem.detail } };
    super(formatMessage(said, 'it'));
    this.messageEn = formatMessage(said, 'en');
  }
}

export type ZipErrorFactory = (p: ZipProblem) => Error;

export const defaultZipError: ZipErrorFactory = (p) => new ZipError(p);
