/**
 * How a bad input file (IoError from core/io) reaches an API caller: a bad-request whose
 * English and Italian messages start with the location (file, sheet, row, column…), and
 * whose `field` is the column letter or named field of the file at fault, when known.
 */
import type { IoError } from '../../io/io-error';
import { ApiError } from '../common/errors';

export function ioErrorToApiError(e: IoError): ApiError {
  return new ApiError('bad-request', e.messageEn, e.message, e.column ?? e.field);
}
