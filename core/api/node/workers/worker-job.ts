/**
 * One piece of long work in a worker thread: the host posts the task, relays progress,
 * ends the worker on cancel or at a deadline, and rebuilds the worker's error. The Electron
 * main process and the web host only route messages while it runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { reviveError, type WorkerReply } from './worker-protocol';

export interface WorkerJobHooks {
  onProgress?: (fraction: number, label: string) => void;
  signal?: AbortSignal;
}

export interface WorkerJobOptions {
  deadlineMs: number;
  /** The error a deadline or a cancel ends the work with. */
  deadlineError: () => Error;
  cancelledError: () => Error;
  /** Heap of the worker [MB]. */
  heapMb: number;
}

/**
 * A built worker (dist/workers/<name>.mjs) seen from a bundle in dist/<entry>/; inside a
 * packaged app it is unpacked beside the ASAR archive (electron-builder asarUnpack). Null
 * where it is not built (unit tests running the TypeScript sources): callers then work in
 * this thread.
 */
export function builtWorkerFile(name: string): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.join(here, '..', 'workers', `${name}.mjs`).replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  return fs.existsSync(file) ? file : null;
}

export function runWorkerJob<T>(file: string, task: unknown, hooks: WorkerJobHooks, options: WorkerJobOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: options.heapMb } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      hooks.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => finish(() => reject(options.cancelledError()));
    const timer = setTimeout(() => finish(() => reject(options.deadlineError())), options.deadlineMs);
    if (hooks.signal?.aborted) return onAbort();
    hooks.signal?.addEventListener('abort', onAbort);
    worker.on('message', (reply: WorkerReply<T>) => {
      if (reply.kind === 'progress') hooks.onProgress?.(reply.fraction, reply.label);
      else if (reply.kind === 'result') finish(() => resolve(reply.result));
      else finish(() => reject(reviveError(reply.error)));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`worker exited with code ${code}`))));
    worker.postMessage(task);
  });
}
