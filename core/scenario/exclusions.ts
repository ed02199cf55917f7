/**
 * Which members and plants of one configuration count for its sharing, from the areas
 * (core/scenario/areas.ts) and the rules' verdicts (core/scenario/verdicts.ts): the counting
 * the balance takes, and the list of the excluded with their reasons for the results.
 */
import type { Configuration, Member, Plant } from '../model/entities';
import { areaVerdict } from './areas';
import { behindOwnersMeter, type PointCounting } from './points';
import type { ExcludedPoint, ScenarioPlace } from './types';
import type { RuleVerdicts } from './verdicts';

const AREA_RULE = 'point.substation-area';

export interface ConfigurationExclusions {
  counting: PointCounting;
  excluded: ExcludedPoint[];
  /** Rule ids shown beside a plant's zero incentive (its own and its point's). */
  plantExcludedBy(plantId: number): string[];
  memberExcludedBy(memberId: number): string[];
}

export function configurationExclusions(
  c: Configuration,
  members: (Member & ScenarioPlace)[],
  plants: (Plant & ScenarioPlace)[],
  held: ReadonlySet<string>,
  verdicts: RuleVerdicts,
): ConfigurationExclusions {
  const excluded: ExcludedPoint[] = [];
  const memberOut = new Map<number, ExcludedPoint>();
  const plantOut = new Map<number, ExcludedPoint>();
  const inConfig = members.filter((m) => m.configurationId === c.id);
  const byId = new Map(inConfig.map((m) => [m.id, m]));
  for (const m of inConfig) {
    const area = areaVerdict(m, c, held);
    const rules = verdicts.excludedMembers.get(m.id) ?? [];
    let entry: ExcludedPoint | null = null;
    if (!area.counts) entry = { kind: 'member', id: m.id, name: m.name, reason: area.reason, areaCode: area.areaCode, ruleIds: [AREA_RULE, ...rules] };
    else if (rules.length) entry = { kind: 'member', id: m.id, name: m.name, reason: 'rule', areaCode: null, ruleIds: rules };
    if (entry) {
      excluded.push(entry);
      memberOut.set(m.id, entry);
    }
  }
  for (const p of plants.filter((x) => x.configurationId === c.id)) {
    const owner = p.ownerMemberId === null ? undefined : byId.get(p.ownerMemberId);
    let entry: ExcludedPoint | null = null;
    if (behindOwnersMeter(p, owner)) {
      // Behind its owner's meter: the plant shares through the owner's point, or not at all.
      const o = memberOut.get(owner!.id);
      if (o) entry = { ...o, kind: 'plant', id: p.id, name: p.name };
    } else {
      const area = areaVerdict(p, c, held);
      if (!area.counts) entry = { kind: 'plant', id: p.id, name: p.name, reason: area.reason, areaCode: area.areaCode, ruleIds: [AREA_RULE] };
    }
    if (entry) {
      excluded.push(entry);
      plantOut.set(p.id, entry);
    }
  }
  return {
    counting: {
      memberCounts: (id) => !memberOut.has(id),
      plantCounts: (id) => !plantOut.has(id),
      plantExcluded: (id) => verdicts.excludedPlants.has(id),
    },
    excluded,
    plantExcludedBy: (id) => [...new Set([...(verdicts.excludedPlants.get(id) ?? []), ...(plantOut.get(id)?.ruleIds ?? [])])],
    memberExcludedBy: (id) => memberOut.get(id)?.ruleIds ?? [],
  };
}
