/** Every national rule, in evaluation order. */
import { COMMUNITY_RULES } from './checks/community';
import { CONFIGURATION_RULES } from './checks/configuration';
import { FILING_RULES } from './checks/filing';
import { FORMAT_RULES } from './checks/formats';
import { MEMBER_RULES } from './checks/members';
import { PLANT_RULES } from './checks/plants';
import { PNRR_RULES } from './checks/pnrr';
import { POINT_RULES } from './checks/points';
import { REFERENT_RULES } from './checks/referent';
import type { RuleDefinition, RuleInfo } from './rule';

export const RULES: readonly RuleDefinition[] = [
  ...COMMUNITY_RULES,
  ...CONFIGURATION_RULES,
  ...MEMBER_RULES,
  ...POINT_RULES,
  ...PLANT_RULES,
  ...REFERENT_RULES,
  ...PNRR_RULES,
  ...FILING_RULES,
  ...FORMAT_RULES,
];

/** Rule metadata for the UI / CLI: id, bilingual title, source. */
export function listRules(): RuleInfo[] {
  return RULES.map(({ id, title, source }) => ({ id, title, source }));
}
