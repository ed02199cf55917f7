/**
 * `condivisa api` — any operation of the core contract, by name, with JSON arguments: the
 * same dispatch the app's IPC and HTTP bindings use, so a script can do whatever the app can.
 * The project file is given once and passed as `project` to project operations.
 */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError, EXIT_INTERNAL, EXIT_USER_ERROR } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';
import { OPERATION_SPECS, OPERATIONS, isOperationName } from '../../core/api/common/operations';

function listing(): string {
  const width = Math.max(...OPERATIONS.map((o) => o.length));
  return OPERATIONS.map((op) => {
    const spec = OPERATION_SPECS[op];
    return `  ${op.padEnd(width)}  [${spec.area}]${spec.project ? '' : ' (no project)'} ${spec.summary}`;
  }).join('\n');
}

function jsonArgs(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`the arguments are not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UserError('the arguments must be a JSON object');
  return value as Record<string, unknown>;
}

export const command: CommandModule = {
  summary: 'call any operation of the core by name (JSON in, JSON out)',
  usage: [
    'condivisa api <file.condivisa|-> <operation> [json-arguments]',
    'condivisa api --list',
    '',
    'The result is printed as JSON. Project operations get `project` from the file;',
    'use - as the file for the others. Example:',
    `  condivisa api a.condivisa updatePlant '{"id": 3, "patch": {"kWp": 45}}'`,
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, { list: { type: 'boolean' } }, 3);
    if (values.list) {
      console.log(listing());
      return 0;
    }
    const [file, op, json] = positionals;
    if (!file || !op) throw new UserError('give a project file (or -) and an operation (condivisa api --list)');
    if (!isOperationName(op)) throw new UserError(`unknown operation "${op}" (condivisa api --list)`);
    const args = jsonArgs(json);
    if (OPERATION_SPECS[op].project) {
      if (file === '-') throw new UserError(`${op} works on a project: give its file`);
      args.project = path.resolve(file);
    }
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const envelope = await service.dispatch(op, args);
      if (envelope.ok) {
        printJson(envelope.result);
        return 0;
      }
      console.error(`condivisa api ${op}: ${envelope.error.message}`);
      return envelope.error.code === 'internal' ? EXIT_INTERNAL : EXIT_USER_ERROR;
    } finally {
      service.dispose();
    }
  },
};
