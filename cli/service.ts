/** The core of one command run: a host service on the current folder, disposed when the command ends. */
import path from 'node:path';
import { createHostService } from '../core/api/node/host-setup';
import type { CoreService } from '../core/api/node/core-service';
import { requirePositional } from './args';

export async function withService<T>(fn: (service: CoreService) => Promise<T>): Promise<T> {
  const service = createHostService('cli', { workspaceDir: process.cwd() });
  try {
    return await fn(service);
  } finally {
    service.dispose();
  }
}

/** The project file of a command (its first positional), as an absolute path. */
export function projectFile(positionals: string[]): string {
  return path.resolve(requirePositional(positionals, 0, 'project file'));
}

