/** Handlers of the eligibility operations: the logic lives in ../rules-service. */
import type { rulesOperations } from '../../common/ops/rules';
import type { Handlers } from './types';
import { rulesOf } from '../services';

export const rulesHandlers: Handlers<keyof typeof rulesOperations> = {
  checkProject: (args, { ctx, store }) => rulesOf(ctx).check(store, args.today),
  getRuleFields: (_args, { ctx, store }) => rulesOf(ctx).getRuleFields(store),
  updateRuleFields: (args, { ctx, store }) => rulesOf(ctx).updateRuleFields(store, args.entity, args.patch),
  listLocalRules: (_args, { ctx, store }) => rulesOf(ctx).listLocalRules(store),
  setLocalRules: (args, { ctx, store }) => rulesOf(ctx).setLocalRules(store, args.rules),
  applyLocalRulePreset: (args, { ctx, store }) => rulesOf(ctx).applyLocalRulePreset(store, args.preset),
};
