/**
 * Where a host keeps its things: the workspace folder for projects, the settings folder
 * (recent projects) and the shipped resources. Overridable by environment for tests and
 * portable installs: CONDIVISA_WORKSPACE, CONDIVISA_CONFIG_DIR, CONDIVISA_RESOURCES.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { createCoreService, type CoreService, type CoreServiceOptions } from './core-service';
import type { Message } from '../../model/messages';
import { useInspectionMemo } from '../../store/inspection-memo';

export const APP_VERSION = '0.1.0';

/**
 * resources/ at the package root: the nearest ancestor folder holding
 * resources/parameters, from this module (sources: core/api/node; bundles: dist/<entry>).
 */
export function defaultResourcesDir(): string {
  if (process.env.CONDIVISA_RESOURCES) return process.env.CONDIVISA_RESOURCES;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'parameters'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('resources');
    dir = parent;
  }
}

export function defaultWorkspaceDir(): string {
  return process.env.CONDIVISA_WORKSPACE ?? path.join(os.homedir(), 'Condivisa');
}

export function defaultConfigDir(): string {
  if (process.env.CONDIVISA_CONFIG_DIR) return process.env.CONDIVISA_CONFIG_DIR;
  const base = process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
  return path.join(base, 'condivisa');
}

/** The paths on the CLI's command line, recorded by cli/main before a command runs. */
const commandLinePaths: string[] = [];

/**
 * The file paths an argument names: the value of `--flag=value`, the string values of a
 * JSON object (`condivisa api … '{"path": "a.gpkg"}'`), or the argument itself.
 */
export function pathsInArgument(arg: string): string[] {
  const value = /^--[\w-]+=/.test(arg) ? arg.slice(arg.indexOf('=') + 1) : arg;
  if (value.trimStart().startsWith('{')) {
    try {
      const json = JSON.parse(value) as unknown;
      if (json && typeof json === 'object') return Object.values(json).filter((v): v is string => typeof v === 'string');
    } catch {
      /* not JSON: a path that starts with "{" */
    }
  }
  return value === '' ? [] : [value];
}

/**
 * The CLI is the user's own shell: what the user names on its command line is theirs to
 * read and write, like everything under the working folder.
 */
export function grantCommandLine(args: string[]): void {
  commandLinePaths.length = 0;
  for (const arg of args) commandLinePaths.push(...pathsInArgument(arg).map((p) => path.resolve(p)));
}

const HINTS: Record<CoreServiceOptions['host'], Message> = {
  electron: { code: 'api.path.hint.dialog' },
  web: { code: 'api.path.hint.web' },
  cli: { code: 'api.path.hint.cli' },
};

function hostGrants(host: CoreServiceOptions['host']): CoreServiceOptions['allow'] {
  if (host !== 'cli') return {};
  const folders = [process.cwd()];
  const files: string[] = [];
  for (const p of commandLinePaths) {
    let isFolder = false;
    try {
      isFolder = fs.statSync(p).isDirectory();
    } catch {
      /* a file still to be written */
    }
    (isFolder ? folders : files).push(p);
  }
  return { folders, files };
}

export function createHostService(
  host: CoreServiceOptions['host'],
  overrides: Partial<CoreServiceOptions> = {},
): CoreService {
  const grants = hostGrants(host);
  // The project files this computer's Condivisa closed last are not inspected again while unchanged.
  useInspectionMemo(path.join(defaultConfigDir(), 'cache', 'inspected-projects.json'));
  return createCoreService({
    host,
    workspaceDir: defaultWorkspaceDir(),
    recentFile: path.join(defaultConfigDir(), 'recent-projects.json'),
    resourcesDir: defaultResourcesDir(),
    version: APP_VERSION,
    pathHint: HINTS[host],
    ...overrides,
    allow: {
      folders: [...(grants?.folders ?? []), ...(overrides.allow?.folders ?? [])],
      files: [...(grants?.files ?? []), ...(overrides.allow?.files ?? [])],
    },
  });
}
