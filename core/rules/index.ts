/** Public API of the eligibility-rules engine. */
export { checkProject, isEligible } from './check';
export { RULES, listRules } from './registry';
export { parseThresholds, ThresholdsError, THRESHOLD_SPEC } from './thresholds';
export type { Thresholds, ThresholdKey, ThresholdMeta, ThresholdValues } from './thresholds';
export { parseLocalRules, parseLocalRulePreset, LocalRulesError } from './local';
export { LOCAL_RULE_KINDS } from './local-types';
export type { LocalRuleKind, LocalRulePreset, LocalRuleSpec } from './local-types';
export { filingDeadline } from './checks/filing';
export { configurationBuilding } from './checks/configuration';
export { RULE_EFFECTS, findingEffect } from './effects';
export type { FindingEffect } from './effects';
export { countedCommissioningDate, countedPowerKw, isUpgrade } from './plant-power';
export type { Citation, RuleDefinition, RuleInfo } from './rule';
export type {
  CheckOptions,
  EntityKind,
  EntityRef,
  Finding,
  LocalText,
  ReferentInput,
  ReferentKind,
  RulesCommunity,
  RulesConfiguration,
  RulesMember,
  RulesPlant,
  RulesProjectInput,
  Severity,
} from './types';
