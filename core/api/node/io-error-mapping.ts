/**
 * How a bad input file (IoError from core/io) reaches an API caller: a bad-request whose
 * English and Italian messages start with the location (file, sheet, row, column…), and
 * whose `field` is the column letter or named field of the file at fault, when known.
 * (IoError reports itself; this names the conversion where a service rethrows.)
 */
import type { IoError } from '../../io/io-error';
import { ApiError } from '../common/errors';

export const ioErrorToApiError = (e: IoError): ApiError => ApiError.fromData(e.toApiErrorData());
