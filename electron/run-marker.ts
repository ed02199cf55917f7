/**
 * The unclean-exit marker: a small file written while the app runs, naming the project each
 * window shows, and removed when the app quits normally. Found at start-up, it means the last
 * run crashed or was killed (power cut, forced shutdown): its projects are reopened.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface RunMarker {
  pid: number;
  startedAt: string;
  /** Project files open at the last update, most recent last. */
  projects: string[];
}

/** The previous run's marker when it did not end cleanly, else null. Never throws. */
export function readUncleanExit(file: string): RunMarker | null {
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<RunMarker>;
    if (!Array.isArray(m.projects)) return null;
    return {
      pid: typeof m.pid === 'number' ? m.pid : 0,
      startedAt: typeof m.startedAt === 'string' ? m.startedAt : '',
      projects: m.projects.filter((p): p is string => typeof p === 'string' && p.endsWith('.condivisa')),
    };
  } catch {
    return null;
  }
}

/** Keeps the marker of this run up to date; `clear()` on a normal quit. */
export class RunMarkerFile {
  private readonly marker: RunMarker;

  constructor(
    private readonly file: string,
    pid = process.pid,
    now = new Date(),
  ) {
    this.marker = { pid, startedAt: now.toISOString(), projects: [] };
    this.write();
  }

  /** The projects the windows show now (in the order they were opened). */
  setProjects(projects: readonly string[]): void {
    this.marker.projects = [...projects];
    this.write();
  }

  clear(): void {
    fs.rmSync(this.file, { force: true });
  }

  private write(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      // Written beside and renamed: a crash while writing leaves the old marker, never half a file.
      fs.writeFileSync(`${this.file}.tmp`, JSON.stringify(this.marker));
      fs.renameSync(`${this.file}.tmp`, this.file);
    } catch {
      /* no marker: a crash will simply not reopen the project */
    }
  }
}
