/** Handlers of the import operations: the logic lives in ../import-service and ../weather-service. */
import type { importsOperations } from '../../common/ops/imports';
import type { Handlers } from './types';
import { effectiveLoad } from '../effective-load';
import { getProjectWeather, removeProjectWeather, setProjectWeather } from '../weather-service';

export const importsHandlers: Handlers<keyof typeof importsOperations> = {
  previewImportFile: (args, { ctx }) => ctx.importer.previewImportFile(args),
  startImport: (args, { ctx, store }) => ctx.importer.startImport(store, args),
  getImportJob: (args, { ctx }) => ctx.importer.getImportJob(args.jobId),
  cancelImportJob: (args, { ctx }) => ctx.importer.cancelImportJob(args.jobId),
  importFromPath: (args, { ctx, store }) => ctx.importer.importFromPath(store, { ...args, path: ctx.resolvePath(args.path, false) }),
  setPlantMonthlyProduction: (args, { ctx, store }) => ctx.importer.setPlantMonthlyProduction(store, args.plantId, args.monthlyKWh),
  clearPlantProduction: (args, { ctx, store }) => ctx.importer.clearPlantProduction(store, args.plantId),
  setProjectWeather: (args, { ctx, store }) =>
    setProjectWeather(store, args.path !== undefined ? { path: ctx.resolvePath(args.path, false) } : { name: args.name!, base64: args.base64! }),
  getProjectWeather: (_args, { store }) => getProjectWeather(store),
  clearProjectWeather: (_args, { store }) => removeProjectWeather(store),
  listImportedData: (_args, { ctx, store }) => ctx.importer.listImportedData(store),
  getLoadCurve: (args, { ctx, store }) => ctx.importer.getLoadCurve(store, args.pod, args.measure),
  getEffectiveLoad: (args, { store }) => effectiveLoad(store, args.pod, args.stepMinutes),
  exportProjectWorkbook: (_args, { ctx, store }) => ctx.importer.exportProjectWorkbook(store),
  getWorkbookTemplate: (_args, { ctx }) => ctx.importer.getWorkbookTemplate(),
  createProjectFromWorkbook: (args, { ctx }) => ctx.importer.createProjectFromWorkbook(args),
};
