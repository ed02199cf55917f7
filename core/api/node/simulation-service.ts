/**
 * Simulation operations: gather the project's inputs, run core/scenario as a job, keep the
 * result in the project file with the hash of its inputs (so the UI knows when it is stale).
 */
import crypto from 'node:crypto';
import type { ProjectStore } from '../../store/project-store';
import { readSimulationCache, writeSimulationCache } from '../../store/simulation-cache';
import { packSimulationSeries, readSimulationSeries } from '../../store/simulation-series';
import { runScenarioOffThread } from './workers/run-scenario-off-thread';
import { ScenarioInputError } from '../../scenario/errors';
import type { ScenarioInput, ScenarioResult } from '../../scenario/types';
import type { StepMinutes, TimeBase } from '../../model/timeseries';
import type { ImportedMemberLoads } from '../../load/importedMemberLoads';
import type { HourlySeriesView, SimulationView, ZonalPricesSummary } from '../common';
import { badRequest } from '../common/errors';
import { loadEconomicsParameters } from './parameters-loader';
import { memberLoadInputs } from '../../store/import-repository';
import { plantProductionInputs } from '../../store/production-repository';
import { projectWeather } from './weather-service';
import { readZonalPrices, saveZonalPrices } from '../../store/zonal-prices-repository';
import { readAllRuleFields, readRuleFields } from '../../store/rules-fields-repository';
import { areasOf } from '../../store/areas-repository';
import { RulesService } from './rules-service';

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
import { parseZonalPricesCsv } from '../../io/prices/zonal-prices-csv';
import { referenceYearBase } from '../../model/calendar/referenceYearBase';
import {
  PARAMETER_KEYS,
  applyOverrides,
  checkOverride,
  listParameters,
  type ParameterEntry,
} from '../../scenario/parameter-catalogue';
import type { JobHooks } from './jobs';

/** Bumped when the models change, so results of an older engine count as stale. */
export const ENGINE_VERSION = 'engine-4'; // engine-4: substation areas to the letter, findings zero the money, 55/45 on incentivised plants, AUC E_ACVC, P90 re-run

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
    if (problem) throw badRequest(problem, 'value');
  } else if (!PARAMETER_KEYS.includes(key)) {
    throw badRequest({ code: 'api.simulation.unknown-parameter', params: { key } }, 'key');
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
  const { loadCurves, bills, metered } = keptMemberLoadInputs(store, referenceYearBase(year, stepMinutes));
  // Imported production of plants (series re-laid on the civil year, monthly energies spread flat).
  const productionSeries = plantProductionInputs(store, referenceYearBase(year, stepMinutes));
  const prices = readZonalPrices(store);
  // PNRR check: the plant's own municipality population when given, else the community's.
  const communityPopulation = numberOrNull(readRuleFields(store, 'community', 0).municipalityPopulation);
  const plantFields = readAllRuleFields(store, 'plant');
  const memberFields = readAllRuleFields(store, 'member');
  const configFields = readAllRuleFields(store, 'configuration');
  const plantMunicipalityPopulation = new Map(
    store.listPlants().map((p) => [p.id, numberOrNull(plantFields.get(p.id)?.municipalityPopulation) ?? communityPopulation]),
  );
  // Where each point lies beyond the map: the declared area (used only where the project holds
  // no area of the configuration's code) and, for an AUC, the building [RO p.21, p.41].
  const place = (fields: Record<string, unknown> | undefined) => ({
    declaredAreaCode: textOrNull(fields?.declaredSubstationCode),
    buildingId: textOrNull(fields?.buildingId),
  });
  // The eligibility findings: those that exclude by nature zero the money, the others are conditions.
  const findings = new RulesService(resourcesDir).check(store).findings;
  return {
    plantMunicipalityPopulation,
    community,
    loadCurves,
    ...(metered.size ? { metered } : {}),
    productionSeries,
    // The project's weather file, when set, replaces the embedded climate (PV and wind).
    ...((weather) => (weather ? { weather } : {}))(projectWeather(store)),
    bills,
    ...(prices
      ? {
          hourlyZonalPrices: {
            source: `${prices.file}, ${prices.year}`,
            byZone: Object.fromEntries(Object.entries(prices.byZone).map(([z, v]) => [z, { base: prices.base, kWh: v }])),
          },
        }
      : {}),
    economics: applyOverrides(loadEconomicsParameters(resourcesDir, year), year, parameterOverrides(store)),
    configurations: store.listConfigurations().map((c) => ({ ...c, buildingId: textOrNull(configFields.get(c.id)?.buildingId) })),
    members: store.listMembers().map((m) => ({ ...m, ...place(memberFields.get(m.id)) })),
    plants: store.listPlants().map((p) => ({ ...p, ...place(plantFields.get(p.id)) })),
    heldAreaCodes: areasOf(store).listRecords().map((a) => a.code),
    findings,
    stepMinutes,
  };
}

/**
 * The members' imported loads on a run's base, kept until the curves, bills, members' PODs or
 * the base change (re-laying a curve on the reference year costs a few ms; a project with 60
 * curves paid ~¼ s at each look at its results). A copy is handed out: the run may write into it.
 */
function keptMemberLoadInputs(store: ProjectStore, base: TimeBase): ImportedMemberLoads {
  const members = store.listMembers();
  const curves = store.db.prepare('SELECT pod, measure, imported_at, length, source_file FROM load_curves ORDER BY pod, measure').all();
  const bills = store.db.prepare('SELECT COUNT(*) AS n, MAX(imported_at) AS at, TOTAL(COALESCE(f0, 0) + COALESCE(f1, 0) + COALESCE(f2, 0) + COALESCE(f3, 0)) AS kwh FROM bills').get();
  const key = JSON.stringify([base, members.map((m) => [m.id, m.pods]), curves, bills]);
  let kept = loadInputs.get(store);
  if (kept?.key !== key) {
    kept = { key, value: memberLoadInputs(store, base, members) };
    loadInputs.set(store, kept);
  }
  const v = kept.value;
  const copy = (a: Float64Array | undefined) => (a ? Float64Array.from(a) : undefined);
  return {
    loadCurves: new Map([...v.loadCurves].map(([id, a]) => [id, Float64Array.from(a)])),
    bills: new Map([...v.bills].map(([id, b]) => [id, structuredClone(b)])),
    metered: new Map([...v.metered].map(([id, m]) => [id, { ...(m.withdrawal ? { withdrawal: copy(m.withdrawal) } : {}), ...(m.injection ? { injection: copy(m.injection) } : {}) }])),
  };
}
const loadInputs = new WeakMap<ProjectStore, { key: string; value: ImportedMemberLoads }>();

/** A digest of everything the run reads: any edit to the inputs changes it. */
export function inputHash(input: ScenarioInput): string {
  const hash = crypto.createHash('sha256');
  const { loadCurves, bills, productionSeries, weather, hourlyZonalPrices, plantMunicipalityPopulation, findings, metered, ...plain } = input;
  hash.update(JSON.stringify([...(plantMunicipalityPopulation ?? new Map())]));
  // What the findings do to the money, not their wording.
  hash.update(JSON.stringify((findings ?? []).map((f) => [f.ruleId, f.entity.kind, f.entity.id, f.effect ?? ''])));
  hash.update(ENGINE_VERSION);
  hash.update(JSON.stringify(plain));
  for (const [label, map] of [['curves', loadCurves], ['production', productionSeries]] as const) {
    for (const [id, values] of [...(map ?? new Map<number, Float64Array>())].sort((a, b) => a[0] - b[0])) {
      hash.update(`${label}:${id}:`);
      hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    }
  }
  for (const [id, m] of [...(metered ?? new Map())].sort((a, b) => a[0] - b[0])) {
    for (const [label, values] of [['withdrawal', m.withdrawal], ['injection', m.injection]] as const) {
      if (!values) continue;
      hash.update(`metered:${id}:${label}:`);
      hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    }
  }
  hash.update(JSON.stringify([...(bills ?? new Map())].sort((a, b) => a[0] - b[0])));
  if (weather) hash.update(`weather:${weather.source}:${weather.base.startUtcMs}:${weather.base.length}`);
  for (const [zone, series] of Object.entries(hourlyZonalPrices?.byZone ?? {}).sort()) {
    hash.update(`pz:${zone}:${series!.base.startUtcMs}:`);
    hash.update(new Uint8Array(series!.kWh.buffer, series!.kWh.byteOffset, series!.kWh.byteLength));
  }
  return hash.digest('hex');
}

/**
 * Runs the simulation as a job and keeps its result. `inThisThread`: for a host with nothing
 * else to serve meanwhile (the command line), which saves starting a worker (~0.1 s).
 * `readAt`: the file's mark (inputMark) when `input` was read; when the file has not changed
 * since, the kept result's hash is remembered as the file's current one, so the next look at
 * the result (dividing the money right after) does not gather every input again (~20 ms).
 */
export async function simulate(
  store: ProjectStore,
  input: ScenarioInput,
  hooks: JobHooks,
  inThisThread = false,
  readAt?: { mark: string; resourcesDir: string },
): Promise<ScenarioResult> {
  const hash = inputHash(input);
  let result: ScenarioResult;
  try {
    result = await runScenarioOffThread(input, hooks, inThisThread ? { workerFile: null } : {});
  } catch (e) {
    if (e instanceof ScenarioInputError) {
      throw badRequest({ code: 'scenario.cannot-simulate', params: { missing: e.missing } });
    }
    throw e;
  }
  // The hourly series go to their own column: the result every caller reads stays small.
  const { hourly, ...rest } = result;
  if (!store.isOpen) return rest;
  const unchanged = readAt !== undefined && inputMark(store, input.stepMinutes, readAt.resourcesDir) === readAt.mark;
  writeSimulationCache(store, hash, rest, packSimulationSeries(hourly ?? []));
  if (unchanged) inputHashes.set(store, { key: inputMark(store, input.stepMinutes, readAt.resourcesDir), hash });
  return rest;
}

/**
 * The input hash of the project as it is now, kept until the file changes: this connection's
 * writes (total_changes), another program's commits (data_version), the step, the day (the
 * findings' deadlines). Building the inputs re-lays every imported curve on the reference year,
 * a few ms per curve; the scenarios' list and a reopen ask for it at once after the simulation tab.
 */
export function currentInputHash(store: ProjectStore, stepMinutes: StepMinutes, resourcesDir: string): string {
  const key = inputMark(store, stepMinutes, resourcesDir);
  const kept = inputHashes.get(store);
  if (kept?.key === key) return kept.hash;
  const hash = inputHash(scenarioInput(store, stepMinutes, resourcesDir));
  inputHashes.set(store, { key, hash });
  return hash;
}
const inputHashes = new WeakMap<ProjectStore, { key: string; hash: string }>();

/** What the inputs of a run depend on beyond the file's rows: equal marks, equal inputs. */
export function inputMark(store: ProjectStore, stepMinutes: StepMinutes, resourcesDir: string): string {
  const changes = (store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}:${store.db.pragma('data_version', { simple: true }) as number}:${stepMinutes}:${resourcesDir}:${ITALIAN_DAY.format(new Date())}`;
}
/** Today in Italy (the rules check's deadlines turn at Italian midnight). */
const ITALIAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

export function simulationView(store: ProjectStore, resourcesDir: string): SimulationView | null {
  const cached = readSimulationCache<ScenarioResult>(store);
  if (!cached) return null;
  const current = currentInputHash(store, cached.result.stepMinutes, resourcesDir);
  return { result: cached.result, computedAt: cached.createdAt, stale: current !== cached.inputHash };
}

/** One configuration's hourly series of the last simulation, flagged stale as the result is; null when none is kept. */
export function hourlySeries(store: ProjectStore, configurationId: number, resourcesDir: string): HourlySeriesView | null {
  const view = simulationView(store, resourcesDir);
  const series = view ? readSimulationSeries(store, configurationId) : null;
  return view && series ? { ...series, stale: view.stale } : null;
}

/** What the project's imported hourly prices are, for the UI. */
export function zonalPricesSummary(store: ProjectStore): ZonalPricesSummary | null {
  const p = readZonalPrices(store);
  if (!p) return null;
  const zones = Object.keys(p.byZone);
  const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / v.length;
  return { file: p.file, importedAt: p.importedAt, year: p.year, hours: p.base.length, zones, averageEurPerMWh: Object.fromEntries(zones.map((z) => [z, mean(p.byZone[z]!)])) };
}

/** Parses a market-operator CSV of hourly prices and keeps it in the project (one edit). */
export function importZonalPrices(store: ProjectStore, name: string, bytes: Uint8Array): ZonalPricesSummary {
  const prices = parseZonalPricesCsv(bytes, name);
  if (prices.base.length < 8760) {
    throw badRequest({ code: 'api.simulation.prices-not-full-year', params: { name, hours: String(prices.base.length) } });
  }
  saveZonalPrices(store, prices);
  return zonalPricesSummary(store)!;
}
