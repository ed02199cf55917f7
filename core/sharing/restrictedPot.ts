/**
 * The 55/45 rule's restricted pot: "destinato ai soli consumatori diversi dalle imprese e/o
 * utilizzato per finalità sociali aventi ricadute sui territori ove sono ubicati gli impianti"
 * [RO §2.2.2.1.3 p.39]. Money is fungible within the year, so the rule set is acceptable when
 * what it pays to non-enterprise consumers and social funds covers the pot; the pot is then
 * labelled on those recipients pro rata to what they receive.
 */
import { splitLargestRemainder } from '../economics/money';
import { isEnterprise } from './eligibility';
import type { Ledger, Recipient } from './ledger';
import { eur, problem, SharingRuleError } from './problems';
import { FUND_GROUPS, type SharingConfigurationInput } from './types';
import type { Message } from '../model/messages';

/** Member id → restricted cents; throws SharingRuleError naming the rules that pay enterprises when the pot is not covered. */
export function checkRestrictedPot(cfg: SharingConfigurationInput, ledger: Ledger, restrictedCents: number, paidTo: Map<string, Map<Recipient, number>>): Map<number, number> {
  const eligibleMembers = cfg.members.filter((x) => x.consumer && !isEnterprise(x.category)).map((x) => x.id);
  const funds = FUND_GROUPS.filter((g) => ledger.groups.has(g));
  const amounts = [...eligibleMembers.map((id) => ledger.memberTotal(id)), ...funds.map((g) => ledger.groups.get(g)!.reduce((a, b) => a + b, 0))];
  const eligible = amounts.reduce((a, b) => a + b, 0);
  const out = new Map<number, number>();
  if (restrictedCents <= 0) return out;
  if (eligible < restrictedCents) {
    const enterprises = new Set(cfg.members.filter((x) => isEnterprise(x.category)).map((x) => x.id));
    const culprits = [...paidTo]
      .map(([ruleId, byRecipient]) => ({ ruleId, cents: [...byRecipient].reduce((s, [to, c]) => s + ('member' in to && enterprises.has(to.member) ? c : 0), 0) }))
      .filter((x) => x.cents > 0);
    const rules: Message[] = culprits.length
      ? culprits.map((c) => ({ code: 'sharing.rule-amount', params: { id: c.ruleId, eur: eur(c.cents / 100) } }))
      : [{ code: 'sharing.restricted-pot.no-eligible-rule' }];
    throw new SharingRuleError([
      problem(
        'sharing/restricted-to-enterprise',
        { code: 'sharing.restricted-pot.configuration-incentive-above-threshold', params: { configuration: cfg.substation || cfg.name, restricted: eur(restrictedCents / 100), eligible: eur(eligible / 100), rules } },
        { substation: cfg.substation, ...(culprits[0] ? { ruleId: culprits[0].ruleId } : {}) },
      ),
    ]);
  }
  const parts = splitLargestRemainder(restrictedCents, amounts);
  eligibleMembers.forEach((id, i) => out.set(id, parts[i]!));
  return out;
}
