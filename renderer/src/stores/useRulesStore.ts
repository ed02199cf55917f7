/**
 * Eligibility findings of the open project, re-checked after every edit (the project store's
 * `editCount`) and whenever its lists are reloaded; the rule fields and local rules with
 * their edits.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { CheckProjectResult, LocalRulesView, RuleFieldsView } from '../../../core/api/common';
import type { EntityRef } from '../../../core/rules/types';
import type { RuleFieldValues } from '../../../core/rules/fields';
import { api } from '../api/client';
import { useProjectStore } from './useProjectStore';

export const useRulesStore = defineStore('rules', () => {
  const project = useProjectStore();
  const result = ref<CheckProjectResult | null>(null);
  const fields = ref<RuleFieldsView | null>(null);
  const localRules = ref<LocalRulesView | null>(null);
  const checking = ref(false);
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function refresh() {
    const path = project.summary?.path;
    if (!path) return;
    const mine = ++seq;
    checking.value = true;
    try {
      const [r, f, l] = await Promise.all([
        api.checkProject({ project: path }),
        api.getRuleFields({ project: path }),
        api.listLocalRules({ project: path }),
      ]);
      // A slower, older answer never overwrites a newer one.
      if (mine !== seq) return;
      result.value = r;
      fields.value = f;
      localRules.value = l;
    } catch {
      // The panel keeps the last findings; the edit that failed already showed its error.
    } finally {
      if (mine === seq) checking.value = false;
    }
  }

  /**
   * Coalesces bursts of edits into one check. During an edit (the project store's `saving`)
   * lists reloaded inside it wait for its end: every edit bumps `editCount` when it is over,
   * and the check then runs once, not beside the edit's own requests.
   */
  function schedule() {
    clearTimeout(timer);
    if (project.saving) return;
    timer = setTimeout(() => void refresh(), 30);
  }

  watch(() => [project.summary?.path, project.editCount, project.members, project.plants, project.configurations], schedule, { immediate: true });

  function valuesOf(entity: EntityRef): RuleFieldValues {
    const f = fields.value;
    if (!f) return {};
    if (entity.kind === 'community') return f.community;
    const table = entity.kind === 'configuration' ? f.configurations : entity.kind === 'member' ? f.members : f.plants;
    return table[String(entity.id)] ?? {};
  }

  async function updateFields(entity: EntityRef, patch: Record<string, unknown>) {
    const path = project.summary?.path;
    if (!path) return;
    await project.edit(() => api.updateRuleFields({ project: path, entity, patch }));
  }

  async function applyPreset(preset: string) {
    const path = project.summary?.path;
    if (!path) return;
    await project.edit(() => api.applyLocalRulePreset({ project: path, preset }));
  }

  /** Saves the project's local rules; the saved view, or undefined when refused (error shown). */
  async function setLocalRules(rules: LocalRulesView['rules']) {
    const path = project.summary?.path;
    if (!path) return undefined;
    const saved = await project.edit(() => api.setLocalRules({ project: path, rules }));
    if (saved) localRules.value = saved;
    return saved;
  }

  return { result, fields, localRules, checking, refresh, valuesOf, updateFields, applyPreset, setLocalRules };
});
