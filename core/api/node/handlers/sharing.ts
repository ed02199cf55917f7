/** Handlers of the sharing operations: the logic lives in ../sharing-service. */
import type { sharingOperations } from '../../common/ops/sharing';
import type { Handlers } from './types';
import { compareSharing, computeSharing, setSharingRules, sharingRulesView } from '../sharing-service';

export const sharingHandlers: Handlers<keyof typeof sharingOperations> = {
  getSharingRules: (_args, { store }) => sharingRulesView(store),
  setSharingRules: (args, { store }) => setSharingRules(store, args.ruleSet),
  computeSharing: (args, { ctx, store }) => computeSharing(store, ctx.options.resourcesDir, args.ruleSet),
  compareSharing: (args, { ctx, store }) => compareSharing(store, ctx.options.resourcesDir, args.a, args.b),
};
