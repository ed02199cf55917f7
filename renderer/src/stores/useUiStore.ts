/**
 * Cross-page UI state: the error banner, presentation mode and the notice (a short message with an undo
 * button, shown after a deletion instead of asking first).
 *
 * An error may name its cause (`member:3:pods`, a cell): it is cleared when that cause is
 * gone — the next successful save of the same field, or the entity deleted (`clearFor`).
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { errorText } from '../api/error-text';

export const useUiStore = defineStore('ui', () => {
  /** The failure shown; `error` is its text in the UI's language, following a language switch. */
  const failure = ref<{ e: unknown } | null>(null);
  const error = computed(() => (failure.value === null ? null : errorText(failure.value.e)));
  /** The failure itself, for a view that words it later, in the language of that moment (a table cell). */
  const failed = computed(() => (failure.value === null ? null : failure.value.e));
  const errorCause = ref<string | null>(null);
  const notice = ref<{ text: string; undo: boolean; id: number } | null>(null);
  let noticeId = 0;
  /**
   * Presentation mode: large type, high contrast, no editing chrome (components/presentation).
   * One toggle for the button, the keys (F5, P, Esc) and the desktop menu.
   */
  const presentation = ref(false);

  function showError(e: unknown, cause: string | null = null) {
    failure.value = { e };
    errorCause.value = cause;
  }

  /** Names the cause of the error just shown (a refused cell: `kind:id:field`). */
  function setErrorCause(cause: string) {
    if (failure.value !== null) errorCause.value = cause;
  }

  function clearError() {
    failure.value = null;
    errorCause.value = null;
  }

  /** Clears the error when its cause is `cause` or lies under it (`member:3` covers `member:3:pods`). */
  function clearFor(cause: string) {
    const c = errorCause.value;
    if (c !== null && (c === cause || c.startsWith(`${cause}:`))) clearError();
  }

  /** Shows a notice; `undo` adds the Annulla button (the page wires it to the history). */
  function notify(text: string, undo = false) {
    notice.value = { text, undo, id: ++noticeId };
  }

  function togglePresentation(on = !presentation.value) {
    presentation.value = on;
  }

  return { error, failed, errorCause, notice, presentation, togglePresentation, showError, setErrorCause, clearError, clearFor, notify, dismissNotice: () => (notice.value = null) };
});
