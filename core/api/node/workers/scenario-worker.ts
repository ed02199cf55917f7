/**
 * Worker-thread entry of a simulation: receives a ScenarioInput (structured clone: Maps and
 * typed arrays survive), runs the pure engine, posts progress and the result. The host's
 * event loop (the window, the web host) stays free while it computes.
 */
import { parentPort } from 'node:worker_threads';
import { runScenario } from '../../../scenario/run';
import type { ScenarioInput, ScenarioResult } from '../../../scenario/types';
import { serializeError, type WorkerReply } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('scenario-worker must run in a worker thread');

port.once('message', (input: ScenarioInput) => {
  const post = (reply: WorkerReply<ScenarioResult>) => port.postMessage(reply);
  runScenario(input, { onProgress: (fraction, label) => post({ kind: 'progress', fraction, label }) }).then(
    (result) => post({ kind: 'result', result }),
    (e: unknown) => post({ kind: 'failure', error: serializeError(e) }),
  );
});
