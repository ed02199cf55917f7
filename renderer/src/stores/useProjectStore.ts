/**
 * The open project as the UI sees it. Every edit goes to the core at once (one transaction
 * there) and the local copy is replaced by what the core returns, so the screen always
 * shows what is saved.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Configuration, Member, Plant, Community } from '../../../core/model/entities';
import type { ConfigurationInput, MemberInput, MemberListItem, PlantInput, ProjectSummary } from '../../../core/api/common';

/** A member as the table shows it: the consumption the engine uses once listed (absent right after an add). */
export type MemberRow = Member & Partial<Pick<MemberListItem, 'consumptionSource' | 'effectiveAnnualKWh'>>;
import { api } from '../api/client';
import { useUiStore } from './useUiStore';
import { t } from '../i18n';

export const useProjectStore = defineStore('project', () => {
  const ui = useUiStore();
  const summary = ref<ProjectSummary | null>(null);
  const members = ref<MemberRow[]>([]);
  const plants = ref<Plant[]>([]);
  const configurations = ref<Configuration[]>([]);
  const pending = ref(0);
  /** Bumped after every edit (saved or refused): watchers such as the findings panel re-read. */
  const editCount = ref(0);

  const path = computed(() => summary.value?.path ?? '');
  const saving = computed(() => pending.value > 0);

  async function refreshSummary() {
    if (path.value) summary.value = await api.getProjectSummary({ project: path.value });
  }

  /**
   * Runs an edit; on failure the error is shown and the list reloaded from the file. The
   * summary is read again after it, unless `fn` reads it itself (`summaryRead`: alongside its
   * other reads, one round of requests instead of two).
   */
  async function edit<T>(fn: () => Promise<T>, summaryRead = false): Promise<T | undefined> {
    pending.value++;
    try {
      const result = await fn();
      if (!summaryRead) await refreshSummary();
      return result;
    } catch (e) {
      ui.showError(e);
      await reloadLists();
      return undefined;
    } finally {
      pending.value--;
      editCount.value++; // eligibility rules: findings refresh after every edit
    }
  }

  async function reloadLists() {
    if (!path.value) return;
    const project = path.value;
    const [m, p, c] = await Promise.all([
      api.listMembers({ project }),
      api.listPlants({ project }),
      api.listConfigurations({ project }),
    ]);
    members.value = m;
    plants.value = p;
    configurations.value = c;
  }

  async function load(projectPath: string) {
    summary.value = await api.openProject({ path: projectPath });
    await reloadLists();
  }

  /** An edit whose outcome the caller needs: true when saved, false when refused (error shown). */
  async function saved(fn: () => Promise<unknown>): Promise<boolean> {
    return (await edit(async () => {
      await fn();
      return true;
    })) ?? false;
  }

  function replace<T extends { id: number }>(list: T[], item: T): T[] {
    return list.map((x) => (x.id === item.id ? item : x));
  }

  const project = () => ({ project: path.value });

  /**
   * A deletion is not asked for first: it is saved, an error about the entity goes, and a
   * notice offers to undo it (the history is in the file).
   */
  async function removed(kind: 'member' | 'plant' | 'configuration', id: number, name: string, fn: () => Promise<void>) {
    const done = await saved(fn);
    if (!done) return;
    ui.clearFor(`${kind}:${id}`);
    ui.notify(t('history.removed', { name }), true);
  }

  /** After undo or redo: everything may have changed, read it all again. */
  async function reloadAll() {
    await Promise.all([reloadLists(), refreshSummary()]);
    editCount.value++;
  }

  return {
    summary,
    members,
    plants,
    configurations,
    saving,
    editCount, // eligibility rules
    edit, // eligibility rules: rule-field edits share the saving status and error banner
    load,
    reloadLists,
    reloadAll, // editing comfort: after undo/redo
    setSummary: (s: ProjectSummary) => (summary.value = s),
    updateCommunity: (patch: Partial<Community>) =>
      edit(async () => {
        await api.updateCommunity({ ...project(), patch });
      }),
    addMember: (member: MemberInput) =>
      edit(async () => {
        const m = await api.addMember({ ...project(), member });
        members.value = [...members.value, m];
        return m;
      }),
    updateMember: (id: number, patch: Partial<Omit<Member, 'id'>>) =>
      saved(async () => {
        const updated = await api.updateMember({ ...project(), id, patch });
        // The consumption used follows the PODs (curves, bills) and the estimate: list again when they change.
        if ('pods' in patch || 'annualKWh' in patch) await reloadLists();
        else members.value = replace(members.value, { ...members.value.find((m) => m.id === id), ...updated });
      }),
    removeMember: (id: number) =>
      removed('member', id, members.value.find((m) => m.id === id)?.name ?? String(id), async () => {
        await api.removeMember({ ...project(), id });
        members.value = members.value.filter((m) => m.id !== id);
        plants.value = await api.listPlants(project());
      }),
    addPlant: (plant: PlantInput) =>
      edit(async () => {
        const p = await api.addPlant({ ...project(), plant });
        plants.value = [...plants.value, p];
        return p;
      }),
    updatePlant: (id: number, patch: Partial<Omit<Plant, 'id'>>) =>
      saved(async () => {
        plants.value = replace(plants.value, await api.updatePlant({ ...project(), id, patch }));
      }),
    removePlant: (id: number) =>
      removed('plant', id, plants.value.find((p) => p.id === id)?.name ?? String(id), async () => {
        await api.removePlant({ ...project(), id });
        plants.value = plants.value.filter((p) => p.id !== id);
      }),
    addConfiguration: (configuration: ConfigurationInput) =>
      edit(async () => {
        const c = await api.addConfiguration({ ...project(), configuration });
        configurations.value = [...configurations.value, c];
      }),
    updateConfiguration: (id: number, patch: Partial<Omit<Configuration, 'id'>>) =>
      saved(async () => {
        configurations.value = replace(configurations.value, await api.updateConfiguration({ ...project(), id, patch }));
      }),
    removeConfiguration: (id: number) =>
      removed('configuration', id, configurations.value.find((c) => c.id === id)?.name ?? String(id), async () => {
        await api.removeConfiguration({ ...project(), id });
        await reloadLists();
      }),
  };
});
