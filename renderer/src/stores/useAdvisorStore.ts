/**
 * The advisor tab: start an advice job (sizing, roofs, members), poll its progress, cancel
 * it; fetch the 3-day outlook (optionally on an uploaded forecast file).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { JobStatus } from '../../../core/api/common';
import type { OperationArgs } from '../../../core/api/common/operations';
import type { AdviceResult } from '../../../core/api/common/ops/advisor';
import type { Outlook } from '../../../core/advisor/outlook';
import { api } from '../api/client';
import { readBase64 } from './read-file';
import { useUiStore } from './useUiStore';
import { saveFile } from './useDeliverablesStore';

const POLL_MS = 150;

export const useAdvisorStore = defineStore('advisor', () => {
  const ui = useUiStore();
  const job = ref<JobStatus | null>(null);
  const results = ref<Partial<Record<AdviceResult['kind'], AdviceResult>>>({});
  const outlook = ref<Outlook | null>(null);

  async function advise(args: OperationArgs<'startAdvice'>) {
    try {
      const { jobId } = await api.startAdvice(args);
      job.value = await api.getJob({ jobId });
      while (job.value.status === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        job.value = await api.getJob({ jobId });
      }
      if (job.value.status === 'done') {
        const r = job.value.result as AdviceResult;
        results.value = { ...results.value, [r.kind]: r };
      } else if (job.value.status === 'failed' && job.value.error) {
        ui.showError(job.value.error);
      }
    } catch (e) {
      ui.showError(e);
    } finally {
      job.value = null;
    }
  }

  async function cancel() {
    if (job.value) await api.cancelJob({ jobId: job.value.jobId }).catch((e: unknown) => ui.showError(e));
  }

  async function loadOutlook(project: string, file: File | null) {
    try {
      outlook.value = await api.getOutlook(file ? { project, name: file.name, base64: await readBase64(file) } : { project });
    } catch (e) {
      ui.showError(e);
    }
  }

  /** The outlook as a one-page PDF for members, on the same forecast file. */
  async function outlookPdf(project: string, file: File | null, lang: 'it' | 'en') {
    try {
      saveFile(await api.exportOutlookSheet(file ? { project, name: file.name, base64: await readBase64(file), lang } : { project, lang }));
    } catch (e) {
      ui.showError(e);
    }
  }

  async function memberFile(file: File): Promise<{ name: string; base64: string }> {
    return { name: file.name, base64: await readBase64(file) };
  }

  return { job, results, outlook, advise, cancel, loadOutlook, outlookPdf, memberFile };
});
