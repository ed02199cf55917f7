/**
 * Saving a table cell through a store action, and what the user sees when it is refused:
 * the message names the field ("POD: POD non valido"), beside the cell outlined in red, and
 * the cell shows the saved value again (its editor is re-created, dropping the refused
 * text). The error banner names the cell as its cause: the next successful save of that
 * cell clears it (useUiStore.clearFor), so no banner outlives its problem.
 */
import { ref } from 'vue';
import { t } from '../i18n';
import { useUiStore } from '../stores/useUiStore';
import { cellPatch, type CellValue, type Column } from '../components/table/columns';

export interface CellFailure {
  rowId: number;
  key: string;
  message: string;
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
    failure.value = { rowId: row.id, key: column.key, message: `${t(column.aria ?? column.label)}: ${ui.error ?? t('common.error')}` };
    const next = new Map(versions.value);
    next.set(id(row, column), (next.get(id(row, column)) ?? 0) + 1);
    versions.value = next;
  }

  const version = (row: T, column: Column<T>) => versions.value.get(id(row, column)) ?? 0;
  const failed = (row: T, column: Column<T>) => failure.value?.rowId === row.id && failure.value.key === column.key;

  return { failure, commit, version, failed, dismiss: () => (failure.value = null) };
}
