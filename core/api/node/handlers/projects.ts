/** Handlers of the project operations: the app, the workspace, opening and creating files. */
import fs from 'node:fs';
import path from 'node:path';
import type { projectsOperations } from '../../common/ops/projects';
import type { Handlers } from './types';
import { CURRENT_SCHEMA_VERSION } from '../../../store/migrations';
import { ProjectStore } from '../../../store/project-store';
import { badRequest } from '../../common/errors';
import { fieldProblemMessage, validateCommunityPatch } from '../../../model/entity-validation';
import { formatMessage } from '../../../model/messages';
import type { Community } from '../../../model/entities';
import { loadDemoProject } from '../demo-project';
import type { CoreContext } from '../context';

function openFile(ctx: CoreContext, raw: string) {
  const file = ctx.resolvePath(raw, false);
  ctx.close(file);
  return ctx.adopt(ProjectStore.open(file));
}

/** Creates the demo project once in the workspace; later calls open it. */
function openDemo(ctx: CoreContext) {
  const demo = loadDemoProject(ctx.options.resourcesDir);
  const file = path.join(ctx.options.workspaceDir, demo.fileName);
  if (fs.existsSync(file)) return openFile(ctx, file);
  fs.mkdirSync(ctx.options.workspaceDir, { recursive: true });
  const store = ProjectStore.create(file, demo.community);
  try {
    store.tx(() => {
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
      for (const a of demo.areas ?? []) ctx.geo.setCustomPerimeter(store, { code: a.code, name: a.name, polygon: a.polygon });
    });
  } catch (e) {
    store.close();
    fs.rmSync(file, { force: true });
    throw e;
  }
  return ctx.adopt(store);
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
      const said = fieldProblemMessage('community', problem);
      throw badRequest(formatMessage(said, 'en'), formatMessage(said, 'it'), problem.field);
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
  getProjectSummary: (_args, { ctx, store }) => ctx.summary(store),
  updateCommunity: (args, { store }) => store.updateCommunity(args.patch),
};
