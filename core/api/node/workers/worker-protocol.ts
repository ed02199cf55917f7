/**
 * What a worker thread and its host say to each other: progress, a result, or a failure
 * whose error is rebuilt on the host's side as the class it was (an IoError keeps its file,
 * sheet, row and column; a ScenarioInputError its missing inputs).
 */
import { IoError, type IoErrorCode, type IoLocation } from '../../../io/io-error';
import { ScenarioInputError } from '../../../scenario/errors';
import type { Message, Text } from '../../../model/messages';

export type SerializedError =
  | { type: 'io'; location: IoLocation; code: IoErrorCode; detail: Text }
  | { type: 'scenario-input'; missing: Message[] }
  | { type: 'error'; message: string; stack?: string };

export type WorkerReply<T> =
  | { kind: 'progress'; fraction: number; label: string }
  | { kind: 'result'; result: T }
  | { kind: 'failure'; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  if (e instanceof IoError) return { type: 'io', location: e.location, code: e.code, detail: e.detailMessage };
  if (e instanceof ScenarioInputError) return { type: 'scenario-input', missing: e.missing };
  return { type: 'error', message: e instanceof Error ? e.message : String(e), ...(e instanceof Error && e.stack ? { stack: e.stack } : {}) };
}

export function reviveError(s: SerializedError): Error {
  if (s.type === 'io') return new IoError(s.location, s.code, s.detail);
  if (s.type === 'scenario-input') return new ScenarioInputError(s.missing);
  return Object.assign(new Error(s.message), s.stack ? { stack: s.stack } : {});
}
