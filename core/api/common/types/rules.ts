/**
 * Shapes of the eligibility operations. The engine is core/rules (pure); the extra inputs
 * it reads are the rule fields of core/rules/fields, stored beside each entity.
 */
import type { Finding, LocalRuleSpec, RuleInfo } from '../../../rules';
import type { RuleFieldValues } from '../../../rules/fields';

/** Result of checking a project against the operating rules and its local rules. */
export interface CheckProjectResult {
  /** Evaluation date used for deadline checks, ISO `YYYY-MM-DD`. */
  today: string;
  /** Sorted: blocking first, then warnings, then information; in rule order within each. */
  findings: Finding[];
  blocking: number;
  warnings: number;
  infos: number;
  /** Every national rule checked, with its source. */
  rules: RuleInfo[];
  /** Members and plants in no configuration: the configuration rules do not see them. */
  unassigned: { members: number; plants: number };
  /** Local rules the project adds. */
  localRules: number;
}

/** Stored rule fields of every entity; keys of the records are entity ids. */
export interface RuleFieldsView {
  community: RuleFieldValues;
  configurations: Record<string, RuleFieldValues>;
  members: Record<string, RuleFieldValues>;
  plants: Record<string, RuleFieldValues>;
}

export interface LocalRulePresetInfo {
  id: string;
  title: { it: string; en: string };
  source: string;
  sourceDate: string;
  ruleIds: string[];
}

export interface LocalRulesView {
  rules: LocalRuleSpec[];
  /** Shipped presets (resources/rules/presets). */
  presets: LocalRulePresetInfo[];
}
