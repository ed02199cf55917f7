/**
 * What the handlers share: the options of the host, the open project files, the recent
 * list, the job registry and the area services. One per host process.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo, ProjectSummary } from '../common';
import { badRequest, toApiError } from '../common/errors';
import { RecentProjects } from './recent-projects';
import { JobRegistry } from './jobs';
import { ProjectStore } from '../../store/project-store';
import { PROJECT_EXTENSION } from '../../store/project-file';
import { memberConsumptions } from '../../store/import-repository';
import { PathPolicy } from './path-policy';
import type { Message } from '../../model/messages';

export interface CoreServiceOptions {
  host: AppInfo['host'];
  /** Folder where new projects are created by default and that the home page lists. */
  workspaceDir: string;
  /** JSON file keeping the recent-projects list. */
  recentFile: string;
  /** Folder with shipped resources (demo project, parameters). */
  resourcesDir: string;
  version: string;
  /**
   * Paths the host grants beyond the workspace and the settings folder: folders whose
   * subtree is allowed (the CLI's working folder, `serve --allow`) and single files (the
   * command line's arguments). The Electron host grants dialog picks later, on `paths`.
   */
  allow?: { folders?: string[]; files?: string[] };
  /** How the user can grant a refused path on this host (ends the refusal message). */
  pathHint?: Message;
}

export class CoreContext {
  private readonly open = new Map<string, ProjectStore>();
  readonly recent: RecentProjects;
  readonly jobs = new JobRegistry((e) => toApiError(e).toData());
  /** The area services made so far (map, imports, rules, streets file), by name: see `service`. */
  private readonly services = new Map<string, object>();

  /** Where operations may read and write: every path argument goes through `resolvePath`. */
  readonly paths: PathPolicy;

  constructor(readonly options: CoreServiceOptions) {
    this.recent = new RecentProjects(options.recentFile);
    // The settings folder holds the recent list and the tile cache (config/cache).
    this.paths = new PathPolicy({
      roots: [options.workspaceDir, path.dirname(options.recentFile), ...(options.allow?.folders ?? [])],
      hint: options.pathHint,
    });
    for (const file of options.allow?.files ?? []) this.paths.grantFile(file);
    // A recent project was opened through the app before (a dialog pick, a command line):
    // the list is the app's own record of those grants.
    for (const r of this.recent.list()) this.paths.grantFile(r.path);
  }

  /**
   * The real path of a file argument `field`: relative paths are taken inside the
   * workspace, `.condivisa` is added when asked, and a path outside what the path policy
   * allows is a bad-request naming the argument.
   */
  resolvePath(raw: string, addExtension: boolean, field = 'path'): string {
    if (raw.trim() === '') throw badRequest({ code: 'api.arg.named-empty', params: { field } }, field);
    let p = path.resolve(this.options.workspaceDir, raw);
    if (addExtension && !p.endsWith(PROJECT_EXTENSION)) p += PROJECT_EXTENSION;
    return this.paths.resolve(p, this.options.workspaceDir, field);
  }

  /** The open project at `projectPath`, reopened on demand (after a host restart the renderer's handle still works). */
  store(projectPath: string): ProjectStore {
    const file = this.resolvePath(projectPath, false, 'project');
    let store = this.open.get(file);
    if (!store || !store.isOpen) {
      store = ProjectStore.open(file);
      this.open.set(file, store);
    }
    return store;
  }

  /** Registers a store as open (replacing one on the same file). */
  adopt(store: ProjectStore): ProjectSummary {
    const previous = this.open.get(store.file);
    if (previous && previous !== store) previous.close();
    this.open.set(store.file, store);
    return this.remember(store);
  }

  close(file: string): void {
    this.open.get(file)?.close();
    this.open.delete(file);
  }

  summary(store: ProjectStore): ProjectSummary {
    return {
      path: store.file,
      fileName: path.basename(store.file),
      schemaVersion: store.schemaVersion(),
      community: store.getCommunity(),
      // The consumption the engine will use: imported curves and bills before annual estimates.
      counts: { ...store.counts(), annualConsumptionKWh: [...memberConsumptions(store).values()].reduce((s, c) => s + c.annualKWh, 0) },
      demo: store.getMeta('demo') === 'true',
    };
  }

  remember(store: ProjectStore): ProjectSummary {
    const s = this.summary(store);
    this.recent.touch({ path: s.path, name: s.community.name });
    return s;
  }

  /**
   * The host's one `name` service, made by `make` on first use. The services' modules are
   * imported by the handlers that use them (./services), so a command that only simulates
   * does not load the map, import or tiles code at start-up.
   */
  service<T extends object>(name: string, make: () => T): T {
    let s = this.services.get(name) as T | undefined;
    if (!s) {
      s = make();
      this.services.set(name, s);
    }
    return s;
  }

  /** The settings folder (recent list, tile cache, offline streets file). */
  get settingsDir(): string {
    return path.dirname(this.options.recentFile);
  }

  /** Closes every open project file and removes uploads (on host shutdown). */
  dispose(): void {
    for (const store of this.open.values()) store.close();
    this.open.clear();
    for (const s of this.services.values()) (s as { dispose?: () => void }).dispose?.();
    this.services.clear();
  }

  /** Project files in the workspace, newest first. */
  workspaceFiles(): { path: string; fileName: string; modifiedAt: string; sizeBytes: number }[] {
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.options.workspaceDir).filter((n) => n.endsWith(PROJECT_EXTENSION));
    } catch {
      return [];
    }
    return names
      .map((fileName) => {
        const p = path.join(this.options.workspaceDir, fileName);
        const st = fs.statSync(p);
        return { path: p, fileName, modifiedAt: st.mtime.toISOString(), sizeBytes: st.size };
      })
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  }
}
