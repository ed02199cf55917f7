/** Handlers of the import operations: the logic lives in ../import-service, ../imported-data, ../project-workbook and ../weather-service. */
import type { importsOperations } from '../../common/ops/imports';
import type { Handlers } from './types';
import { importerOf } from '../services';
import { effectiveLoad } from '../effective-load';
import { clearPlantProduction, getLoadCurve, listImportedData, setPlantMonthlyProduction } from '../imported-data';
import { getProjectWeather, removeProjectWeather, setProjectWeather } from '../weather-service';

// Loaded on first use: it brings exceljs, which most commands never need.
const workbook = () => import('../project-workbook');

export const importsHandlers: Handlers<keyof typeof importsOperations> = {
  previewImportFile: (args, { ctx }) => importerOf(ctx).previewImportFile(args),
  startImport: (args, { ctx, store }) => importerOf(ctx).startImport(store, args),
  getImportJob: (args, { ctx }) => importerOf(ctx).getImportJob(args.jobId),
  cancelImportJob: (args, { ctx }) => importerOf(ctx).cancelImportJob(args.jobId),
  importFromPath: (args, { ctx, store }) => importerOf(ctx).importFromPath(store, { ...args, path: ctx.resolvePath(args.path, false) }),
  setPlantMonthlyProduction: (args, { store }) => setPlantMonthlyProduction(store, args.plantId, args.monthlyKWh),
  clearPlantProduction: (args, { store }) => clearPlantProduction(store, args.plantId),
  setProjectWeather: (args, { ctx, store }) =>
    setProjectWeather(store, args.path !== undefined ? { path: ctx.resolvePath(args.path, false) } : { name: args.name!, base64: args.base64! }),
  getProjectWeather: (_args, { store }) => getProjectWeather(store),
  clearProjectWeather: (_args, { store }) => removeProjectWeather(store),
  listImportedData: (_args, { store }) => listImportedData(store),
  getLoadCurve: (args, { store }) => getLoadCurve(store, args.pod, args.measure),
  getEffectiveLoad: (args, { store }) => effectiveLoad(store, args.pod, args.stepMinutes),
  exportProjectWorkbook: async (_args, { store }) => (await workbook()).exportProjectWorkbook(store),
  getWorkbookTemplate: async () => (await workbook()).getWorkbookTemplate(),
  createProjectFromWorkbook: async (args, { ctx }) =>
    (await workbook()).createProjectFromWorkbook({ newProjectPath: (raw) => ctx.resolvePath(raw, true), adopt: (store) => ctx.adopt(store) }, args),
};
