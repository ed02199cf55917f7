/**
 * The one door into the core: an operation name and untrusted arguments in, an envelope
 * out. The IPC handler, the HTTP host and the CLI's `api` command all call this; it never
 * throws. Arguments are checked against the operation's schema before any work; a project
 * operation opens its project first.
 */
import * as v from 'valibot';
import { OPERATION_SPECS, isOperationName, type OperationName } from '../common/operations';
import { ApiError, badRequest, notFound, toApiError } from '../common/errors';
import { errorEnvelope, okEnvelope, type Envelope } from '../common/envelope';
import { parseArgs } from '../common/issues';
import type { CoreContext } from './context';
import { handlerOf } from './handlers';

export interface DispatchOptions {
  /** Check each result against its operation's result schema, where one is declared (tests). */
  checkResults?: boolean;
  /** Called with what became an internal error, for the host's log. */
  onInternalError?: (op: string, error: unknown) => void;
}

export type Dispatch = (op: string, args: unknown) => Promise<Envelope>;

function argumentsObject(raw: unknown): object {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw badRequest({ code: 'api.arguments-not-object' });
  }
  return raw;
}

async function run(ctx: CoreContext, op: OperationName, raw: unknown, options: DispatchOptions): Promise<unknown> {
  const spec = OPERATION_SPECS[op];
  const args = parseArgs(spec.args, argumentsObject(raw)) as { project?: string };
  const env = spec.project ? { ctx, store: ctx.store(args.project!) } : { ctx };
  const handler = await handlerOf(op);
  const result = (await handler(args as never, env as never)) ?? null;
  if (options.checkResults && spec.result) {
    const checked = v.safeParse(spec.result, result);
    if (!checked.success) throw new Error(`${op}: result does not match its schema: ${checked.issues[0]?.message}`);
  }
  return result;
}

export function createDispatch(ctx: CoreContext, options: DispatchOptions = {}): Dispatch {
  return async (op, raw) => {
    try {
      if (!isOperationName(op)) throw notFound({ code: 'api.unknown-operation', params: { op } });
      return okEnvelope(await run(ctx, op, raw, options));
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'internal' && !(e instanceof ApiError)) options.onInternalError?.(op, e);
      return errorEnvelope(error.toData());
    }
  };
}
