/**
 * Long work (simulations, big imports) runs as a job: the caller gets an id at once, polls
 * its progress, and may cancel it. One registry per service; finished jobs are kept for a
 * while so a slow poller still gets the result.
 */
import crypto from 'node:crypto';
import type { ApiErrorData, JobStatus } from '../common';
import { notFound } from '../common/errors';

const KEEP_FINISHED_MS = 15 * 60_000;

export interface JobHooks {
  onProgress: (fraction: number, label: string) => void;
  signal: AbortSignal;
  /** Gives the event loop a turn so HTTP/IPC polls are answered during the work. */
  yieldControl: () => Promise<void>;
}

interface Job {
  status: JobStatus;
  controller: AbortController;
  finishedAt?: number;
}

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly toError: (e: unknown) => ApiErrorData) {}

  start(kind: string, work: (hooks: JobHooks) => Promise<unknown>): string {
    this.purge();
    const jobId = crypto.randomUUID();
    const controller = new AbortController();
    const job: Job = { controller, status: { jobId, kind, status: 'running', progress: 0, label: '' } };
    this.jobs.set(jobId, job);
    const hooks: JobHooks = {
      onProgress: (fraction, label) => {
        job.status = { ...job.status, progress: Math.max(0, Math.min(1, fraction)), label };
      },
      signal: controller.signal,
      yieldControl: () => new Promise((resolve) => setImmediate(resolve)),
    };
    // Start on the next turn so the caller has the id before any progress is made.
    setImmediate(() => {
      work(hooks).then(
        (result) => {
          job.status = { ...job.status, status: 'done', progress: 1, result };
          job.finishedAt = Date.now();
        },
        (e: unknown) => {
          const cancelled = controller.signal.aborted;
          job.status = cancelled
            ? { ...job.status, status: 'cancelled' }
            : { ...job.status, status: 'failed', error: this.toError(e) };
          job.finishedAt = Date.now();
        },
      );
    });
    return jobId;
  }

  get(jobId: string): JobStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw notFound({ code: 'api.jobs.not-found', params: { jobId: String(jobId) } }, 'jobId');
    return job.status;
  }

  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) throw notFound({ code: 'api.jobs.not-found', params: { jobId: String(jobId) } }, 'jobId');
    job.controller.abort();
  }

  private purge(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}
