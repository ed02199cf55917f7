/** Handlers of the advisor operations. */
import type { advisorOperations } from '../../common/ops/advisor';
import type { Handlers } from './types';
import { outlookOf, outlookSheetPdf, prepareAdvice, runAdvice, type FileArg } from '../advisor-service';
import type { CoreContext } from '../context';

const fileArg = (ctx: CoreContext, a: { path?: string | undefined; name?: string | undefined; base64?: string | undefined }): FileArg | null =>
  a.path !== undefined ? { path: ctx.resolvePath(a.path, false) } : a.name !== undefined && a.base64 !== undefined ? { name: a.name, base64: a.base64 } : null;

export const advisorHandlers: Handlers<keyof typeof advisorOperations> = {
  startAdvice: (args, { ctx, store }) => {
    const input = prepareAdvice(store, ctx.options.resourcesDir);
    const file = args.kind === 'members' ? fileArg(ctx, args) : null;
    return { jobId: ctx.jobs.start('advice', (hooks) => runAdvice(input, args, file, hooks)) };
  },
  exportOutlookSheet: (args, { ctx, store }) => outlookSheetPdf(store, fileArg(ctx, args), args.now ? Date.parse(args.now) : Date.now(), args.lang, ctx.options.version),
  getOutlook: (args, { ctx, store }) => outlookOf(store, fileArg(ctx, args), args.now ? Date.parse(args.now) : Date.now()),
};
