/** Parameterised rule kinds a project can add for a local scheme (municipal pilot, regional call). */
import type { MemberCategory, PlantSource } from '../model/entities';
import type { LocalText, Severity } from './types';

interface LocalRuleBase {
  /** Unique within the project; findings use ruleId `local.<id>`. */
  id: string;
  title: LocalText;
  /** Where the local rule comes from (call, resolution, presentation). */
  source: string;
  /** Default 'blocking'. */
  severity?: Severity;
  /** Restrict to these configurations; all when absent. */
  configurationIds?: number[];
}

export type LocalRuleSpec = LocalRuleBase &
  (
    | { kind: 'plantPowerRange'; params: { minKw?: number; maxKw?: number } }
    | { kind: 'plantCommissionedAfterConstitution'; params: { allowSameDay?: boolean } }
    | { kind: 'memberCategoryAllowed'; params: { categories: MemberCategory[] } }
    | { kind: 'maxMembers'; params: { max: number } }
    | { kind: 'municipalityIn'; params: { municipalities: string[]; appliesTo: 'members' | 'plants' | 'both' } }
    | { kind: 'plantSourceAllowed'; params: { sources: PlantSource[] } }
  );

export type LocalRuleKind = LocalRuleSpec['kind'];

export const LOCAL_RULE_KINDS: readonly LocalRuleKind[] = [
  'plantPowerRange',
  'plantCommissionedAfterConstitution',
  'memberCategoryAllowed',
  'maxMembers',
  'municipalityIn',
  'plantSourceAllowed',
];

/** A named set of local rules shipped as data (resources/rules/presets). */
export interface LocalRulePreset {
  id: string;
  title: LocalText;
  source: string;
  sourceDate: string;
  rules: LocalRuleSpec[];
}
