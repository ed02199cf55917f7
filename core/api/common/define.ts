/**
 * One declaration per operation: its area, a one-line summary, whether it works on an open
 * project, a valibot schema of its arguments, and (as a type) its result. CoreApi, the list
 * of names, runtime validation and dispatch are all derived from these declarations.
 */
import * as v from 'valibot';

export const AREAS = ['projects', 'members', 'simulation', 'map', 'imports', 'rules', 'sharing', 'exports', 'scenarios', 'help', 'advisor'] as const;
export type OperationArea = (typeof AREAS)[number];

export interface OperationSpec<A extends v.GenericSchema = v.GenericSchema, R = unknown, P extends boolean = boolean> {
  readonly area: OperationArea;
  /** One line, English: shown by `condivisa api --list`. */
  readonly summary: string;
  /** True when the arguments name an open project (`project`: path of its file). */
  readonly project: P;
  readonly args: A;
  /** Optional runtime shape of the result, checked by dispatch when asked (tests). */
  readonly result?: v.GenericSchema;
  /** Phantom: carries the result type; never set. */
  readonly resultType?: R;
}

/**
 * Declares an operation whose result type is R: `operation<Member>()({ ... })`.
 * (Curried so the argument schema's type is inferred while R is given.)
 */
export function operation<R>() {
  return <A extends v.GenericSchema, P extends boolean>(spec: {
    area: OperationArea;
    summary: string;
    project: P;
    args: A;
    result?: v.GenericSchema;
  }): OperationSpec<A, R, P> => spec;
}

export type ArgsOf<S> = S extends OperationSpec<infer A> ? v.InferInput<A> : never;
export type ParsedArgsOf<S> = S extends OperationSpec<infer A> ? v.InferOutput<A> : never;
export type ResultOf<S> = S extends OperationSpec<v.GenericSchema, infer R> ? R : never;
