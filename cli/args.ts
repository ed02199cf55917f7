/** Small helpers shared by the command modules. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors';

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, positionals: number) {
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (parsed.positionals.length > positionals) {
    throw new UserError(`unexpected argument "${parsed.positionals[positionals]}"`);
  }
  return parsed;
}

export function requirePositional(positionals: string[], index: number, what: string): string {
  const v = positionals[index];
  if (!v) throw new UserError(`missing ${what}`);
  return v;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
