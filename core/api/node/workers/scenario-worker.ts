/**
 * Worker-thread entry of a simulation: receives a ScenarioInput (structured clone: Maps and
 * typed arrays survive), runs the pure engine, posts progress and the result. The host's
 * event loop (the window, the web host) stays free while it computes.
 */
import { parentPort } from 'node:worker_threads';
import { runScenario } from '../../../scenario/run';
import { ScenarioInputError } from '../../../scenario/errors';
import type { ScenarioInput } from '../../../scenario/types';
import type { WorkerReply } from './scenario-messages';

const port = parentPort;
if (!port) throw new Error('scenario-worker must run in a worker thread');

port.once('message', (input: ScenarioInput) => {
  const post = (reply: WorkerReply) => port.postMessage(reply);
  runScenario(input, { onProgress: (fraction, label) => post({ kind: 'progress', fraction, label }) }).then(
    (result) => post({ kind: 'result', result }),
    (e: unknown) =>
      post(
        e instanceof ScenarioInputError
          ? { kind: 'input-error', missing: e.missing }
          : { kind: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined },
      ),
  );
});
