/** Every handler, by operation: the type fails to compile if one is missing. */
import type { Handlers } from './types';
import { projectsHandlers } from './projects';
import { membersHandlers } from './members';
import { simulationHandlers } from './simulation';
import { mapHandlers } from './map';
import { importsHandlers } from './imports';
import { rulesHandlers } from './rules';
import { sharingHandlers } from './sharing';
import { exportsHandlers } from './exports';
import { historyHandlers } from './history';
import { scenariosHandlers } from './scenarios';
import { helpHandlers } from './help';
import { advisorHandlers } from './advisor';

export const HANDLERS: Handlers = {
  ...projectsHandlers,
  ...membersHandlers,
  ...simulationHandlers,
  ...mapHandlers,
  ...importsHandlers,
  ...rulesHandlers,
  ...sharingHandlers,
  ...exportsHandlers,
  ...historyHandlers,
  ...scenariosHandlers,
  ...helpHandlers,
  ...advisorHandlers,
};
