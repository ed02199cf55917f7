/**
 * Simulation operations: gather the project's inputs, run core/scenario as a job, keep the
 * result in the project file with the hash of its inputs (so the UI knows when it is stale).
 */
import crypto from 'node:crypto';
import type { ProjectStore } from '../store/project-store';
import { readSimulationCache, writeSimulationCache } from '../store/simulation-cache';
import { runScenario } from '../scenario/run';
import { ScenarioInputError } from '../scenario/errors';
import type { ScenarioInput, ScenarioResult } from '../scenario/types';
import type { StepMinutes } from '../model/timeseries';
import type { SimulationView } from './contract';
import { ApiError } from './errors';
import { loadEconomicsParameters } from './parameters-loader';
import { memberLoadInputs } from '../store/import-repository';
import { referenceYearBase } from '../model/calendar/referenceYearBase';
import {
  PARAMETER_KEYS,
  applyOverrides,
  checkOverride,
  listParameters,
  type ParameterEntry,
} from '../scenario/parameter-catalogue';
import type { JobHooks } from './jobs';

/** Bumped when the models change, so results of an older engine count as stale. */
export const ENGINE_VERSION = 'engine-2';

const OVERRIDES_META_KEY = 'parameter_overrides';

export function parameterOverrides(store: ProjectStore): Record<string, number> {
  try {
    const parsed = JSON.parse(store.getMeta(OVERRIDES_META_KEY) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** The project's parameters: shipped values with its overrides, each with source and date. */
export function projectParameters(store: ProjectStore, resourcesDir: string): ParameterEntry[] {
  const year = store.getCommunity().referenceYear;
  return listParameters(loadEconomicsParameters(resourcesDir, year), year, parameterOverrides(store));
}

/** Sets (a number) or clears (null) the override of one parameter, as one edit. */
export function setParameterOverride(store: ProjectStore, key: string, value: number | null): void {
  if (value !== null) {
    const problem = checkOverride(key, value);
    if (problem) throw new ApiError('bad-request', problem.en, problem.it, 'value');
  } else if (!PARAMETER_KEYS.includes(key)) {
    throw new ApiError('bad-request', `unknown parameter: ${key}`, `parametro sconosciuto: ${key}`, 'key');
  }
  const next = { ...parameterOverrides(store) };
  if (value === null) delete next[key];
  else next[key] = value;
  store.setMeta(OVERRIDES_META_KEY, JSON.stringify(next));
}

export function scenarioInput(store: ProjectStore, stepMinutes: StepMinutes, resourcesDir: string): ScenarioInput {
  const community = store.getCommunity();
  const year = community.referenceYear;
  // Imported curves and bills, laid onto the run's civil year (members without them use annual kWh).
  const { loadCurves, bills } = memberLoadInputs(store, referenceYearBase(year, stepMinutes));
  return {
    community,
    loadCurves,
    bills,
    economics: applyOverrides(loadEconomicsParameters(resourcesDir, year), year, parameterOverrides(store)),
    configurations: store.listConfigurations(),
    members: store.listMembers(),
    plants: store.listPlants(),
    stepMinutes,
  };
}

/** A digest of everything the run reads: any edit to the inputs changes it. */
export function inputHash(input: ScenarioInput): string {
  const hash = crypto.createHash('sha256');
  const { loadCurves, bills, productionSeries, weather, ...plain } = input;
  hash.update(ENGINE_VERSION);
  hash.update(JSON.stringify(plain));
  for (const [label, map] of [['curves', loadCurves], ['production', productionSeries]] as const) {
    for (const [id, values] of [...(map ?? new Map<number, Float64Array>())].sort((a, b) => a[0] - b[0])) {
      hash.update(`${label}:${id}:`);
      hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    }
  }
  hash.update(JSON.stringify([...(bills ?? new Map())].sort((a, b) => a[0] - b[0])));
  if (weather) hash.update(`weather:${weather.source}:${weather.base.startUtcMs}:${weather.base.length}`);
  return hash.digest('hex');
}

export async function simulate(store: ProjectStore, input: ScenarioInput, hooks: JobHooks): Promise<ScenarioResult> {
  const hash = inputHash(input);
  let result: ScenarioResult;
  try {
    result = await runScenario(input, hooks);
  } catch (e) {
    if (e instanceof ScenarioInputError) {
      throw new ApiError('bad-request', e.message, `impossibile simulare: ${translateMissing(e.missing).join('; ')}`);
    }
    throw e;
  }
  if (!store.isOpen) return result;
  writeSimulationCache(store, hash, result);
  return result;
}

const MISSING_IT: Record<string, string> = {
  'no configuration: add one and assign members and plants to it': 'nessuna configurazione: aggiungine una e assegnale membri e impianti',
  'no member is assigned to a configuration': 'nessun membro è assegnato a una configurazione',
  'no plant is assigned to a configuration': 'nessun impianto è assegnato a una configurazione',
};
const translateMissing = (missing: string[]) => missing.map((m) => MISSING_IT[m] ?? m);

export function simulationView(store: ProjectStore, resourcesDir: string): SimulationView | null {
  const cached = readSimulationCache<ScenarioResult>(store);
  if (!cached) return null;
  const current = inputHash(scenarioInput(store, cached.result.stepMinutes, resourcesDir));
  return { result: cached.result, computedAt: cached.createdAt, stale: current !== cached.inputHash };
}
