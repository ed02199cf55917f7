/**
 * Running the simulation from the UI: start a job, poll its progress, cancel it, and show
 * the result kept in the project file (flagged when the project changed since).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { JobStatus, SimulationView } from '../../../core/api/common';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';

const POLL_MS = 150;

export const useSimulationStore = defineStore('simulation', () => {
  const ui = useUiStore();
  const view = ref<SimulationView | null>(null);
  const job = ref<JobStatus | null>(null);
  const stepMinutes = ref<15 | 60>(60);

  async function load(project: string) {
    try {
      view.value = await api.getSimulation({ project });
    } catch (e) {
      ui.showError(e);
    }
  }

  async function run(project: string) {
    try {
      const { jobId } = await api.startSimulation({ project, stepMinutes: stepMinutes.value });
      job.value = await api.getJob({ jobId });
      while (job.value.status === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        job.value = await api.getJob({ jobId });
      }
      if (job.value.status === 'failed' && job.value.error) ui.showError(job.value.error);
      await load(project);
    } catch (e) {
      ui.showError(e);
    } finally {
      const finished = job.value;
      job.value = finished && finished.status === 'running' ? finished : null;
    }
  }

  async function cancel() {
    if (job.value) await api.cancelJob({ jobId: job.value.jobId }).catch((e: unknown) => ui.showError(e));
  }

  return { view, job, stepMinutes, load, run, cancel };
});
