/**
 * What crosses a transport (IPC, HTTP, the CLI's `api` command): a result, or an error in
 * the shape of ApiErrorData. Declared once; every binding sends and reads this.
 */
import type { ApiErrorData } from './errors';

export type Envelope<R = unknown> = { ok: true; result: R } | { ok: false; error: ApiErrorData };

export const okEnvelope = <R>(result: R): Envelope<R> => ({ ok: true, result });
export const errorEnvelope = (error: ApiErrorData): Envelope<never> => ({ ok: false, error });

/** HTTP status of an error code (the web host). */
export const HTTP_STATUS: Record<ApiErrorData['code'], number> = {
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  'project-file': 422,
  internal: 500,
};
