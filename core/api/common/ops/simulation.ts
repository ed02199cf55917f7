/** Operations of the energy and money simulation, its jobs, parameters and zonal prices. */
import * as v from 'valibot';
import { operation } from '../define';
import { base64, entityId, fileName, handle, onProject, text } from '../schemas';
import { jobStatusResult, nullResult } from '../results';
import type { ParameterEntry } from '../../../scenario/parameter-catalogue';
import type { HourlySeriesView, JobStatus, SimulationView, ZonalPricesSummary } from '../types/projects';

const jobArgs = v.object({ jobId: handle });

export const simulationOperations = {
  startSimulation: operation<{ jobId: string }>()({
    area: 'simulation',
    summary: 'Start a simulation job (energy, money, carbon) of the reference year',
    project: true,
    args: onProject({ stepMinutes: v.optional(v.picklist([15, 60]), 60) }),
  }),
  getSimulation: operation<SimulationView | null>()({ area: 'simulation', summary: 'The last simulation and whether it is out of date', project: true, args: onProject({}) }),
  getHourlySeries: operation<HourlySeriesView | null>()({
    area: 'simulation',
    summary: "One configuration's hourly production, withdrawal and shared energy of the last simulation (null before a run)",
    project: true,
    args: onProject({ configurationId: entityId }),
  }),
  getJob: operation<JobStatus>()({ area: 'simulation', summary: 'Progress or result of a job', project: false, args: jobArgs, result: jobStatusResult }),
  cancelJob: operation<null>()({ area: 'simulation', summary: 'Cancel a job', project: false, args: jobArgs, result: nullResult }),
  getParameters: operation<ParameterEntry[]>()({ area: 'simulation', summary: 'Economic parameters with source, date and project override', project: true, args: onProject({}) }),
  setParameterOverride: operation<ParameterEntry[]>()({
    area: 'simulation',
    summary: 'Override an economic parameter for the project (null restores the default)',
    project: true,
    args: onProject({ key: text(100), value: v.nullable(v.pipe(v.number(), v.finite())) }),
  }),
  importZonalPrices: operation<ZonalPricesSummary>()({
    area: 'simulation',
    summary: "Import the market operator's hourly zonal prices (CSV)",
    project: true,
    args: onProject({ name: fileName, base64 }),
  }),
  getZonalPrices: operation<ZonalPricesSummary | null>()({ area: 'simulation', summary: 'The imported hourly zonal prices, if any', project: true, args: onProject({}) }),
  clearZonalPrices: operation<null>()({ area: 'simulation', summary: 'Remove the imported zonal prices', project: true, args: onProject({}) }),
};
