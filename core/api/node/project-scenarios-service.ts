/**
 * *Scenari di progetto*: save the working state with the results of its run, reopen a saved
 * state as the working state (its results become the project's last simulation), compare two
 * or three. Snapshots and their storage are core/store/project-scenarios-repository.ts; the
 * totals and differences are core/scenario/project-scenario-summary.ts (pure).
 */
import type { ProjectStore } from '../../store/project-store';
import { ProjectScenariosRepository, type StoredScenario } from '../../store/project-scenarios-repository';
import { cachedStepMinutes, readSimulationCache } from '../../store/simulation-cache';
import { compareSummaries, summariseProjectScenario, type ProjectScenarioSummary } from '../../scenario/project-scenario-summary';
import type { ScenarioResult } from '../../scenario/types';
import type { OpenedProjectScenario, ProjectScenarioComparison, ProjectScenarioItem, ProjectScenariosView } from '../common';
import { ApiError, badRequest, conflict } from '../common/errors';
import { currentInputHash, scenarioInput, simulate } from './simulation-service';
import type { JobHooks } from './jobs';

const quietHooks = (): JobHooks => ({ onProgress: () => {}, signal: new AbortController().signal, yieldControl: () => new Promise((r) => setImmediate(r)) });

/** The working state's step: the last run's, else hourly. */
const stepOf = (store: ProjectStore) => cachedStepMinutes(store) ?? 60;

/** Digest of the working state's inputs (the simulation's input hash). */
export function currentDigest(store: ProjectStore, resourcesDir: string): string {
  return currentInputHash(store, stepOf(store), resourcesDir);
}

function item(s: StoredScenario, current: string, simulated: boolean): ProjectScenarioItem {
  return { id: s.id, name: s.name, createdAt: s.createdAt, inputDigest: s.inputDigest, simulated, current: s.inputDigest === current, summary: JSON.parse(s.summaryJson) as ProjectScenarioSummary };
}

const isSimulated = (s: StoredScenario) => (JSON.parse(s.summaryJson) as ProjectScenarioSummary).sharedKWh !== null;

export function listProjectScenarios(store: ProjectStore, resourcesDir: string): ProjectScenariosView {
  const digest = currentDigest(store, resourcesDir);
  return { currentDigest: digest, scenarios: new ProjectScenariosRepository(store).list().map((s) => item(s, digest, isSimulated(s))) };
}

function refuseDuplicateName(repo: ProjectScenariosRepository, name: string, except?: number): void {
  const clash = repo.list().find((s) => s.id !== except && s.name.trim().toLocaleLowerCase('it') === name.trim().toLocaleLowerCase('it'));
  if (clash) throw conflict({ code: 'api.scenarios.name-taken', params: { name: clash.name } }, 'name');
}

/**
 * Saves the working state as scenario `name`. Its results are the last run's when that run is
 * of these very inputs; otherwise the project is simulated first (`simulate`), or the scenario
 * is kept without results (also when the project cannot be simulated yet).
 */
export async function saveProjectScenario(store: ProjectStore, resourcesDir: string, name: string, runIfStale: boolean): Promise<ProjectScenarioItem> {
  const repo = new ProjectScenariosRepository(store);
  refuseDuplicateName(repo, name);
  const digest = currentDigest(store, resourcesDir);
  const cached = readSimulationCache<ScenarioResult>(store);
  let result: ScenarioResult | null = cached && cached.inputHash === digest ? cached.result : null;
  if (!result && runIfStale) {
    try {
      result = await simulate(store, scenarioInput(store, stepOf(store), resourcesDir), quietHooks());
    } catch (e) {
      // A project that cannot be simulated yet (no configuration…) is still a state worth keeping.
      if (!(e instanceof ApiError && e.code === 'bad-request')) throw e;
    }
  }
  const counts = store.counts();
  const summary = summariseProjectScenario({ kWp: counts.totalKWp, members: counts.members, plants: counts.plants }, result);
  const id = repo.save({ name: name.trim(), inputDigest: digest, resultsJson: result ? JSON.stringify(result) : null, summaryJson: JSON.stringify(summary) });
  return item(repo.get(id), digest, result !== null);
}

/**
 * Makes scenario `id` the working state. With `saveCurrentAs`, the working state is first saved
 * under that name (without a new run) unless a scenario already holds exactly these inputs.
 * The scenario's results become the project's last simulation (fresh when the inputs hash as
 * they did; a changed map or engine shows them as out of date).
 */
export function openProjectScenario(store: ProjectStore, resourcesDir: string, id: number, saveCurrentAs: string | null): OpenedProjectScenario {
  const repo = new ProjectScenariosRepository(store);
  const target = repo.get(id);
  repo.assertRestorable(id);
  let savedPreviousAs: ProjectScenarioItem | null = null;
  if (saveCurrentAs !== null) {
    const digest = currentDigest(store, resourcesDir);
    if (!repo.list().some((s) => s.inputDigest === digest)) {
      const cached = readSimulationCache<ScenarioResult>(store);
      const result = cached && cached.inputHash === digest ? cached.result : null;
      const counts = store.counts();
      const summary = summariseProjectScenario({ kWp: counts.totalKWp, members: counts.members, plants: counts.plants }, result);
      const unique = uniqueName(repo, saveCurrentAs.trim());
      const newId = repo.save({ name: unique, inputDigest: digest, resultsJson: result ? JSON.stringify(result) : null, summaryJson: JSON.stringify(summary) });
      savedPreviousAs = item(repo.get(newId), '', result !== null);
    }
  }
  const results = repo.results(id);
  repo.restore(id, () => {
    // Written in the restore's transaction: the working state and its results change together.
    // A snapshot keeps no hourly series: the last run's would chart another state than the
    // results shown, so they go (the charts ask for a run, as after an older file).
    if (results === null) store.db.prepare('DELETE FROM simulation_cache').run();
    else
      store.db
        .prepare(
          `INSERT INTO simulation_cache (id, input_hash, created_at, result_json, hourly_json) VALUES (1, ?, ?, ?, NULL)
           ON CONFLICT(id) DO UPDATE SET input_hash = excluded.input_hash, created_at = excluded.created_at, result_json = excluded.result_json, hourly_json = NULL`,
        )
        .run(target.inputDigest, target.createdAt, results);
  });
  return { id, savedPreviousAs };
}

/** `name`, or `name (2)`, `name (3)`… when taken. */
function uniqueName(repo: ProjectScenariosRepository, name: string): string {
  const taken = new Set(repo.list().map((s) => s.name.toLocaleLowerCase('it')));
  if (!taken.has(name.toLocaleLowerCase('it'))) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`.toLocaleLowerCase('it'))) return `${name} (${n})`;
}

export function renameProjectScenario(store: ProjectStore, resourcesDir: string, id: number, name: string): ProjectScenarioItem {
  const repo = new ProjectScenariosRepository(store);
  refuseDuplicateName(repo, name, id);
  repo.rename(id, name.trim());
  const s = repo.get(id);
  return item(s, currentDigest(store, resourcesDir), isSimulated(s));
}

export function duplicateProjectScenario(store: ProjectStore, resourcesDir: string, id: number, name: string): ProjectScenarioItem {
  const repo = new ProjectScenariosRepository(store);
  refuseDuplicateName(repo, name);
  const s = repo.get(repo.duplicate(id, name.trim()));
  return item(s, currentDigest(store, resourcesDir), isSimulated(s));
}

export function deleteProjectScenario(store: ProjectStore, id: number): null {
  new ProjectScenariosRepository(store).remove(id);
  return null;
}

export function compareProjectScenarios(store: ProjectStore, ids: number[]): ProjectScenarioComparison {
  if (new Set(ids).size !== ids.length) throw badRequest({ code: 'api.scenarios.named-twice' }, 'ids');
  const repo = new ProjectScenariosRepository(store);
  const scenarios = ids.map((id) => {
    const s = repo.get(id);
    return { id: s.id, name: s.name, createdAt: s.createdAt, simulated: isSimulated(s), summary: JSON.parse(s.summaryJson) as ProjectScenarioSummary };
  });
  return { scenarios, cells: compareSummaries(scenarios.map((s) => s.summary)) };
}
