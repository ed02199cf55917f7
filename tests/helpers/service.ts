/** A CoreService on a temporary workspace, and a helper to catch the ApiError of a call. */
import path from 'node:path';
import { expect } from 'vitest';
import { createCoreService, type CoreService } from '../../core/api/node/core-service';
import { ApiError } from '../../core/api/common/errors';
import { REPO_ROOT } from './tmp';

export function testService(dir: string, host: 'cli' | 'web' = 'cli'): CoreService {
  return createCoreService({
    host,
    workspaceDir: dir,
    recentFile: path.join(dir, 'cfg', 'recent.json'),
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    version: 'test',
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
