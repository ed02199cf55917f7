/**
 * Runtime checks of operation arguments. Arguments arrive from IPC or HTTP and cannot be
 * trusted to match the TypeScript contract; each check names the argument at fault.
 */
import { badRequest } from './errors';

export type Args = Record<string, unknown>;

export function asArgs(value: unknown): Args {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('arguments must be a JSON object', 'gli argomenti devono essere un oggetto JSON');
  }
  return value as Args;
}

export function str(args: Args, key: string, opts: { optional?: boolean; max?: number } = {}): string {
  const v = args[key];
  if (v === undefined && opts.optional) return '';
  if (typeof v !== 'string') throw badRequest(`"${key}" must be a string`, `"${key}" deve essere un testo`, key);
  if (v.length > (opts.max ?? 4096)) throw badRequest(`"${key}" is too long`, `"${key}" è troppo lungo`, key);
  return v;
}

export function id(args: Args, key = 'id'): number {
  const v = args[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    throw badRequest(`"${key}" must be a positive integer`, `"${key}" deve essere un intero positivo`, key);
  }
  return v;
}

export function obj(args: Args, key: string): Args {
  const v = args[key];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw badRequest(`"${key}" must be an object`, `"${key}" deve essere un oggetto`, key);
  }
  return v as Args;
}
