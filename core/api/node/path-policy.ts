/**
 * Where the core's operations may read and write files: the workspace, the app's own data
 * folders, and what the user granted at run time (a file picked in a native dialog, a path
 * on the command line, a folder given to `condivisa serve --allow`). Everything else is
 * refused, so a compromised renderer or a caller with a stolen token cannot open
 * `~/.ssh/id_rsa` as a "weather file" or create a project over a system file.
 *
 * Symlinks are resolved before the check (the file that will be opened is the one
 * checked), for files that do not exist yet through their nearest existing folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { badRequest } from '../common/errors';
import type { Message } from '../../model/messages';

export interface PathPolicyOptions {
  /** Folders whose whole subtree is allowed: the workspace, config, cache. */
  roots: string[];
  /** How the user can grant a refused path on this host, appended to the refusal. */
  hint?: Message;
}

const DEFAULT_HINT: Message = { code: 'api.path.hint.dialog' };

function inside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The real path of `p` with symlinks resolved; for a path that does not exist yet, the
 * real path of its nearest existing ancestor plus the rest. A dangling symlink (which a
 * write would follow to its target) gives null.
 */
export function realPathOf(p: string): string | null {
  const rest: string[] = [];
  let head = path.resolve(p);
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(head), ...rest);
    } catch {
      let exists = false;
      try {
        fs.lstatSync(head);
        exists = true;
      } catch {
        /* does not exist: try the parent */
      }
      // It exists but cannot be resolved: a dangling or looping link, or no permission.
      if (exists) return null;
      const parent = path.dirname(head);
      if (parent === head) return path.join(head, ...rest);
      rest.unshift(path.basename(head));
      head = parent;
    }
  }
}

export class PathPolicy {
  private readonly folders: string[];
  private readonly files = new Set<string>();
  private readonly hint: Message;

  constructor(options: PathPolicyOptions) {
    this.folders = options.roots.map((r) => path.resolve(r));
    this.hint = options.hint ?? DEFAULT_HINT;
  }

  /** Allows a folder and everything below it (a CLI working folder, `serve --allow`). */
  grantFolder(folder: string): void {
    this.folders.push(path.resolve(folder));
  }

  /** Allows one file (picked in a dialog, passed on the command line, a recent project). */
  grantFile(file: string): void {
    const real = realPathOf(file);
    if (real) this.files.add(real);
  }

  /** Whether the (absolute) real path is inside a root or granted folder, or a granted file. */
  allows(real: string): boolean {
    if (this.files.has(real)) return true;
    return this.folders.some((f) => inside(realPathOf(f) ?? f, real));
  }

  /**
   * The real path of `raw` (relative paths are taken inside `base`), or a bad-request
   * naming `field` when it leads outside what is allowed.
   */
  resolve(raw: string, base: string, field: string): string {
    const real = realPathOf(path.resolve(base, raw));
    if (real !== null && this.allows(real)) return real;
    throw badRequest({ code: 'api.path.outside-workspace', params: { raw, hint: this.hint } }, field);
  }
}
