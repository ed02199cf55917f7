/** What a simulation worker posts back to the host. */
import type { ScenarioResult } from '../../../scenario/types';

export type WorkerReply =
  | { kind: 'progress'; fraction: number; label: string }
  | { kind: 'result'; result: ScenarioResult }
  | { kind: 'input-error'; missing: string[] }
  | { kind: 'error'; message: string; stack?: string };
