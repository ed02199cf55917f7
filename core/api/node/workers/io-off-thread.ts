/**
 * Parsing of imported files off the host's thread (io-worker), with progress, cancel and a
 * deadline; in this thread where the worker is not built (unit tests on the sources).
 */
import { readTables, type ImportSource } from '../../../io/import/readTables';
import { importCurves, type CurveFileOptions } from '../../../io/import/parseCurves';
import { readPreviewTables } from '../../../io/import/previewTables';
import type { RawTable } from '../../../io/import/table';
import { IoError } from '../../../io/io-error';
import { importAreasFile, type ImportOptions, type ImportResult } from '../../../io/geo';
import { builtWorkerFile, runWorkerJob } from './worker-job';
import type { IoTask } from './io-worker';

/** An import still parsing after this long is stopped and reported [ms]. */
export const IMPORT_DEADLINE_MS = 10 * 60_000;
/** Heap of a parsing worker [MB]: 3.5 M curve values parse in about 400 MB. */
const IO_HEAP_MB = 2048;

export interface ParseHooks {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** The worker file to use; found next to the running bundle when absent, null: this thread. */
  workerFile?: string | null;
}

const nameOf = (src: ImportSource) => (typeof src === 'string' ? src.split(/[\\/]/).pop()! : src.name);
const fileOf = (task: IoTask) => (task.task === 'importAreas' ? (task.options.displayName ?? nameOf(task.path)) : nameOf(task.src));

function inWorker<T>(task: IoTask, hooks: ParseHooks, file: string): Promise<T> {
  const where = { file: fileOf(task) };
  return runWorkerJob<T>(file, task, { onProgress: (f) => hooks.onProgress?.(f), ...(hooks.signal ? { signal: hooks.signal } : {}) }, {
    deadlineMs: IMPORT_DEADLINE_MS,
    heapMb: IO_HEAP_MB,
    cancelledError: () => new IoError(where, 'io/aborted', { code: 'io.io-off-thread.import-cancelled' }),
    deadlineError: () => new IoError(where, 'io/too-large', { code: 'io.io-off-thread.reading-stopped-after-minutes', params: { value: IMPORT_DEADLINE_MS / 60_000 } }),
  });
}

const workerFor = (hooks: ParseHooks) => (hooks.workerFile === undefined ? builtWorkerFile('io') : hooks.workerFile);

export function readTablesOffThread(src: ImportSource, hooks: ParseHooks = {}): Promise<RawTable[]> {
  const file = workerFor(hooks);
  if (!file) return readTables(src, { ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}), ...(hooks.signal ? { signal: hooks.signal } : {}) });
  return inWorker<RawTable[]>({ task: 'readTables', src }, hooks, file);
}

export function importCurvesOffThread(src: ImportSource, mapping: CurveFileOptions['mapping'], hooks: ParseHooks = {}): ReturnType<typeof importCurves> {
  const file = workerFor(hooks);
  if (!file) return importCurves(src, { ...(mapping ? { mapping } : {}), ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}), ...(hooks.signal ? { signal: hooks.signal } : {}) });
  return inWorker({ task: 'importCurves', src, mapping }, hooks, file);
}

/** An areas file (GeoPackage, GeoJSON, KML/KMZ, zipped Shapefile) read into areas. */
export function importAreasOffThread(file: string, options: ImportOptions, hooks: ParseHooks = {}): Promise<ImportResult> {
  const worker = workerFor(hooks);
  if (!worker) return Promise.resolve().then(() => importAreasFile(file, options));
  return inWorker<ImportResult>({ task: 'importAreas', path: file, options }, hooks, worker);
}

/** The first rows of every sheet of a file (core/io/import/previewTables), for its kind and preview. */
export function previewTablesOffThread(src: ImportSource, hooks: ParseHooks = {}): Promise<RawTable[]> {
  const file = workerFor(hooks);
  if (!file) return readPreviewTables(src);
  return inWorker<RawTable[]>({ task: 'previewTables', src }, hooks, file);
}
