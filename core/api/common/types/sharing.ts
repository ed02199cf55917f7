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
  /** Whose amounts were divided: the simulation's, or the imported GSE statements'. */
  source: 'simulation' | 'gse';
  /** When the simulation divided was computed, and whether the project changed since. */
  computedAt: string;
  stale: boolean;
}

export interface SharingComparisonView extends SharingComparison {
  a: SharingView;
  b: SharingView;
}

/** Imported GSE statements of the reference year, by configuration and month (null: none). */
export interface GseStatementsView {
  year: number;
  configurations: {
    id: number;
    name: string;
    substation: string;
    months: ({ incentiveEur: number; valorisationEur: number; restrictedEur: number | null } | null)[];
  }[];
  files: string[];
}
