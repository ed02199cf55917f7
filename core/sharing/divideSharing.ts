/**
 * The division of every configuration of a community under one rule set: community-level
 * €/yr costs apportioned among configurations pro rata to their yearly money, then each
 * configuration divided month by month (divideConfiguration). Throws SharingRuleError, with
 * every problem, when the rule set cannot be applied; nothing is divided then.
 */
import { splitLargestRemainder } from '../economics/money';
import { centsOf } from './ledger';
import { divideConfiguration, type YearlyCostCents } from './divideConfiguration';
import { SharingRuleError } from './problems';
import { checkEffectiveList, effectiveRules, whereConfiguration } from './validate';
import type { MemberStatement, SharingConfigurationInput, SharingGroup, SharingProblem, SharingResult, SharingRuleSet } from './types';

const euros = (cents: number) => cents / 100;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function yearlyCosts(configs: readonly SharingConfigurationInput[], ruleSet: SharingRuleSet): YearlyCostCents[] {
  const out = configs.map(() => new Map<string, number>());
  const accrued = configs.map((c) => sum(c.monthlyIncentiveEur.map(centsOf)) + sum(c.monthlyValorisationEur.map(centsOf)));
  const weights = sum(accrued) > 0 ? accrued : configs.map(() => 1);
  for (const r of ruleSet.community) {
    if (r.kind !== 'cost' || r.percent !== undefined) continue;
    if (r.eurPerYear === undefined) configs.forEach((c, i) => out[i]!.set(r.id, centsOf(c.gseFeesEurPerYear)));
    else splitLargestRemainder(centsOf(r.eurPerYear), weights).forEach((c, i) => out[i]!.set(r.id, c));
  }
  configs.forEach((c, i) => {
    for (const r of ruleSet.configurations[c.substation] ?? []) {
      if (r.kind === 'cost' && r.percent === undefined) out[i]!.set(r.id, r.eurPerYear === undefined ? centsOf(c.gseFeesEurPerYear) : centsOf(r.eurPerYear));
    }
  });
  return out;
}

export function divideSharing(configs: readonly SharingConfigurationInput[], ruleSet: SharingRuleSet, minimumPaymentEur = 50): SharingResult {
  const problems: SharingProblem[] = [];
  for (const c of configs) problems.push(...checkEffectiveList(effectiveRules(ruleSet, c.substation), whereConfiguration(c.substation), c.substation));
  if (problems.length) throw new SharingRuleError(problems);
  const costs = yearlyCosts(configs, ruleSet);
  const notes: SharingProblem[] = [];
  const statements: SharingResult['configurations'] = [];
  const members: MemberStatement[] = [];
  configs.forEach((c, i) => {
    let d;
    try {
      d = divideConfiguration(c, effectiveRules(ruleSet, c.substation), costs[i]!, minimumPaymentEur);
    } catch (e) {
      if (e instanceof SharingRuleError) return problems.push(...e.problems);
      throw e;
    }
    notes.push(...d.notes);
    statements.push({
      configurationId: c.configurationId,
      name: c.name,
      substation: c.substation,
      incentiveEur: euros(sum(d.payments.incentiveCents)),
      valorisationEur: euros(sum(d.payments.valorisationCents)),
      restrictedPotEur: euros(sum(d.payments.restrictedCents)),
      paidMonths: d.payments.paidCents.map(euros),
      groups: [...d.ledger.groups].map(([group, row]) => ({ group: group as SharingGroup, eur: euros(sum(row)), months: row.map(euros) })),
    });
    for (const x of c.members) {
      const row = d.ledger.members.get(x.id)!;
      members.push({ id: x.id, name: x.name, pod: x.pod, category: x.category, configurationId: c.configurationId, months: row.map(euros), totalEur: euros(sum(row)), restrictedEur: euros(d.restrictedByMember.get(x.id) ?? 0) });
    }
  });
  if (problems.length) throw new SharingRuleError(problems);
  return { configurations: statements, members, notes };
}
