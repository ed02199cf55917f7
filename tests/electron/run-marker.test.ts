/** The unclean-exit marker: present at start-up only when the last run did not quit normally. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readUncleanExit, RunMarkerFile } from '../../electron/run-marker';

describe('run marker', () => {
  it('names the open projects while running, is gone after a normal quit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-rm-'));
    try {
      const file = path.join(dir, 'running.json');
      expect(readUncleanExit(file)).toBeNull();
      const m = new RunMarkerFile(file, 4242, new Date('2026-03-01T09:00:00Z'));
      m.setProjects(['/p/a.condivisa', '/p/b.condivisa']);
      // What the next start finds if this run is killed now:
      expect(readUncleanExit(file)).toEqual({ pid: 4242, startedAt: '2026-03-01T09:00:00.000Z', projects: ['/p/a.condivisa', '/p/b.condivisa'] });
      m.clear();
      expect(readUncleanExit(file)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ignores a damaged marker and entries that are not project files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-rm-'));
    try {
      const file = path.join(dir, 'running.json');
      fs.writeFileSync(file, '{"projects": ');
      expect(readUncleanExit(file)).toBeNull();
      fs.writeFileSync(file, JSON.stringify({ projects: ['/p/a.condivisa', 42, '/etc/passwd', null] }));
      expect(readUncleanExit(file)?.projects).toEqual(['/p/a.condivisa']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
