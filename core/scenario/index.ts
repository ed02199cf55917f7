/** core/scenario — wires the models into a simulation run (no maths of its own). */
export * from './types';
export * from './errors';
export { runScenario, missingInputs } from './run';
export { configurationPoints, behindOwnersMeter, COUNT_ALL, PLANT_POINT_OFFSET } from './points';
export { areaVerdict, heldAreaSet } from './areas';
export { ruleVerdicts } from './verdicts';
export { plantSite, ITALY_CENTRE } from './sites';
export { SCENARIO_DEFAULTS, type AssumedValue, type ScenarioDefaults } from './defaults';
