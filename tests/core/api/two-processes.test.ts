// Two programs, one file: while another process holds a write transaction, an edit through
// the API waits the busy timeout and then fails as a conflict naming the cause (not an
// internal "database is locked"); the file is intact and the edit succeeds once released.
import { afterEach, beforeEach, expect, it } from 'vitest';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import { BUSY_TIMEOUT_MS } from '../../../core/store/busy';
import { makeProject } from '../../helpers/hostile-sqlite';
import { holdWriteLock } from '../../helpers/lock-holder';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

let dir: string;
let cleanup: () => void;
let api: CoreService;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  api = testService(dir);
});
afterEach(() => {
  api.dispose();
  cleanup();
});

it('an edit while another process writes is a conflict within the busy timeout; the file stays intact', async () => {
  const project = path.join(dir, 'shared.condivisa');
  makeProject(project);
  const holder = await holdWriteLock(project);
  let released = false;
  try {
    const started = performance.now();
    const e = await rejection(api.updateMember({ project, id: 1, patch: { annualKWh: 3000 } }));
    const ms = performance.now() - started;
    console.log(`two processes: conflict after ${Math.round(ms)} ms: ${e.messageIt}`);
    expect(e.code).toBe('conflict');
    expect(e.messageIt).toBe(`Il progetto ${project} è aperto in un altro programma che lo sta modificando: riprova tra poco o chiudi l'altro programma`);
    expect(e.message).toContain('is open in another program');
    expect(ms).toBeGreaterThan(BUSY_TIMEOUT_MS - 500);
    expect(ms).toBeLessThan(BUSY_TIMEOUT_MS + 3000);
    await holder.release();
    released = true;
    // Intact: neither the refused edit nor the other program's rolled-back one is there.
    expect((await api.listMembers({ project })).map((m) => [m.name, m.annualKWh])).toEqual([['Anna', 2000]]);
    // Once the other program lets go, the same edit goes through.
    expect((await api.updateMember({ project, id: 1, patch: { annualKWh: 3000 } })).annualKWh).toBe(3000);
  } finally {
    if (!released) holder.child.kill('SIGKILL');
  }
}, 20_000);
