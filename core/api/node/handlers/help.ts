/** Handlers of the in-app help: the logic lives in ../help-service (one per context, kept). */
import type { helpOperations } from '../../common/ops/help';
import type { Handlers } from './types';
import type { CoreContext } from '../context';
import { HelpService } from '../help-service';

const services = new WeakMap<CoreContext, HelpService>();
function help(ctx: CoreContext): HelpService {
  let s = services.get(ctx);
  if (!s) services.set(ctx, (s = new HelpService(ctx.options.resourcesDir)));
  return s;
}

export const helpHandlers: Handlers<keyof typeof helpOperations> = {
  listGuidePages: (args, { ctx }) => help(ctx).guideIndex(args.lang),
  getGuidePage: (args, { ctx }) => help(ctx).guidePage(args.lang, args.page),
  exportGuide: (args, { ctx }) => help(ctx).guidePdf(args.lang, ctx.options.version),
  getRulesPage: (args, { ctx }) => help(ctx).rulesPage(args.page),
};
