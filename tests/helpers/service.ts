/** A CoreService on a temporary workspace, and a helper to catch the ApiError of a call. */
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { createCoreService, type CoreService } from '../../core/api/node/core-service';
import { ApiError } from '../../core/api/common/errors';
import { REPO_ROOT, SHARED_DATA } from './tmp';

/**
 * A service on `dir` as a host would set it up for a user who picks the tests' fixture
 * files (written in the temporary folder, or the shared reference data) through a dialog.
 * The path-policy tests build their own service without these grants.
 */
export function testService(dir: string, host: 'cli' | 'web' = 'cli'): CoreService {
  return createCoreService({
    host,
    workspaceDir: dir,
    recentFile: path.join(dir, 'cfg', 'recent.json'),
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    version: 'test',
    allow: { folders: [os.tmpdir(), SHARED_DATA] },
  });
}

export async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected a rejection');
}
