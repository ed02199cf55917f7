/** Handlers of the deliverables: the logic lives in ../exports-service. */
import type { exportsOperations } from '../../common/ops/exports';
import type { Handlers } from './types';
import { rulesOf } from '../services';
import type { CoreContext } from '../context';
import type { ExportsEnv } from '../exports-service';

// Loaded on first use: they bring exceljs, pdfkit, docx and fflate, which a command that only
// simulates (or a host that has not exported yet) need not load at start.
const exports = () => import('../exports-service');
const calls = () => import('../funding-call-service');

const env = (ctx: CoreContext): ExportsEnv => ({ resourcesDir: ctx.options.resourcesDir, version: ctx.options.version, rules: rulesOf(ctx) });

export const exportsHandlers: Handlers<keyof typeof exportsOperations> = {
  exportTable: async (args, { ctx }) => (await exports()).exportTable(args, ctx.options.version),
  exportGseData: async (_args, { ctx, store }) => (await exports()).exportGseData(store, env(ctx)),
  getChecklist: async (_args, { ctx, store }) => (await exports()).getChecklist(store, env(ctx)),
  exportChecklist: async (args, { ctx, store }) => (await exports()).exportChecklist(store, env(ctx), args.lang),
  // A path argument goes through the path policy like every other (ctx.resolvePath).
  addAttachment: async (args, { ctx, store }) =>
    (await exports()).attach(store, env(ctx), { ...args, ...(args.path !== undefined ? { path: ctx.resolvePath(args.path, false) } : {}), plantId: args.plantId ?? null }),
  getAttachment: async (args, { store }) => (await exports()).attachmentFile(store, args.id),
  removeAttachment: async (args, { store }) => (await exports()).detach(store, args.id),
  exportReport: async (args, { ctx, store }) => (await exports()).exportReport(store, env(ctx), args.lang),
  exportRegolamento: async (_args, { ctx, store }) => (await exports()).exportRegolamento(store, env(ctx)),
  exportMemberSheet: async (args, { ctx, store }) => (await exports()).exportMemberSheet(store, env(ctx), args.pod, args.lang),
  exportDossier: async (args, { ctx, store }) => (await exports()).exportDossier(store, env(ctx), args.lang, args.call),
  listFundingCalls: async (_args, { ctx }) => (await calls()).listFundingCalls(ctx.options.resourcesDir),
  assessFundingCall: async (args, { ctx, store }) => (await calls()).assessProjectFundingCall(store, ctx.options.resourcesDir, args.call, args.today),
  exportFundingCall: async (args, { ctx, store }) => (await calls()).exportFundingCall(store, ctx.options.resourcesDir, ctx.options.version, args),
};
