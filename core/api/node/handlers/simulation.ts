/** Handlers of the simulation operations: jobs, results, parameters, zonal prices. */
import type { simulationOperations } from '../../common/ops/simulation';
import type { Handlers } from './types';
import {
  hourlySeries,
  importZonalPrices,
  inputMark,
  projectParameters,
  scenarioInput,
  setParameterOverride,
  simulate,
  simulationView,
  zonalPricesSummary,
} from '../simulation-service';
import { clearZonalPrices } from '../../../store/zonal-prices-repository';

export const simulationHandlers: Handlers<keyof typeof simulationOperations> = {
  startSimulation: (args, { ctx, store }) => {
    // Inputs are read now, so edits made while the job runs belong to the next run.
    const resourcesDir = ctx.options.resourcesDir;
    const mark = inputMark(store, args.stepMinutes, resourcesDir);
    const input = scenarioInput(store, args.stepMinutes, resourcesDir);
    return { jobId: ctx.jobs.start('simulation', (hooks) => simulate(store, input, hooks, ctx.options.host === 'cli', { mark, resourcesDir })) };
  },
  getSimulation: (_args, { ctx, store }) => simulationView(store, ctx.options.resourcesDir),
  getHourlySeries: (args, { ctx, store }) => hourlySeries(store, args.configurationId, ctx.options.resourcesDir),
  getJob: (args, { ctx }) => ctx.jobs.get(args.jobId),
  cancelJob: (args, { ctx }) => (ctx.jobs.cancel(args.jobId), null),
  getParameters: (_args, { ctx, store }) => projectParameters(store, ctx.options.resourcesDir),
  setParameterOverride: (args, { ctx, store }) => {
    setParameterOverride(store, args.key, args.value);
    return projectParameters(store, ctx.options.resourcesDir);
  },
  importZonalPrices: (args, { store }) => importZonalPrices(store, args.name, Buffer.from(args.base64, 'base64')),
  getZonalPrices: (_args, { store }) => zonalPricesSummary(store),
  clearZonalPrices: (_args, { store }) => (clearZonalPrices(store), null),
};
