/**
 * *Scenari di progetto*: save the working state of the project (every input of a run, with the
 * run's results) under a name, reopen one as the working state, compare two or three side by
 * side. (The P50/P90/Pz sensitivity of one run is `ConfigurationEconomics.scenarios`.)
 */
import * as v from 'valibot';
import { operation } from '../define';
import { entityId, onProject, requiredText } from '../schemas';
import type { OpenedProjectScenario, ProjectScenarioComparison, ProjectScenarioItem, ProjectScenariosView } from '../types/scenarios';

const name = requiredText(120);
const id = entityId;

export const scenariosOperations = {
  listProjectScenarios: operation<ProjectScenariosView>()({
    area: 'scenarios',
    summary: 'The saved project scenarios with their totals, and which one the working state is',
    project: true,
    args: onProject({}),
  }),
  saveProjectScenario: operation<ProjectScenarioItem>()({
    area: 'scenarios',
    summary: 'Save the working state as a named scenario (simulated first when its results are out of date, unless simulate is false)',
    project: true,
    args: onProject({ name, simulate: v.optional(v.boolean(), true) }),
  }),
  openProjectScenario: operation<OpenedProjectScenario>()({
    area: 'scenarios',
    summary: 'Make a scenario the working state (saveCurrentAs: save the working state first under that name, unless a scenario already holds it)',
    project: true,
    args: onProject({ id, saveCurrentAs: v.optional(v.nullable(name), null) }),
  }),
  renameProjectScenario: operation<ProjectScenarioItem>()({ area: 'scenarios', summary: 'Rename a scenario', project: true, args: onProject({ id, name }) }),
  duplicateProjectScenario: operation<ProjectScenarioItem>()({ area: 'scenarios', summary: 'Copy a scenario under a new name', project: true, args: onProject({ id, name }) }),
  deleteProjectScenario: operation<null>()({ area: 'scenarios', summary: 'Delete a scenario', project: true, args: onProject({ id }) }),
  compareProjectScenarios: operation<ProjectScenarioComparison>()({
    area: 'scenarios',
    summary: 'Two or three scenarios side by side: totals and differences from the first',
    project: true,
    args: onProject({ ids: v.pipe(v.array(id), v.minLength(2), v.maxLength(3)) }),
  }),
};
