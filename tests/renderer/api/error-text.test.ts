// @vitest-environment happy-dom
/**
 * Errors in the UI's language: a core error is rendered from its catalogue code and
 * parameters, so switching the UI to English turns an error already shown English; an
 * error without a code falls back to its text in the UI's language.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../../../core/api/common/errors';
import { errorText } from '../../../renderer/src/api/error-text';
import { setLocale } from '../../../renderer/src/i18n';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';

beforeEach(() => {
  setActivePinia(createPinia());
  setLocale('it');
});
afterEach(() => setLocale('it'));

// The server's rendered texts differ from the catalogue's on purpose: the code must win.
const unknownCall = () => new ApiError('not-found', 'SERVER EN', 'SERVER IT', 'call', 'api.funding-call.unknown', { id: 'nope', known: 'pnrr-cer' });

describe('errorText', () => {
  it('renders the code with its parameters in the UI language', () => {
    expect(errorText(unknownCall())).toBe('nessun bando "nope" (disponibili: pnrr-cer)');
    setLocale('en');
    expect(errorText(unknownCall())).toBe('no funding call "nope" (known: pnrr-cer)');
    // A job's error arrives as data (JobStatus.error), not as an ApiError.
    expect(errorText(unknownCall().toData())).toBe('no funding call "nope" (known: pnrr-cer)');
  });

  it('falls back to the text in the UI language without a code, or with a code it does not know', () => {
    const plain = new ApiError('internal', 'The Condivisa host is not responding', 'Il servizio Condivisa non risponde');
    expect(errorText(plain)).toBe('Il servizio Condivisa non risponde');
    setLocale('en');
    expect(errorText(plain)).toBe('The Condivisa host is not responding');
    expect(errorText(new ApiError('bad-request', 'from a newer host', 'da un host più nuovo', undefined, 'api.not-yet-a-code'))).toBe('from a newer host');
    expect(errorText(new Error('disk full'))).toBe('disk full');
    expect(errorText('text')).toBe('text');
  });

  it('the banner follows a language switch made after the error was shown', () => {
    const ui = useUiStore();
    ui.showError(unknownCall());
    expect(ui.error).toBe('nessun bando "nope" (disponibili: pnrr-cer)');
    setLocale('en');
    expect(ui.error).toBe('no funding call "nope" (known: pnrr-cer)');
    ui.clearError();
    expect(ui.error).toBeNull();
  });
});
