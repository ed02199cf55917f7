/**
 * Saving a table cell through a store action, and what the user sees when it is refused:
 * the message names the field ("POD: POD non valido"), beside the cell outlined in red, and
 * the cell shows the saved value again (its editor is re-created, dropping the refused
 * text). The error banner names the cell as its cause: the next successful save of that
 * cell clears it (useUiStore.clearFor), so no banner outlives its problem.
 */
import { computed, ref } from 'vue';
import { t } from '../i18n';
import { errorText } from '../api/error-text';
import { useUiStore } from '../stores/useUiStore';
import { cellPatch, type CellValue, type Column } from '../components/table/columns';
import type { MessageKey } from '../i18n/it';

/** A refused cell: its row and column, the column's label key and the core's error (worded when shown). */
export interface CellFailure {
  rowId: number;
  key: string;
  label: MessageKey;
  error: unknown;
}

export function useCellSave<T extends { id: number }>(kind: () => string, save: () => (row: T, patch: Partial<T>) => Promise<boolean>) {
  const ui = useUiStore();
  const failure = ref<CellFailure | null>(null);
  /** Bumped per cell on a refused edit: part of the editor's key, so it re-renders the saved value. */
  const versions = ref(new Map<string, number>());
  const id = (row: T, column: Column<T>) => `${row.id}:${column.key}`;

  async function commit(row: T, column: Column<T>, value: CellValue) {
    const patch = cellPatch(column, row, value);
    if (!patch) return;
    const ok = await save()(row, patch);
    const cause = `${kind()}:${row.id}:${column.key}`;
    if (ok) {
      if (failure.value?.rowId === row.id && failure.value.key === column.key) failure.value = null;
      ui.clearFor(cause);
      return;
    }
    ui.setErrorCause(cause);
    failure.value = { rowId: row.id, key: column.key, label: column.aria ?? column.label, error: ui.failed };
    const next = new Map(versions.value);
    next.set(id(row, column), (next.get(id(row, column)) ?? 0) + 1);
    versions.value = next;
  }

  const version = (row: T, column: Column<T>) => versions.value.get(id(row, column)) ?? 0;
  const failed = (row: T, column: Column<T>) => failure.value?.rowId === row.id && failure.value.key === column.key;

  /** The message beside the cell, in the UI's language now ("POD: POD non valido"; English after a switch). */
  const failureText = computed(() => {
    const f = failure.value;
    return f === null ? '' : `${t(f.label)}: ${f.error === null ? t('common.error') : errorText(f.error)}`;
  });

  return { failure, failureText, commit, version, failed, dismiss: () => (failure.value = null) };
}
