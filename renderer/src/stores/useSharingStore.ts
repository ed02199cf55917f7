/**
 * Who gets what, in the UI: the stored rules, a draft being edited with a live preview of
 * the division (computed by the core without saving), saving, the comparison of the draft
 * with the stored rules, and the GSE statements to divide instead of the simulated amounts.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { GseStatementsView, SharingComparisonView, SharingRulesView, SharingView } from '../../../core/api/common';
import type { SharingRuleSet } from '../../../core/sharing/types';
import { api } from '../api/client';
import { errorText } from '../api/error-text';
import { readBase64 } from './read-file';
import { useUiStore } from './useUiStore';

/** Wait after the last keystroke before asking the core for a preview [ms]. */
const PREVIEW_DELAY_MS = 300;

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export const useSharingStore = defineStore('sharing', () => {
  const ui = useUiStore();
  const stored = ref<SharingRulesView | null>(null);
  const draft = ref<SharingRuleSet>({ community: [], configurations: {} });
  const preview = ref<SharingView | null>(null);
  /** Why the draft cannot be applied (names the rule), or null; in the UI's language, following a switch. */
  const refusal = ref<{ e: unknown } | null>(null);
  const problem = computed(() => (refusal.value === null ? null : errorText(refusal.value.e)));
  const comparison = ref<SharingComparisonView | null>(null);
  const source = ref<'simulation' | 'gse'>('simulation');
  const gse = ref<GseStatementsView | null>(null);
  const dirty = computed(() => stored.value !== null && JSON.stringify(draft.value) !== JSON.stringify(stored.value.ruleSet));
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function refresh(project: string) {
    try {
      preview.value = await api.computeSharing({ project, ruleSet: draft.value as unknown as Record<string, unknown>, source: source.value });
      refusal.value = null;
    } catch (e) {
      refusal.value = { e };
    }
  }

  async function load(project: string) {
    try {
      [stored.value, gse.value] = await Promise.all([api.getSharingRules({ project }), api.getGseStatements({ project })]);
      draft.value = copy(stored.value.ruleSet);
      comparison.value = null;
      await refresh(project);
    } catch (e) {
      ui.showError(e);
    }
  }

  /** Call after each edit of the draft: the preview follows shortly. */
  function edited(project: string) {
    comparison.value = null;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(project), PREVIEW_DELAY_MS);
  }

  async function save(project: string) {
    try {
      stored.value = await api.setSharingRules({ project, ruleSet: draft.value as unknown as Record<string, unknown> });
      draft.value = copy(stored.value.ruleSet);
      refusal.value = null;
    } catch (e) {
      refusal.value = { e };
    }
  }

  async function restoreDefault(project: string) {
    try {
      stored.value = await api.setSharingRules({ project, ruleSet: null });
      draft.value = copy(stored.value.ruleSet);
      await refresh(project);
    } catch (e) {
      ui.showError(e);
    }
  }

  function discard(project: string) {
    if (!stored.value) return;
    draft.value = copy(stored.value.ruleSet);
    edited(project);
  }

  /** The stored rules (a) against the draft (b). */
  async function compare(project: string) {
    try {
      comparison.value = await api.compareSharing({ project, b: draft.value as unknown as Record<string, unknown>, source: source.value });
    } catch (e) {
      refusal.value = { e };
    }
  }

  async function importGse(project: string, file: File) {
    try {
      gse.value = await api.importGseStatements({ project, name: file.name, base64: await readBase64(file) });
      source.value = 'gse';
      await refresh(project);
    } catch (e) {
      ui.showError(e);
    }
  }

  async function clearGse(project: string) {
    try {
      gse.value = await api.clearGseStatements({ project });
      source.value = 'simulation';
      await refresh(project);
    } catch (e) {
      ui.showError(e);
    }
  }

  async function template(project: string): Promise<{ fileName: string; text: string } | null> {
    try {
      return await api.gseStatementsTemplate({ project });
    } catch (e) {
      ui.showError(e);
      return null;
    }
  }

  return { stored, draft, preview, problem, comparison, source, gse, dirty, load, edited, refresh, save, restoreDefault, discard, compare, importGse, clearGse, template };
});
