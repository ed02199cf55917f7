/** core/scenario — wires the models into a simulation run (no maths of its own). */
export * from './types';
export * from './errors';
export { runScenario, missingInputs } from './run';
export { configurationPoints, isUnderSubstation, behindOwnersMeter, PLANT_POINT_OFFSET } from './points';
export { plantSite, ITALY_CENTRE } from './sites';
export { SCENARIO_DEFAULTS, type AssumedValue, type ScenarioDefaults } from './defaults';
