/**
 * A CoreService on a temporary workspace — every result checked against its declared shape
 * (core/api/common/results.ts) — and a helper to catch the ApiError of a call.
 */
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { createCoreService, type CoreService } from '../../core/api/node/core-service';
import { ApiError } from '../../core/api/common/errors';
import { REPO_ROOT, tempDir } from './tmp';
import { REFERENCE_DIR } from './reference';
import type { DispatchOptions } from '../../core/api/node/dispatch';

export function testService(dir: string, host: 'cli' | 'web' = 'cli', options: DispatchOptions = {}): CoreService {
  const settings = {
    host,
    workspaceDir: dir,
    recentFile: path.join(dir, 'cfg', 'recent.json'),
    resourcesDir: path.join(REPO_ROOT, 'resources'),
    version: 'test',
    // As a host would grant them to a user who picks the tests' fixture files (written in the
    // temporary folder, or the shared reference data) through a dialog.
    allow: { folders: [os.tmpdir(), REFERENCE_DIR] },
  };
  return createCoreService(settings, { checkResults: true, ...options });
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

/**
 * A fresh workspace and service for each test of the calling file: `api` always reaches the
 * current test's service, `dir` its workspace; both are disposed after each test.
 */
export function useTestService(host: 'cli' | 'web' = 'cli'): { api: CoreService; readonly dir: string } {
  let current: { api: CoreService; dir: string; cleanup: () => void } | null = null;
  beforeEach(() => {
    const t = tempDir();
    current = { api: testService(t.dir, host), dir: t.dir, cleanup: t.cleanup };
  });
  afterEach(() => {
    current?.api.dispose();
    current?.cleanup();
    current = null;
  });
  const api = new Proxy({} as CoreService, { get: (_target, key) => Reflect.get(current!.api, key) });
  return {
    api,
    get dir() {
      return current!.dir;
    },
  };
}
