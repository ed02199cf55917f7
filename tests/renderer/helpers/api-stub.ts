/**
 * A stand-in for the renderer's `api` object, the seam between the UI and the core: every
 * operation is a vi.fn that fails loudly until a test says what it answers. Use it with
 *   vi.mock('<…>/renderer/src/api/client', () => import('<…>/helpers/api-stub'));
 */
import { vi, type Mock } from 'vitest';
import type { CoreApi } from '../../../core/api/common';

type StubApi = { [K in keyof CoreApi]: Mock<CoreApi[K]> };

const fns = new Map<string, Mock>();
const unexpected = (op: string) => vi.fn(async () => Promise.reject(new Error(`unexpected api.${op}`)));

export const api = new Proxy({} as StubApi, {
  get(_target, op: string) {
    if (!fns.has(op)) fns.set(op, unexpected(op));
    return fns.get(op);
  },
});

/** Forgets every answer and call (between tests). */
export function resetApi(): void {
  fns.clear();
}

/** The client's listener hook: nothing calls back in tests. */
export const onProjectCall = (): (() => void) => () => undefined;
