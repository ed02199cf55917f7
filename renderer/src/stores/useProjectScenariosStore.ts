/**
 * *Scenari di progetto* from the UI: the saved scenarios, save (simulating first, with the
 * simulation tab's progress, when the results are out of date), reopen, rename, duplicate,
 * delete (undone by saving the deleted state back), and the comparison of the ticked ones.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ProjectScenarioComparison, ProjectScenarioItem } from '../../../core/api/common';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';
import { useSimulationStore } from './useSimulationStore';
import { useProjectStore } from './useProjectStore';

export const useProjectScenariosStore = defineStore('projectScenarios', () => {
  const ui = useUiStore();
  const scenarios = ref<ProjectScenarioItem[]>([]);
  /** Ticked for the comparison, in the order ticked (the first is the reference column). */
  const selected = ref<number[]>([]);
  const comparison = ref<ProjectScenarioComparison | null>(null);
  const busy = ref(false);
  /** The last thing done, for the status line. */
  const notice = ref<{ key: 'psc.saved' | 'psc.deleted' | 'psc.opened' | 'psc.openedSaved'; params: Record<string, string> } | null>(null);

  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    try {
      return await work();
    } catch (e) {
      ui.showError(e);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  async function load(project: string) {
    await guarded(async () => {
      scenarios.value = (await api.listProjectScenarios({ project })).scenarios;
      selected.value = selected.value.filter((id) => scenarios.value.some((s) => s.id === id));
      await refreshComparison(project);
    });
  }

  async function refreshComparison(project: string) {
    comparison.value = selected.value.length >= 2 ? await api.compareProjectScenarios({ project, ids: selected.value }) : null;
  }

  /** Ticks or unticks a scenario for the comparison (at most three). */
  async function toggle(project: string, id: number) {
    selected.value = selected.value.includes(id) ? selected.value.filter((x) => x !== id) : [...selected.value, id].slice(-3);
    await guarded(() => refreshComparison(project));
  }

  async function save(project: string, name: string) {
    await guarded(async () => {
      // Simulate through the simulation store first, so a long run shows its progress.
      const sim = useSimulationStore();
      await sim.load(project);
      if (!sim.view || sim.view.stale) await sim.run(project);
      // Run done (or failed, or cancelled: the scenario is then kept without results).
      const saved = await api.saveProjectScenario({ project, name, simulate: false });
      notice.value = { key: 'psc.saved', params: { name: saved.name } };
    });
    await load(project);
  }

  async function open(project: string, id: number, saveCurrentAs: string) {
    const target = scenarios.value.find((s) => s.id === id);
    const projectStore = useProjectStore();
    busy.value = true;
    try {
      // One edit of the project (its status, the findings' refresh); the file stays open.
      const opened = await projectStore.edit(() => api.openProjectScenario({ project, id, saveCurrentAs }));
      if (!opened) return;
      notice.value = opened.savedPreviousAs
        ? { key: 'psc.openedSaved', params: { name: target?.name ?? '', saved: opened.savedPreviousAs.name } }
        : { key: 'psc.opened', params: { name: target?.name ?? '' } };
      // Everything shown of the project changed: tables and results.
      await Promise.all([projectStore.reloadLists(), useSimulationStore().load(project)]);
    } finally {
      busy.value = false;
    }
    await load(project);
  }

  async function rename(project: string, id: number, name: string) {
    await guarded(() => api.renameProjectScenario({ project, id, name }));
    await load(project);
  }

  async function duplicate(project: string, id: number, name: string) {
    await guarded(() => api.duplicateProjectScenario({ project, id, name }));
    await load(project);
  }

  async function remove(project: string, id: number) {
    const gone = scenarios.value.find((s) => s.id === id);
    await guarded(() => api.deleteProjectScenario({ project, id }));
    if (gone) notice.value = { key: 'psc.deleted', params: { name: gone.name } };
    await load(project);
  }

  return { scenarios, selected, comparison, busy, notice, load, toggle, save, open, rename, duplicate, remove };
});
