/**
 * The error every CoreApi binding transports: a code a caller can act on and a message for
 * the user in English and Italian. `toApiError` is the one mapping from anything thrown
 * below the API (store, io, models) to this shape: errors that know their API form expose
 * `toApiErrorData()`; everything else is an internal error.
 */

/** Error codes a caller can act on; `message`/`messageIt` are for the user. */
export type ApiErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'project-file' | 'internal';

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  messageIt: string;
  /** The argument or entity field at fault, when there is one. */
  field?: string;
}

/** An error thrown below the API that knows how the API should report it. */
export interface ReportableError {
  toApiErrorData(): ApiErrorData;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly messageIt: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toData(): ApiErrorData {
    return { code: this.code, message: this.message, messageIt: this.messageIt, ...(this.field ? { field: this.field } : {}) };
  }

  static fromData(d: ApiErrorData): ApiError {
    return new ApiError(d.code, d.message, d.messageIt, d.field);
  }
}

export const badRequest = (en: string, it: string, field?: string) => new ApiError('bad-request', en, it, field);
export const notFound = (en: string, it: string, field?: string) => new ApiError('not-found', en, it, field);
export const conflict = (en: string, it: string, field?: string) => new ApiError('conflict', en, it, field);

function isReportable(e: unknown): e is ReportableError {
  return typeof e === 'object' && e !== null && typeof (e as Partial<ReportableError>).toApiErrorData === 'function';
}

/** Maps anything thrown to an ApiError; what is not reportable is an internal error. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isReportable(e)) return ApiError.fromData(e.toApiErrorData());
  const message = e instanceof Error ? e.message : String(e);
  return new ApiError('internal', `internal error: ${message}`, `errore interno: ${message}`);
}
