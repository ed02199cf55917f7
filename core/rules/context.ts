/** Indexed view of the project that the rule checks share. */
import type { CommunityType } from '../model/entities';
import type { ThresholdValues, Thresholds } from './thresholds';
import type {
  CheckOptions,
  RulesConfiguration,
  RulesMember,
  RulesPlant,
  RulesProjectInput,
} from './types';

export interface RuleContext {
  input: RulesProjectInput;
  thresholds: Thresholds;
  /** Shorthand for thresholds.values. */
  t: ThresholdValues;
  options: CheckOptions;
  today: string | null;
  configById: Map<number, RulesConfiguration>;
  memberById: Map<number, RulesMember>;
  plantById: Map<number, RulesPlant>;
  typeOf(config: RulesConfiguration): CommunityType;
  /** Type whose member rules apply to a member: its configuration's, else the community's. */
  memberType(member: RulesMember): CommunityType;
  membersOf(configId: number): RulesMember[];
  plantsOf(configId: number): RulesPlant[];
}

export function buildContext(input: RulesProjectInput, thresholds: Thresholds, options: CheckOptions): RuleContext {
  const configById = new Map(input.configurations.map((c) => [c.id, c]));
  const memberById = new Map(input.members.map((m) => [m.id, m]));
  const plantById = new Map(input.plants.map((p) => [p.id, p]));
  const typeOf = (c: RulesConfiguration): CommunityType => c.type ?? input.community.type;
  return {
    input,
    thresholds,
    t: thresholds.values,
    options,
    today: options.today ?? null,
    configById,
    memberById,
    plantById,
    typeOf,
    memberType(m) {
      const c = m.configurationId === null ? undefined : configById.get(m.configurationId);
      return c ? typeOf(c) : input.community.type;
    },
    membersOf: (id) => input.members.filter((m) => m.configurationId === id),
    plantsOf: (id) => input.plants.filter((p) => p.configurationId === id),
  };
}
