/** Shapes of the sharing operations (who gets what). */
import type { SharingComparison, SharingProblem, SharingResult, SharingRuleSet } from '../../../sharing';

export interface SharingRulesView {
  ruleSet: SharingRuleSet;
  /** True when the project has no rules yet and the default applies (GSE fees, then consumers pro rata). */
  isDefault: boolean;
  /** The configurations a list may be given for, keyed by substation code. */
  configurations: { id: number; name: string; substation: string }[];
  /** Problems of the stored rules (a damaged file); the default applies while there are any. */
  problems: SharingProblem[];
}

export interface SharingView extends SharingResult {
  /** The rule set applied. */
  ruleSet: SharingRuleSet;
  /** When the simulation divided was computed, and whether the project changed since. */
  computedAt: string;
  stale: boolean;
}

export interface SharingComparisonView extends SharingComparison {
  a: SharingView;
  b: SharingView;
}
