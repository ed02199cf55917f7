/** Handlers of the project operations: the app, the workspace, opening and creating files. */
import fs from 'node:fs';
import path from 'node:path';
import type { projectsOperations } from '../../common/ops/projects';
import type { Handlers } from './types';
import { geoOf } from '../services';
import { CURRENT_SCHEMA_VERSION } from '../../../store/migrations';
import { ProjectStore } from '../../../store/project-store';
import { badRequest, conflict } from '../../common/errors';
import { fieldProblemMessage, validateCommunityPatch } from '../../../model/entity-validation';
import type { Community } from '../../../model/entities';
import { loadDemoProject, type DemoProject } from '../demo-project';
import { clearProjectHistory } from '../../../store/history';
import type { CoreContext } from '../context';

function openFile(ctx: CoreContext, raw: string) {
  const file = ctx.resolvePath(raw, false);
  ctx.close(file);
  return ctx.adopt(ProjectStore.open(file));
}

/** Writes the demo's content into an empty project (call inside `store.tx`). */
export function fillDemo(ctx: CoreContext, store: ProjectStore, demo: DemoProject): void {
  store.setMeta('demo', 'true');
  const configIds = demo.configurations.map((c) => store.addConfiguration(c).id);
  const memberIds = demo.members.map((m) => store.addMember({ ...m, configurationId: configIds[m.configurationIndex] ?? null }).id);
  for (const p of demo.plants) {
    store.addPlant({
      ...p,
      configurationId: configIds[p.configurationIndex] ?? null,
      ownerMemberId: p.ownerMemberIndex === null ? null : (memberIds[p.ownerMemberIndex] ?? null),
    });
  }
  // Unofficial perimeters, drawn like a user would: members and plants get located in them.
  for (const a of demo.areas ?? []) geoOf(ctx).setCustomPerimeter(store, { code: a.code, name: a.name, polygon: a.polygon });
}

/** Creates the demo project once in the workspace; later calls open it. */
function openDemo(ctx: CoreContext) {
  const demo = loadDemoProject(ctx.options.resourcesDir);
  const file = path.join(ctx.options.workspaceDir, demo.fileName);
  if (fs.existsSync(file)) return openFile(ctx, file);
  fs.mkdirSync(ctx.options.workspaceDir, { recursive: true });
  const store = ProjectStore.create(file, demo.community);
  try {
    store.tx(() => fillDemo(ctx, store, demo));
    // Its creation is not an edit the user made.
    clearProjectHistory(store);
  } catch (e) {
    store.close();
    fs.rmSync(file, { force: true });
    throw e;
  }
  return ctx.adopt(store);
}

/**
 * Save as: a consistent copy of the open project (SQLite `VACUUM INTO`, one read
 * transaction, so edits in flight are either all in the copy or not at all), then the copy
 * is opened; the original stays as it was. An existing file is replaced only when asked
 * (a native save dialog has already confirmed it).
 */
function saveAs(ctx: CoreContext, store: ProjectStore, raw: string, overwrite: boolean) {
  const file = ctx.resolvePath(raw, true);
  if (file === store.file) return ctx.summary(store);
  if (fs.existsSync(file)) {
    if (!overwrite) throw conflict({ code: 'api.projects.file-exists', params: { name: path.basename(file) } }, 'path');
    ctx.close(file);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  store.db.prepare('VACUUM INTO ?').run(file);
  return ctx.adopt(ProjectStore.open(file));
}

export const projectsHandlers: Handlers<keyof typeof projectsOperations> = {
  appInfo: (_args, { ctx }) => ({
    version: ctx.options.version,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    host: ctx.options.host,
    workspaceDir: ctx.options.workspaceDir,
  }),
  listRecentProjects: (_args, { ctx }) => ctx.recent.list(),
  listWorkspaceProjects: (_args, { ctx }) => ctx.workspaceFiles(),
  createProject: (args, { ctx }) => {
    const community: Community = {
      name: args.name.trim(),
      legalEntity: args.legalEntity ?? '',
      type: args.type,
      constitutionDate: null,
      municipality: args.municipality ?? '',
      region: args.region ?? '',
      referenceYear: args.referenceYear ?? new Date().getFullYear(),
    };
    const problem = validateCommunityPatch({ ...community })[0];
    if (problem) {
      throw badRequest(fieldProblemMessage('community', problem), problem.field);
    }
    const file = ctx.resolvePath(args.path, true);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return ctx.adopt(ProjectStore.create(file, community));
  },
  openProject: (args, { ctx }) => openFile(ctx, args.path),
  openDemoProject: (_args, { ctx }) => openDemo(ctx),
  closeProject: (args, { ctx }) => {
    ctx.close(ctx.resolvePath(args.project, false, 'project'));
    return null;
  },
  saveProjectAs: (args, { ctx, store }) => saveAs(ctx, store, args.path, args.overwrite),
  getProjectSummary: (_args, { ctx, store }) => ctx.summary(store),
  updateCommunity: (args, { store }) => store.updateCommunity(args.patch),
};
