/** Handlers of the eligibility operations: the logic lives in ../rules-service. */
import type { rulesOperations } from '../../common/ops/rules';
import type { Handlers } from './types';

export const rulesHandlers: Handlers<keyof typeof rulesOperations> = {
  checkProject: (args, { ctx, store }) => ctx.rules.check(store, args.today),
  getRuleFields: (_args, { ctx, store }) => ctx.rules.getRuleFields(store),
  updateRuleFields: (args, { ctx, store }) => ctx.rules.updateRuleFields(store, args.entity, args.patch),
  listLocalRules: (_args, { ctx, store }) => ctx.rules.listLocalRules(store),
  setLocalRules: (args, { ctx, store }) => ctx.rules.setLocalRules(store, args.rules),
  applyLocalRulePreset: (args, { ctx, store }) => ctx.rules.applyLocalRulePreset(store, args.preset),
};
