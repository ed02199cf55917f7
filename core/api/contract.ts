/**
 * The CoreApi contract: every operation the UI (or the CLI) may ask of the core, with
 * plain-data arguments and results. It is bound twice — Electron IPC and HTTP on loopback —
 * from the single list of names in ./operations, so the two bindings cannot drift.
 * This file is types only: the renderer imports it without pulling in Node code.
 */
import type {
  Community,
  CommunityType,
  Configuration,
  ConnectionPoint,
  Member,
  Plant,
} from '../model/entities';

/** An open project is addressed by the absolute path of its `.condivisa` file. */
export interface ProjectRef {
  project: string;
}

export interface ProjectCounts {
  configurations: number;
  members: number;
  plants: number;
  totalKWp: number;
  annualConsumptionKWh: number;
}

export interface ProjectSummary {
  path: string;
  fileName: string;
  schemaVersion: number;
  community: Community;
  counts: ProjectCounts;
  /** True for the shipped demonstration project (illustrative data). */
  demo: boolean;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface WorkspaceFile {
  path: string;
  fileName: string;
  modifiedAt: string;
  sizeBytes: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  host: 'electron' | 'web' | 'cli';
  workspaceDir: string;
}

export interface CreateProjectArgs {
  /** File path; relative paths are taken inside the workspace folder; `.condivisa` is added when missing. */
  path: string;
  name: string;
  type: CommunityType;
  legalEntity?: string;
  municipality?: string;
  region?: string;
  referenceYear?: number;
}

export type MemberInput = Partial<Omit<Member, 'id'>> & { name: string };
export type PlantInput = Partial<Omit<Plant, 'id'>> & { name: string };
export type ConfigurationInput = Partial<Omit<Configuration, 'id'>> & { name: string };

/** Error codes a caller can act on; `message`/`messageIt` are for the user. */
export type ApiErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'project-file' | 'internal';

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  messageIt: string;
  /** The argument or entity field at fault, when there is one. */
  field?: string;
}

export interface CoreApi {
  appInfo(args: Record<string, never>): Promise<AppInfo>;
  listRecentProjects(args: Record<string, never>): Promise<RecentProject[]>;
  listWorkspaceProjects(args: Record<string, never>): Promise<WorkspaceFile[]>;

  createProject(args: CreateProjectArgs): Promise<ProjectSummary>;
  openProject(args: { path: string }): Promise<ProjectSummary>;
  openDemoProject(args: Record<string, never>): Promise<ProjectSummary>;
  closeProject(args: ProjectRef): Promise<null>;
  getProjectSummary(args: ProjectRef): Promise<ProjectSummary>;
  updateCommunity(args: ProjectRef & { patch: Partial<Community> }): Promise<Community>;

  listConfigurations(args: ProjectRef): Promise<Configuration[]>;
  addConfiguration(args: ProjectRef & { configuration: ConfigurationInput }): Promise<Configuration>;
  updateConfiguration(
    args: ProjectRef & { id: number; patch: Partial<Omit<Configuration, 'id'>> },
  ): Promise<Configuration>;
  removeConfiguration(args: ProjectRef & { id: number }): Promise<null>;

  listMembers(args: ProjectRef): Promise<Member[]>;
  addMember(args: ProjectRef & { member: MemberInput }): Promise<Member>;
  updateMember(args: ProjectRef & { id: number; patch: Partial<Omit<Member, 'id'>> }): Promise<Member>;
  removeMember(args: ProjectRef & { id: number }): Promise<null>;

  listPlants(args: ProjectRef): Promise<Plant[]>;
  addPlant(args: ProjectRef & { plant: PlantInput }): Promise<Plant>;
  updatePlant(args: ProjectRef & { id: number; patch: Partial<Omit<Plant, 'id'>> }): Promise<Plant>;
  removePlant(args: ProjectRef & { id: number }): Promise<null>;

  listConnectionPoints(args: ProjectRef): Promise<ConnectionPoint[]>;
}

export type OperationName = keyof CoreApi;
export type OperationArgs<K extends OperationName> = Parameters<CoreApi[K]>[0];
export type OperationResult<K extends OperationName> = Awaited<ReturnType<CoreApi[K]>>;
