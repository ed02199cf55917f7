/**
 * One Condivisa process per user: a second launch (double-clicking a `.condivisa` file
 * while the app runs) hands its file to the first and quits, so two processes never hold
 * the same project. On macOS the file arrives as `open-file`, possibly before `ready`.
 */
import type { App } from 'electron';
import { fileURLToPath } from 'node:url';

/** The project file among command-line arguments (`condivisa a.condivisa`, a file association). */
export function projectFileInArgs(argv: readonly string[]): string | undefined {
  for (const a of argv.slice(1)) {
    if (a.startsWith('-') || !a.toLowerCase().endsWith('.condivisa')) continue;
    // Some Linux file managers hand over a file:// URI instead of a path.
    if (a.startsWith('file://')) {
      try {
        return fileURLToPath(a);
      } catch {
        continue;
      }
    }
    return a;
  }
  return undefined;
}

/**
 * Takes the single-instance lock. Returns false in a second instance (which then quits);
 * in the first, `onFile` receives each file handed over, and `onActivate` each bare launch.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>, onFile: (file: string) => void, onActivate: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => {
    const file = projectFileInArgs(argv);
    if (file) onFile(file);
    else onActivate();
  });
  return true;
}

/**
 * Collects files the OS opens with the app (`open-file`) from the very start: before
 * `ready` they wait in a queue, after it they go straight to `deliver`.
 */
export function queueOpenFiles(app: Pick<App, 'on'>): { ready(deliver: (file: string) => void): void } {
  const pending: string[] = [];
  let deliver: ((file: string) => void) | null = null;
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (deliver) deliver(file);
    else pending.push(file);
  });
  return {
    ready(d) {
      deliver = d;
      for (const f of pending.splice(0)) d(f);
    },
  };
}
