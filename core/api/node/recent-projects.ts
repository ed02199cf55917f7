/** The list of recently opened projects, kept in a small JSON file beside the user's settings. */
import fs from 'node:fs';
import path from 'node:path';
import type { RecentProject } from '../common';

const MAX_RECENT = 12;

export class RecentProjects {
  constructor(private readonly file: string) {}

  list(): RecentProject[] {
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as unknown;
      if (!Array.isArray(data)) return [];
      return data.filter(
        (r): r is RecentProject =>
          typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.name === 'string',
      );
    } catch {
      // A missing or damaged list is not worth an error: it is rebuilt as projects are opened.
      return [];
    }
  }

  touch(entry: Omit<RecentProject, 'openedAt'>): void {
    const next = [
      { ...entry, openedAt: new Date().toISOString() },
      ...this.list().filter((r) => r.path !== entry.path),
    ].slice(0, MAX_RECENT);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Write then rename, so a crash never leaves half a file.
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(next, null, 2));
    fs.renameSync(tmp, this.file);
  }
}
