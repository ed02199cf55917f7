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

export function createHostService(
  host: CoreServiceOptions['host'],
  overrides: Partial<CoreServiceOptions> = {},
): CoreService {
  return createCoreService({
    host,
    workspaceDir: defaultWorkspaceDir(),
    recentFile: path.join(defaultConfigDir(), 'recent-projects.json'),
    resourcesDir: defaultResourcesDir(),
    version: APP_VERSION,
    ...overrides,
  });
}
