/**
 * What the user reads of a failure, in the UI's language now: a core error by its catalogue
 * code and parameters (`tm`), so switching the UI to English turns the message English too;
 * without a code (a transport failure, an older host) its text in the UI's language; any other
 * error by its message. Read it inside a computed or a template: it follows the language.
 */
import { ApiError, type ApiErrorData } from '../../../core/api/common/errors';
import type { Message } from '../../../core/model/messages';
import { locale, tm } from '../i18n';

function isErrorData(e: unknown): e is ApiErrorData {
  return typeof e === 'object' && e !== null && typeof (e as ApiErrorData).message === 'string' && typeof (e as ApiErrorData).messageIt === 'string';
}

export function errorText(e: unknown): string {
  const data = e instanceof ApiError ? e.toData() : isErrorData(e) ? e : null;
  if (!data) return e instanceof Error ? e.message : String(e);
  if (data.messageCode) {
    const text = tm({ code: data.messageCode, ...(data.params ? { params: data.params } : {}) } as Message);
    // A code this renderer's catalogue lacks (a newer host) comes back as the code itself.
    if (text !== data.messageCode) return text;
  }
  return locale.value === 'it' ? data.messageIt : data.message;
}
