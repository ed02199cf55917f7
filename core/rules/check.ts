/** Entry point: run every national rule and the project's local rules. */
import { buildContext } from './context';
import { checkLocalRules } from './local';
import { RULES } from './registry';
import type { Thresholds } from './thresholds';
import type { CheckOptions, Finding, RulesProjectInput, Severity } from './types';

const ORDER: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

/**
 * Check a project against the operating rules. Findings come sorted by severity (blocking
 * first), then in rule order. Pure: the caller loads and parses the thresholds.
 */
export function checkProject(input: RulesProjectInput, thresholds: Thresholds, options: CheckOptions = {}): Finding[] {
  const ctx = buildContext(input, thresholds, options);
  const disabled = new Set(options.disabledRules ?? []);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!disabled.has(rule.id)) findings.push(...rule.check(ctx));
  }
  const local = (input.localRules ?? []).filter((r) => !disabled.has(`local.${r.id}`));
  findings.push(...checkLocalRules(ctx, local));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** True when no finding blocks the application. */
export function isEligible(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity !== 'blocking');
}
