/** Operations on projects: the app, the workspace, opening, creating, the community. */
import * as v from 'valibot';
import { operation } from '../define';
import { checkedBy, filePath, noArgs, onProject, requiredText, text } from '../schemas';
import { COMMUNITY_TYPES, type Community } from '../../../model/entities';
import { validateCommunityPatch } from '../../../model/entity-validation';
import { appInfoResult, communityResult, nullResult, projectSummaryResult, recentProjectsResult } from '../results';
import type { AppInfo, ProjectSummary, RecentProject, WorkspaceFile } from '../types/projects';

const createProjectArgs = v.object({
  /** File path; relative paths are taken inside the workspace folder; `.condivisa` is added when missing. */
  path: filePath,
  name: requiredText(200),
  type: v.picklist(COMMUNITY_TYPES),
  legalEntity: v.optional(text(200)),
  municipality: v.optional(text(200)),
  region: v.optional(text(100)),
  referenceYear: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
});
export type CreateProjectArgs = v.InferInput<typeof createProjectArgs>;

export const projectsOperations = {
  appInfo: operation<AppInfo>()({ area: 'projects', summary: 'Version, schema version, host and workspace folder', project: false, args: noArgs, result: appInfoResult }),
  listRecentProjects: operation<RecentProject[]>()({ area: 'projects', summary: 'Projects opened recently', project: false, args: noArgs, result: recentProjectsResult }),
  listWorkspaceProjects: operation<WorkspaceFile[]>()({ area: 'projects', summary: 'Project files in the workspace folder', project: false, args: noArgs }),
  createProject: operation<ProjectSummary>()({ area: 'projects', summary: 'Create a project file', project: false, args: createProjectArgs, result: projectSummaryResult }),
  openProject: operation<ProjectSummary>()({ area: 'projects', summary: 'Open a project file', project: false, args: v.object({ path: filePath }), result: projectSummaryResult }),
  openDemoProject: operation<ProjectSummary>()({ area: 'projects', summary: 'Open (creating it once) the demo project', project: false, args: noArgs, result: projectSummaryResult }),
  closeProject: operation<null>()({ area: 'projects', summary: 'Close a project file', project: false, args: v.object({ project: filePath }), result: nullResult }),
  saveProjectAs: operation<ProjectSummary>()({
    area: 'projects',
    summary: 'Copy the open project to a new file (Save as) and open the copy; an existing file is replaced only with overwrite',
    project: true,
    args: onProject({ path: filePath, overwrite: v.optional(v.boolean(), false) }),
    result: projectSummaryResult,
  }),
  getProjectSummary: operation<ProjectSummary>()({ area: 'projects', summary: 'Community and counts of a project', project: true, args: onProject({}), result: projectSummaryResult }),
  updateCommunity: operation<Community>()({
    area: 'projects',
    summary: 'Edit the community (name, type, constitution date, municipality, region, year)',
    project: true,
    args: onProject({ patch: checkedBy<Partial<Community>>('community', validateCommunityPatch) }),
    result: communityResult,
  }),
};
