/**
 * `condivisa` — the command-line face of CoreApi. Each command lives in its own module
 * and is loaded only when asked for, so start-up stays lean (no SQLite for `pv`, no
 * HTTP server for `info`).
 * Exit codes: 0 ok, 1 user error (one-line message on stderr), 2 internal error,
 * 3 `check` found at least one blocking finding.
 */
import { UserError, EXIT_INTERNAL, EXIT_USER_ERROR } from './errors';
import { ApiError, isSqliteBusy, toApiError } from '../core/api/common/errors';
import { ProjectFileError } from '../core/store/errors';
import { grantCommandLine } from '../core/api/node/host-setup';

export interface CommandModule {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  new: () => import('./commands/new').then((m) => m.command),
  info: () => import('./commands/info').then((m) => m.command),
  serve: () => import('./commands/serve').then((m) => m.command),
  pv: () => import('./commands/pv').then((m) => m.command),
  tariff: () => import('./commands/tariff').then((m) => m.command),
  import: () => import('./commands/import').then((m) => m.command),
  locate: () => import('./commands/locate').then((m) => m.command),
  simulate: () => import('./commands/simulate').then((m) => m.command),
  check: () => import('./commands/check').then((m) => m.command),
  share: () => import('./commands/share').then((m) => m.command),
  scenario: () => import('./commands/scenario').then((m) => m.command),
  members: () => import('./commands/members').then((m) => m.command),
  plants: () => import('./commands/plants').then((m) => m.command),
  configurations: () => import('./commands/configurations').then((m) => m.command),
  community: () => import('./commands/community').then((m) => m.command),
  param: () => import('./commands/param').then((m) => m.command),
  prices: () => import('./commands/prices').then((m) => m.command),
  series: () => import('./commands/series').then((m) => m.command),
  export: () => import('./commands/export').then((m) => m.command),
  template: () => import('./commands/template').then((m) => m.command),
  undo: () => import('./commands/undo').then((m) => m.historyCommand('undo')),
  redo: () => import('./commands/undo').then((m) => m.historyCommand('redo')),
  history: () => import('./commands/undo').then((m) => m.historyCommand('history')),
  advise: () => import('./commands/advise').then((m) => m.command),
  outlook: () => import('./commands/outlook').then((m) => m.command),
  api: () => import('./commands/api').then((m) => m.command),
  guide: () => import('./commands/guide').then((m) => m.command),
};

async function help(): Promise<string> {
  const lines = ['Condivisa — planning renewable energy communities (CER, AUC, AID)', '', 'Usage: condivisa <command> [options]', '', 'Commands:'];
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  for (const [name, load] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(width)} ${(await load()).summary}`);
  lines.push('', 'Run `condivisa <command> --help` for the options of a command.');
  lines.push('Exit codes: 0 ok, 1 user error, 2 internal error, 3 `check` found a blocking finding.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log('0.1.0');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`condivisa: unknown command "${name}" (try condivisa --help)`);
    return EXIT_USER_ERROR;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  // The paths the user names here may be read and written by the core (its path policy).
  grantCommandLine(rest);
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UserError) {
      console.error(`condivisa ${name}: ${e.message}`);
      return EXIT_USER_ERROR;
    }
    if (e instanceof ProjectFileError) {
      console.error(`condivisa ${name}: ${e.message}`);
      return EXIT_USER_ERROR;
    }
    // A project held by another program (the app) is a conflict to report, not a crash.
    if (isSqliteBusy(e)) {
      console.error(`condivisa ${name}: ${toApiError(e).message}`);
      return EXIT_USER_ERROR;
    }
    if (e instanceof ApiError && e.code !== 'internal') {
      console.error(`condivisa ${name}: ${e.message}`);
      return EXIT_USER_ERROR;
    }
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`condivisa ${name}: ${e.message}`);
      return EXIT_USER_ERROR;
    }
    console.error(`condivisa ${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT_INTERNAL;
  }
}
