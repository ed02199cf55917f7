/**
 * The error every CoreApi binding transports: a code a caller can act on and a message for
 * the user in English and Italian, rendered from a catalogue message (core/model/messages)
 * whose code and parameters travel along for clients that translate themselves.
 * `toApiError` is the one mapping from anything thrown below the API (store, io, models) to
 * this shape: errors that know their API form expose `toApiErrorData()`; everything else is
 * an internal error.
 */
import { formatMessage, type Message, type MessageParams } from '../../model/messages';

/** Error codes a caller can act on; `message`/`messageIt` are for the user. */
export type ApiErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'project-file' | 'internal';

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  messageIt: string;
  /** The argument or entity field at fault, when there is one. */
  field?: string;
  /** The catalogue code of the message and its parameters (`formatMessage` renders them). */
  messageCode?: string;
  params?: MessageParams;
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
    readonly messageCode?: string,
    readonly params?: MessageParams,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The error for a catalogue message, rendered in both languages at the boundary. */
  static of(code: ApiErrorCode, said: Message, field?: string): ApiError {
    return new ApiError(code, formatMessage(said, 'en'), formatMessage(said, 'it'), field, said.code, said.params);
  }

  toData(): ApiErrorData {
    return {
      code: this.code,
      message: this.message,
      messageIt: this.messageIt,
      ...(this.field ? { field: this.field } : {}),
      ...(this.messageCode ? { messageCode: this.messageCode } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }

  static fromData(d: ApiErrorData): ApiError {
    return new ApiError(d.code, d.message, d.messageIt, d.field, d.messageCode, d.params);
  }
}

/** The ApiErrorData of a catalogue message, for errors below the API (ReportableError). */
export function errorData(code: ApiErrorCode, said: Message, field?: string): ApiErrorData {
  return ApiError.of(code, said, field).toData();
}

export const badRequest = (said: Message, field?: string) => ApiError.of('bad-request', said, field);
export const notFound = (said: Message, field?: string) => ApiError.of('not-found', said, field);
export const conflict = (said: Message, field?: string) => ApiError.of('conflict', said, field);

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
    return conflict({ code: 'api.project-busy' });
  }
  const message = e instanceof Error ? e.message : String(e);
  return ApiError.of('internal', { code: 'api.internal', params: { message } });
}
