/**
 * Every handler, by operation, loaded by area on first use: a command that simulates does
 * not parse the map, import, export or advisor code (~0.1 s of a CLI start). The types make
 * a missing or misspelled handler a compile error; the dispatch test checks the whole set.
 */
import type { OperationName } from '../../common/operations';
import { projectsOperations } from '../../common/ops/projects';
import { membersOperations } from '../../common/ops/members';
import { simulationOperations } from '../../common/ops/simulation';
import { mapOperations } from '../../common/ops/map';
import { importsOperations } from '../../common/ops/imports';
import { rulesOperations } from '../../common/ops/rules';
import { sharingOperations } from '../../common/ops/sharing';
import { exportsOperations } from '../../common/ops/exports';
import { historyOperations } from '../../common/ops/history';
import { scenariosOperations } from '../../common/ops/scenarios';
import { helpOperations } from '../../common/ops/help';
import { advisorOperations } from '../../common/ops/advisor';
import type { Handler, Handlers } from './types';

const AREAS = {
  projects: projectsOperations,
  members: membersOperations,
  simulation: simulationOperations,
  map: mapOperations,
  imports: importsOperations,
  rules: rulesOperations,
  sharing: sharingOperations,
  exports: exportsOperations,
  history: historyOperations,
  scenarios: scenariosOperations,
  help: helpOperations,
  advisor: advisorOperations,
};
type Area = keyof typeof AREAS;

const LOADERS: { [A in Area]: () => Promise<Handlers<keyof (typeof AREAS)[A] & OperationName>> } = {
  projects: () => import('./projects').then((m) => m.projectsHandlers),
  members: () => import('./members').then((m) => m.membersHandlers),
  simulation: () => import('./simulation').then((m) => m.simulationHandlers),
  map: () => import('./map').then((m) => m.mapHandlers),
  imports: () => import('./imports').then((m) => m.importsHandlers),
  rules: () => import('./rules').then((m) => m.rulesHandlers),
  sharing: () => import('./sharing').then((m) => m.sharingHandlers),
  exports: () => import('./exports').then((m) => m.exportsHandlers),
  history: () => import('./history').then((m) => m.historyHandlers),
  scenarios: () => import('./scenarios').then((m) => m.scenariosHandlers),
  help: () => import('./help').then((m) => m.helpHandlers),
  advisor: () => import('./advisor').then((m) => m.advisorHandlers),
};

const AREA_OF = new Map<string, Area>(Object.entries(AREAS).flatMap(([area, ops]) => Object.keys(ops).map((op) => [op, area as Area] as const)));
const loaded = new Map<Area, Promise<Record<string, unknown>>>();

function areaHandlers(area: Area): Promise<Record<string, unknown>> {
  let p = loaded.get(area);
  if (!p) {
    p = LOADERS[area]() as Promise<Record<string, unknown>>;
    loaded.set(area, p);
  }
  return p;
}

/** The handler of `op` (a declared operation), its area's module loaded once. */
export async function handlerOf<K extends OperationName>(op: K): Promise<Handler<K>> {
  return (await areaHandlers(AREA_OF.get(op)!))[op] as Handler<K>;
}

/** Every handler, each area loaded (for the declarations' test). */
export async function allHandlers(): Promise<Record<string, unknown>> {
  const all = await Promise.all((Object.keys(LOADERS) as Area[]).map(areaHandlers));
  return Object.assign({}, ...all) as Record<string, unknown>;
}
