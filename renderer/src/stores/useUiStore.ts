/** Cross-page UI state: the error banner. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError } from '../../../core/api/common/errors';
import { locale } from '../i18n';

export const useUiStore = defineStore('ui', () => {
  const error = ref<string | null>(null);

  function showError(e: unknown) {
    if (e instanceof ApiError) error.value = locale.value === 'it' ? e.messageIt : e.message;
    else error.value = e instanceof Error ? e.message : String(e);
  }

  return { error, showError, clearError: () => (error.value = null) };
});
