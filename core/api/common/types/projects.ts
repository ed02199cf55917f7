/**
 * Result and argument shapes of the project, entity, job and simulation operations.
 * Types only: the renderer imports them without pulling in Node code.
 */
import type { Community, CommunityType, Configuration, Member, Plant } from '../../../model/entities';
import type { ConfigurationHourly, ScenarioResult } from '../../../scenario/types';
import type { ApiErrorData } from '../errors';

/** An open project is addressed by the absolute path of its `.condivisa` file. */
export interface ProjectRef {
  project: string;
}

export type { ProjectCounts } from '../../../model/project-counts';

export interface ProjectSummary {
  path: string;
  fileName: string;
  schemaVersion: number;
  community: Community;
  counts: import('../../../model/project-counts').ProjectCounts;
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

/** Progress of long work (simulation, big imports), polled by the caller. */
export interface JobStatus {
  jobId: string;
  kind: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  /** Fraction done, 0…1. */
  progress: number;
  /** What is being worked on now (a plant, a member, a configuration…). */
  label: string;
  result?: unknown;
  error?: ApiErrorData;
}

/** The last simulation of a project, and whether the project changed since. */
export interface SimulationView {
  result: ScenarioResult;
  computedAt: string;
  /** True when members, plants, configurations or imported data changed after the run. */
  stale: boolean;
}

/** One configuration's hourly series of the last simulation [kWh per hour], for the dashboard's heatmap and duration curves. */
export type HourlySeriesView = ConfigurationHourly & {
  /** As `SimulationView.stale`: the project changed since the run. */
  stale: boolean;
};

/** Hourly zonal prices imported into a project. */
export interface ZonalPricesSummary {
  file: string;
  importedAt: string;
  year: number;
  hours: number;
  zones: string[];
  averageEurPerMWh: Record<string, number>;
}

