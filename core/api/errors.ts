/** The error every CoreApi binding transports: a code a caller can act on and a user message. */
import type { ApiErrorCode, ApiErrorData } from './contract';

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
