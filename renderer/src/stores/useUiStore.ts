/** Cross-page UI state: the error banner, presentation mode. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError } from '../../../core/api/common/errors';
import { locale } from '../i18n';

export const useUiStore = defineStore('ui', () => {
  const error = ref<string | null>(null);
  /**
   * Presentation mode: large type, high contrast, no editing chrome (components/presentation).
   * One toggle for the button, the keys (F5, P, Esc) and the desktop menu.
   */
  const presentation = ref(false);

  function showError(e: unknown) {
    if (e instanceof ApiError) error.value = locale.value === 'it' ? e.messageIt : e.message;
    else error.value = e instanceof Error ? e.message : String(e);
  }

  function togglePresentation(on = !presentation.value) {
    presentation.value = on;
  }

  return { error, showError, clearError: () => (error.value = null), presentation, togglePresentation };
});
