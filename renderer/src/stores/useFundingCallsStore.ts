/**
 * Funding calls in the GSE documents tab: the calls shipped with the app, the one the user
 * chose assessed on the project's plants (eligible cost, grant, deadlines), its xlsx. The
 * chosen call also goes into the dossier (useDeliverablesStore.download('dossier')).
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { FundingCallAssessment, FundingCallSummary } from '../../../core/api/common';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';
import { useProjectStore } from './useProjectStore';
import { saveFile } from './useDeliverablesStore';
import { locale } from '../i18n';

export const useFundingCallsStore = defineStore('fundingCalls', () => {
  const ui = useUiStore();
  const project = useProjectStore();
  const calls = ref<FundingCallSummary[]>([]);
  /** The chosen call's id; '' for none. */
  const chosen = ref('');
  const assessment = ref<FundingCallAssessment | null>(null);
  const busy = ref(false);
  const projectPath = () => project.summary?.path ?? '';

  async function load() {
    try {
      calls.value = await api.listFundingCalls({});
      if (chosen.value && !calls.value.some((c) => c.id === chosen.value)) chosen.value = '';
      if (chosen.value) await choose(chosen.value);
    } catch (e) {
      ui.showError(e);
    }
  }

  /** `keep`: a re-assessment of the same call (plants edited) keeps the shown one until the new arrives. */
  async function choose(id: string, keep = false) {
    chosen.value = id;
    if (!keep) assessment.value = null;
    if (!id || !projectPath()) return;
    busy.value = true;
    try {
      const a = await api.assessFundingCall({ project: projectPath(), call: id });
      // A slower answer for a call chosen before is dropped.
      if (chosen.value === id) assessment.value = a;
    } catch (e) {
      ui.showError(e);
    } finally {
      busy.value = false;
    }
  }

  // A plant's cost, power or date edited elsewhere changes the assessment: asked again.
  watch(
    () => project.plants,
    () => {
      if (chosen.value && assessment.value) void choose(chosen.value, true);
    },
  );

  async function download() {
    if (!chosen.value) return;
    busy.value = true;
    try {
      saveFile(await api.exportFundingCall({ project: projectPath(), call: chosen.value, lang: locale.value }));
    } catch (e) {
      ui.showError(e);
    } finally {
      busy.value = false;
    }
  }

  return { calls, chosen, assessment, busy, load, choose, download };
});
