/**
 * Undo and redo of the open project's edits (the history is kept in the project file, so it
 * survives a restart). The buttons, the shortcuts and the desktop Edit menu all call
 * `undo`/`redo` here. The state is read again after any operation on the project, whichever
 * store made it; after an undo or redo every view reads the project again (`revision`).
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { HistoryOutcome, HistoryState, HistoryStep } from '../../../core/api/common';
import { api, onProjectCall } from '../api/client';
import { locale, t } from '../i18n';
import { useProjectStore } from './useProjectStore';
import { useUiStore } from './useUiStore';

export const useHistoryStore = defineStore('history', () => {
  const project = useProjectStore();
  const ui = useUiStore();
  const state = ref<HistoryState | null>(null);
  const busy = ref(false);
  /** Bumped after each undo/redo: the project page re-creates the open tab, which reads again. */
  const revision = ref(0);

  const label = (step: HistoryStep | null | undefined) => (step ? (locale.value === 'it' ? step.labelIt : step.labelEn) : null);
  const undoLabel = computed(() => label(state.value?.undo));
  const redoLabel = computed(() => label(state.value?.redo));
  /** The newest step, when it is an edit too large to be undone (its label says so). */
  const barrier = computed(() => (state.value?.steps[0]?.kind === 'barrier' ? label(state.value.steps[0]) : null));

  async function refresh() {
    const path = project.summary?.path;
    if (!path) return;
    try {
      state.value = await api.history({ project: path });
    } catch {
      state.value = null; // a file being closed: the buttons grey out
    }
  }

  // One read per burst of calls (an edit is often followed by list reads).
  let scheduled = false;
  onProjectCall((op, path) => {
    if (op === 'history' || scheduled || path !== project.summary?.path) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      void refresh();
    }, 0);
  });

  async function apply(fn: (path: string) => Promise<HistoryOutcome>, done: 'history.undone' | 'history.redone' | 'history.resetDone') {
    const path = project.summary?.path;
    if (!path || busy.value) return;
    busy.value = true;
    try {
      const outcome = await fn(path);
      state.value = outcome.history;
      if (!outcome.step) return;
      // Whatever error was shown concerned the state before.
      ui.clearError();
      ui.notify(t(done, { label: label(outcome.step) ?? '' }));
      await project.reloadAll();
      revision.value++;
    } catch (e) {
      ui.showError(e);
    } finally {
      busy.value = false;
    }
  }

  const undo = () => apply((path) => api.undo({ project: path }), 'history.undone');
  const redo = () => apply((path) => api.redo({ project: path }), 'history.redone');

  /** The demo project as shipped (one step: undo brings the edits back). */
  const resetDemo = () => apply((path) => api.resetDemoProject({ project: path }), 'history.resetDone');

  return { state, busy, revision, undoLabel, redoLabel, barrier, canUndo: computed(() => Boolean(state.value?.undo)), canRedo: computed(() => Boolean(state.value?.redo)), refresh, undo, redo, resetDemo };
});
