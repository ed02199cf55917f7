/** Handlers of the *Scenari di progetto* operations: the logic lives in ../project-scenarios-service. */
import type { scenariosOperations } from '../../common/ops/scenarios';
import type { Handlers } from './types';
import {
  compareProjectScenarios,
  deleteProjectScenario,
  duplicateProjectScenario,
  listProjectScenarios,
  openProjectScenario,
  renameProjectScenario,
  saveProjectScenario,
} from '../project-scenarios-service';

export const scenariosHandlers: Handlers<keyof typeof scenariosOperations> = {
  listProjectScenarios: (_args, { ctx, store }) => listProjectScenarios(store, ctx.options.resourcesDir),
  saveProjectScenario: (args, { ctx, store }) => saveProjectScenario(store, ctx.options.resourcesDir, args.name, args.simulate),
  openProjectScenario: (args, { ctx, store }) => openProjectScenario(store, ctx.options.resourcesDir, args.id, args.saveCurrentAs),
  renameProjectScenario: (args, { ctx, store }) => renameProjectScenario(store, ctx.options.resourcesDir, args.id, args.name),
  duplicateProjectScenario: (args, { ctx, store }) => duplicateProjectScenario(store, ctx.options.resourcesDir, args.id, args.name),
  deleteProjectScenario: (args, { store }) => deleteProjectScenario(store, args.id),
  compareProjectScenarios: (args, { store }) => compareProjectScenarios(store, args.ids),
};
