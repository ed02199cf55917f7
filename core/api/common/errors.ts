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

/**
 * SQLITE_BUSY / SQLITE_LOCKED that escaped the store's own mapping (core/store/busy.ts):
 * another program holds the project file; still a conflict, never an internal error.
 */
export function isSqliteBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

/** Maps anything thrown to an ApiError; what is not reportable is an internal error. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isReportable(e)) return ApiError.fromData(e.toApiErrorData());
  if (isSqliteBusy(e)) {
    return conflict('the project is open in another program: try again in a moment', "il progetto è aperto in un altro programma: riprova tra poco");
  }
  const message = e instanceof Error ? e.message : String(e);
  return new ApiError('internal', `internal error: ${message}`, `errore interno: ${message}`);
}
