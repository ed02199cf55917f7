/**
 * The shape of a handler: it receives arguments already checked against its operation's
 * schema and, for operations on a project, the open project. The map type makes a missing
 * or misspelled handler a compile error.
 */
import type * as v from 'valibot';
import type { OPERATION_SPECS, OperationName, OperationResult } from '../../common';
import type { ProjectStore } from '../../../store/project-store';
import type { CoreContext } from '../context';

type Specs = typeof OPERATION_SPECS;
export type ParsedArgs<K extends OperationName> = v.InferOutput<Specs[K]['args']>;

export type HandlerEnv<K extends OperationName> = Specs[K]['project'] extends true
  ? { ctx: CoreContext; store: ProjectStore }
  : { ctx: CoreContext };

export type Handler<K extends OperationName> = (
  args: ParsedArgs<K>,
  env: HandlerEnv<K>,
) => OperationResult<K> | Promise<OperationResult<K>>;

export type Handlers<K extends OperationName = OperationName> = { [P in K]: Handler<P> };
