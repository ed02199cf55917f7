/**
 * What the eligibility findings do to a run (pure): members and plants the rules exclude by
 * their nature get no incentive and no share of it, with the rule ids named beside the zero;
 * findings that are tasks before filing are listed per configuration as conditions and leave
 * the money as it is. The classification itself is core/rules/effects.ts.
 */
import { findingEffect } from '../rules/effects';
import type { Finding } from '../rules/types';

export interface RuleVerdicts {
  /** Member id → ids of the rules that exclude it. */
  excludedMembers: Map<number, string[]>;
  /** Plant id → ids of the rules that deny it the tariff. */
  excludedPlants: Map<number, string[]>;
  /** Ids of the condition rules of a configuration (its own findings, its members', its plants', the community's). */
  conditionsOf(configurationId: number): string[];
}

/**
 * `point.substation-area` is applied by the run itself with the project's areas
 * (core/scenario/areas.ts); its excluding findings are not read twice.
 */
const APPLIED_BY_THE_RUN = new Set(['point.substation-area']);

const add = (map: Map<number, string[]>, id: number, ruleId: string) => {
  const list = map.get(id) ?? [];
  if (!list.includes(ruleId)) list.push(ruleId);
  map.set(id, list);
};

export function ruleVerdicts(
  findings: readonly Finding[],
  configurationOfMember: (id: number) => number | null | undefined,
  configurationOfPlant: (id: number) => number | null | undefined,
): RuleVerdicts {
  const excludedMembers = new Map<number, string[]>();
  const excludedPlants = new Map<number, string[]>();
  const conditions = new Map<number, string[]>();
  const everywhere: string[] = [];
  for (const f of findings) {
    const { kind, id } = f.entity;
    if (findingEffect(f) === 'excludes') {
      if (APPLIED_BY_THE_RUN.has(f.ruleId)) continue;
      if (kind === 'member') add(excludedMembers, id, f.ruleId);
      else if (kind === 'plant') add(excludedPlants, id, f.ruleId);
      continue;
    }
    if (kind === 'community') {
      if (!everywhere.includes(f.ruleId)) everywhere.push(f.ruleId);
      continue;
    }
    const configId = kind === 'configuration' ? id : kind === 'member' ? configurationOfMember(id) : configurationOfPlant(id);
    if (configId !== null && configId !== undefined) add(conditions, configId, f.ruleId);
  }
  return {
    excludedMembers,
    excludedPlants,
    conditionsOf: (configId) => [...new Set([...(conditions.get(configId) ?? []), ...everywhere])],
  };
}
