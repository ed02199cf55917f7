/**
 * Undo and redo of a project's edits (the log: core/store/undo-log.ts). What is kept in
 * memory beside the file — the parsed areas and their index, the members' consumption — is
 * keyed on what our own edits touch, which undo bypasses: it is dropped after each step.
 * The simulation result needs nothing: it is stored with the hash of its inputs, so it is
 * out of date after an undo and valid again when a redo brings those inputs back.
 */
import type { ProjectStore } from './project-store';
import { applyNewest, clearHistory, historyState, type HistoryState, type HistoryStep } from './undo-log';
import { areasOf } from './areas-repository';
import { forgetMemberConsumptions } from './import-repository';

function forgetDerived(store: ProjectStore): void {
  areasOf(store).invalidate();
  forgetMemberConsumptions(store);
}

function step(store: ProjectStore, kind: 'undo' | 'redo'): HistoryStep | null {
  try {
    return store.historyTx(() => applyNewest(store.db, kind));
  } finally {
    forgetDerived(store);
  }
}

/** Reverts the newest edit; null when there is nothing to undo. */
export const undo = (store: ProjectStore) => step(store, 'undo');
/** Applies again the newest edit undone; null when there is nothing to redo. */
export const redo = (store: ProjectStore) => step(store, 'redo');
export const history = (store: ProjectStore): HistoryState => historyState(store.db);

/** Forgets every step (a project just made: its creation is not an edit). */
export function clearProjectHistory(store: ProjectStore): void {
  store.historyTx(() => clearHistory(store.db));
}
