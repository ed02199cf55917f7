/**
 * Worker-thread entry of file parsing for imports: reads the tables of a file, parses a
 * curve file or an areas file, and posts the plain result (typed arrays and all) back to the host, which then
 * checks it against the project and writes it in one transaction.
 */
import { parentPort } from 'node:worker_threads';
import { readTables, type ImportSource } from '../../../io/import/readTables';
import { importCurves, type CurveFileOptions } from '../../../io/import/parseCurves';
import { readPreviewTables } from '../../../io/import/previewTables';
import { importAreasFile, type ImportOptions } from '../../../io/geo';
import { serializeError, type WorkerReply } from './worker-protocol';

export type IoTask =
  | { task: 'readTables'; src: ImportSource }
  | { task: 'previewTables'; src: ImportSource }
  | { task: 'importCurves'; src: ImportSource; mapping: CurveFileOptions['mapping'] }
  | { task: 'importAreas'; path: string; options: ImportOptions };

const port = parentPort;
if (!port) throw new Error('io-worker must run in a worker thread');

port.once('message', (t: IoTask) => {
  const post = (reply: WorkerReply<unknown>) => port.postMessage(reply);
  const onProgress = (fraction: number) => post({ kind: 'progress', fraction, label: 'lettura' });
  const work = (): Promise<unknown> => {
    switch (t.task) {
      case 'readTables':
        return readTables(t.src, { onProgress });
      case 'previewTables':
        return readPreviewTables(t.src);
      case 'importCurves':
        return importCurves(t.src, { ...(t.mapping ? { mapping: t.mapping } : {}), onProgress });
      case 'importAreas':
        return Promise.resolve().then(() => importAreasFile(t.path, t.options));
    }
  };
  work().then(
    (result) => post({ kind: 'result', result }),
    (e: unknown) => post({ kind: 'failure', error: serializeError(e) }),
  );
});
