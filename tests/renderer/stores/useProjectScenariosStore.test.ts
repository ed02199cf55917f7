// @vitest-environment happy-dom
/**
 * Reopening a project scenario (issue 15): the core reopens it, then everything the screen
 * shows of the project is read back in one round of requests (not one after another), the
 * notice waits for all of them, and the eligibility findings are checked once, after the
 * edit, not beside its requests.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { ProjectScenarioItem, ProjectSummary } from '../../../core/api/common';
import { useProjectScenariosStore } from '../../../renderer/src/stores/useProjectScenariosStore';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { useRulesStore } from '../../../renderer/src/stores/useRulesStore';
import { api, resetApi } from '../helpers/api-stub';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/rho.condivisa';
const item = (id: number, name: string, current = false) => ({ id, name, current }) as unknown as ProjectScenarioItem;

/** A promise the test settles by hand, to see what is asked while the reopen is under way. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('reopening a project scenario', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('reads the lists, results, summary, scenarios and comparison back together, then checks the findings once', async () => {
    const project = useProjectStore();
    project.setSummary({ path: PATH } as ProjectSummary);
    api.getProjectSummary.mockResolvedValue({ path: PATH } as ProjectSummary);
    api.checkProject.mockResolvedValue({ findings: [] } as never);
    api.getRuleFields.mockResolvedValue({} as never);
    api.listLocalRules.mockResolvedValue({} as never);
    const rules = useRulesStore();
    await vi.waitFor(() => expect(api.checkProject).toHaveBeenCalledTimes(1)); // on opening the store
    void rules;

    // The summary answers after the findings' 30 ms coalescing: a check started by the lists
    // replaced inside the edit would run beside it.
    api.getProjectSummary.mockImplementation(() => new Promise((r) => setTimeout(() => r({ path: PATH } as ProjectSummary), 80)));
    const store = useProjectScenariosStore();
    store.scenarios = [item(1, 'A'), item(2, 'B', true)];
    store.selected = [1, 2];
    const opened = deferred<never>();
    api.openProjectScenario.mockReturnValue(opened.promise);
    const members = deferred<never>();
    api.listMembers.mockReturnValue(members.promise);
    api.listPlants.mockResolvedValue([]);
    api.listConfigurations.mockResolvedValue([]);
    api.getSimulation.mockResolvedValue({ stale: false } as never);
    api.listProjectScenarios.mockResolvedValue({ scenarios: [item(1, 'A', true), item(2, 'B')] } as never);
    api.compareProjectScenarios.mockResolvedValue({ columns: [] } as never);

    const done = store.open(PATH, 1, '');
    await vi.waitFor(() => expect(api.openProjectScenario).toHaveBeenCalledWith({ project: PATH, id: 1, saveCurrentAs: '' }));
    expect(api.listMembers).not.toHaveBeenCalled(); // nothing is read before the core has reopened it
    opened.resolve({ savedPreviousAs: null } as never);
    // One round: all seven reads are asked before the slowest (the members) answers, the
    // summary among them (not read again after the edit).
    await vi.waitFor(() => expect(api.listMembers).toHaveBeenCalledTimes(1));
    for (const op of ['listPlants', 'listConfigurations', 'getSimulation', 'listProjectScenarios', 'compareProjectScenarios', 'getProjectSummary'] as const) expect(api[op]).toHaveBeenCalledTimes(1);
    expect(api.compareProjectScenarios).toHaveBeenCalledWith({ project: PATH, ids: [1, 2] });
    expect(store.busy).toBe(true);
    expect(store.notice).toBeNull();
    members.resolve([] as never);
    await done;
    expect(store.busy).toBe(false);
    expect(store.notice).toEqual({ key: 'psc.opened', params: { name: 'A' } });
    expect(store.scenarios.find((s) => s.current)?.id).toBe(1);
    expect(api.getProjectSummary).toHaveBeenCalledTimes(1);
    // The findings: once more, after the edit (the lists replaced inside it do not add a check).
    await vi.waitFor(() => expect(api.checkProject).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 100));
    expect(api.checkProject).toHaveBeenCalledTimes(2);
  });

  it('a refused reopen shows the error, keeps the notice empty and reads the list again', async () => {
    const project = useProjectStore();
    project.setSummary({ path: PATH } as ProjectSummary);
    api.listMembers.mockResolvedValue([]);
    api.listPlants.mockResolvedValue([]);
    api.listConfigurations.mockResolvedValue([]);
    api.openProjectScenario.mockRejectedValue(new Error('refused'));
    api.listProjectScenarios.mockResolvedValue({ scenarios: [item(1, 'A'), item(2, 'B', true)] } as never);
    const store = useProjectScenariosStore();
    await store.open(PATH, 1, '');
    expect(store.notice).toBeNull();
    expect(store.busy).toBe(false);
    expect(api.listProjectScenarios).toHaveBeenCalledTimes(1);
    expect(store.scenarios.find((s) => s.current)?.id).toBe(2);
  });
});
