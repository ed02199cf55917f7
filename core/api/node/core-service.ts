/**
 * The core as a host holds it: the dispatch every binding calls, the same operations as a
 * typed CoreApi object (for the CLI and tests, through the same dispatch), and disposal.
 */
import { OPERATIONS, type CoreApi } from '../common/operations';
import { ApiError } from '../common/errors';
import type { Envelope } from '../common/envelope';
import { CoreContext, type CoreServiceOptions } from './context';
import { createDispatch, type DispatchOptions } from './dispatch';
import type { PathPolicy } from './path-policy';

export type { CoreServiceOptions } from './context';

export type CoreService = CoreApi & {
  dispatch(op: string, args: unknown): Promise<Envelope>;
  /** Closes every open project file and removes uploads. */
  dispose(): void;
  /** Where operations may read and write; a host grants the user's picks here. */
  paths: PathPolicy;
};

/** A CoreApi over any dispatch: unwraps the envelope, rejects with an ApiError. */
export function apiOverDispatch(dispatch: (op: string, args: unknown) => Promise<Envelope>): CoreApi {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const op of OPERATIONS) {
    api[op] = async (args: unknown) => {
      const envelope = await dispatch(op, args);
      if (!envelope.ok) throw ApiError.fromData(envelope.error);
      return envelope.result;
    };
  }
  return api as CoreApi;
}

export function createCoreService(options: CoreServiceOptions, dispatchOptions: DispatchOptions = {}): CoreService {
  const ctx = new CoreContext(options);
  const dispatch = createDispatch(ctx, {
    onInternalError: (op, e) => console.error(`[condivisa] ${op} failed:`, e),
    ...dispatchOptions,
  });
  return Object.assign(apiOverDispatch(dispatch), { dispatch, dispose: () => ctx.dispose(), paths: ctx.paths });
}
