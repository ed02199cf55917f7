/** Handlers of the deliverables: the logic lives in ../exports-service. */
import type { exportsOperations } from '../../common/ops/exports';
import type { Handlers } from './types';
import type { CoreContext } from '../context';
import { assessProjectFundingCall, exportFundingCall, listFundingCalls } from '../funding-call-service';
import { attach, attachmentFile, exportTable, detach, exportChecklist, exportDossier, exportMemberSheet, exportGseData, exportRegolamento, exportReport, getChecklist, type ExportsEnv } from '../exports-service';

const env = (ctx: CoreContext): ExportsEnv => ({ resourcesDir: ctx.options.resourcesDir, version: ctx.options.version, rules: ctx.rules });

export const exportsHandlers: Handlers<keyof typeof exportsOperations> = {
  exportTable: (args, { ctx }) => exportTable(args, ctx.options.version),
  exportGseData: (_args, { ctx, store }) => exportGseData(store, env(ctx)),
  getChecklist: (_args, { ctx, store }) => getChecklist(store, env(ctx)),
  exportChecklist: (args, { ctx, store }) => exportChecklist(store, env(ctx), args.lang),
  // A path argument goes through the path policy like every other (ctx.resolvePath).
  addAttachment: (args, { ctx, store }) =>
    attach(store, env(ctx), { ...args, ...(args.path !== undefined ? { path: ctx.resolvePath(args.path, false) } : {}), plantId: args.plantId ?? null }),
  getAttachment: (args, { store }) => attachmentFile(store, args.id),
  removeAttachment: (args, { store }) => detach(store, args.id),
  exportReport: (args, { ctx, store }) => exportReport(store, env(ctx), args.lang),
  exportRegolamento: (_args, { ctx, store }) => exportRegolamento(store, env(ctx)),
  exportMemberSheet: (args, { ctx, store }) => exportMemberSheet(store, env(ctx), args.pod, args.lang),
  exportDossier: (args, { ctx, store }) => exportDossier(store, env(ctx), args.lang),
  listFundingCalls: (_args, { ctx }) => listFundingCalls(ctx.options.resourcesDir),
  assessFundingCall: (args, { ctx, store }) => assessProjectFundingCall(store, ctx.options.resourcesDir, args.call, args.today),
  exportFundingCall: (args, { ctx, store }) => exportFundingCall(store, ctx.options.resourcesDir, ctx.options.version, args),
};
