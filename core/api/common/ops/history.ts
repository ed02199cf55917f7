/** Undo and redo of a project's edits, and the demo project's reset (one undoable step). */
import { operation } from '../define';
import { onProject } from '../schemas';
import type { HistoryOutcome, HistoryState } from '../types/history';

export const historyOperations = {
  history: operation<HistoryState>()({ area: 'projects', summary: 'The undo history of a project: what undo and redo would do, newest steps first', project: true, args: onProject({}) }),
  undo: operation<HistoryOutcome>()({ area: 'projects', summary: 'Undo the newest edit of a project (kept in the file: works after a restart)', project: true, args: onProject({}) }),
  redo: operation<HistoryOutcome>()({ area: 'projects', summary: 'Redo the newest edit undone', project: true, args: onProject({}) }),
  resetDemoProject: operation<HistoryOutcome>()({
    area: 'projects',
    summary: 'Put the demo project back as shipped (one step: undo brings the edited content back)',
    project: true,
    args: onProject({}),
  }),
};
