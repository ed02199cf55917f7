/** Shapes of the *Scenari di progetto* operations: saved states of the project, compared side by side. */
import type { ProjectScenarioSummary, SummaryCell, SummaryKey } from '../../../scenario/project-scenario-summary';

export interface ProjectScenarioItem {
  id: number;
  name: string;
  createdAt: string;
  /** Digest of the inputs (the simulation's input hash) when it was saved. */
  inputDigest: string;
  /** The scenario keeps the results of its run (else its energy and money are unknown). */
  simulated: boolean;
  /** The working state has exactly this scenario's inputs. */
  current: boolean;
  summary: ProjectScenarioSummary;
}

export interface ProjectScenariosView {
  scenarios: ProjectScenarioItem[];
  /** Digest of the working state's inputs. */
  currentDigest: string;
}

export interface ProjectScenarioComparison {
  scenarios: { id: number; name: string; createdAt: string; simulated: boolean; summary: ProjectScenarioSummary }[];
  /** Each figure, scenario by scenario, with its difference from the first scenario. */
  cells: Record<SummaryKey, SummaryCell[]>;
}

export interface OpenedProjectScenario {
  /** The scenario now the working state. */
  id: number;
  /** The scenario the previous working state was saved as first (null: it was already saved, or not asked). */
  savedPreviousAs: ProjectScenarioItem | null;
}
