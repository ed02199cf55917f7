/** Shapes of the undo/redo operations (the history is kept in the project file). */

export interface HistoryStep {
  id: number;
  /** `undo`: an edit that can be undone; `redo`: an edit undone; `barrier`: an edit too large to keep. */
  kind: 'undo' | 'redo' | 'barrier';
  labelIt: string;
  labelEn: string;
  createdAt: string;
}

export interface HistoryState {
  /** What undo would revert and redo would apply again, with their labels. */
  undo: HistoryStep | null;
  redo: HistoryStep | null;
  /** Newest first (at most 50). */
  steps: HistoryStep[];
}

export interface HistoryOutcome {
  /** The step undone or redone; null when there was none. */
  step: HistoryStep | null;
  history: HistoryState;
}
