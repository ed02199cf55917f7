/** Who gets what: rules for dividing a community's incentive and valorisation, and the monthly division. */
export * from './types';
export { parseSharingRuleSet, effectiveRules, DEFAULT_RULE_SET } from './validate';
export { divideSharing } from './divideSharing';
export { SharingRuleError } from './problems';
export { isEnterprise, ENTERPRISE_CATEGORIES } from './eligibility';
export { sharingInputsFromSimulation, type SimulationForSharing } from './fromSimulation';
export { compareSharing, type SharingComparison, type ComparisonRow } from './compare';
