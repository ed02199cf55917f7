/** Handlers of undo, redo and the history (core/store/history.ts), and the demo's reset. */
import { bilingual } from '../../../model/messages';
import type { historyOperations } from '../../common/ops/history';
import type { Handlers } from './types';
import { badRequest } from '../../common/errors';
import { history, redo, undo } from '../../../store/history';
import { clearProjectContent } from '../../../store/project-reset';
import { loadDemoProject } from '../demo-project';
import { fillDemo } from './projects';

export const historyHandlers: Handlers<keyof typeof historyOperations> = {
  history: (_args, { store }) => history(store),
  undo: (_args, { store }) => ({ step: undo(store), history: history(store) }),
  redo: (_args, { store }) => ({ step: redo(store), history: history(store) }),
  resetDemoProject: (_args, { ctx, store }) => {
    if (store.getMeta('demo') !== 'true') {
      throw badRequest({ code: 'api.history.reset-demo-only' }, 'project');
    }
    const demo = loadDemoProject(ctx.options.resourcesDir);
    store.tx(
      () => {
        clearProjectContent(store);
        store.updateCommunity(demo.community);
        fillDemo(ctx, store, demo);
      },
      bilingual({ code: 'history.reset-demo' }),
    );
    const h = history(store);
    return { step: h.undo, history: h };
  },
};
