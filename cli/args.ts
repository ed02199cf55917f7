/** Small helpers shared by the command modules. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import fs from 'node:fs';
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

/** Writes a file the core returned as base64 (an xlsx), naming the path on failure. */
export function writeBase64Output(out: string, base64: string): void {
  try {
    fs.writeFileSync(out, Buffer.from(base64, 'base64'));
  } catch (e) {
    throw new UserError(`cannot write ${out}: ${(e as Error).message}`);
  }
  console.log(`scritto ${out}`);
}
