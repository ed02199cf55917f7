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
    const listIt = culprits.map((c) => `«${c.ruleId}» ${eur(c.cents / 100)} €`).join(', ') || 'nessuna regola di quota per consumatori non imprese o fondi sociali';
    const listEn = culprits.map((c) => `"${c.ruleId}" ${eur(c.cents / 100)} €`).join(', ') || 'no share rule for non-enterprise consumers or social funds';
    throw new SharingRuleError([
      problem(
        'sharing/restricted-to-enterprise',
        `Configurazione ${cfg.substation || cfg.name}: la quota eccedente la soglia 55/45 (${eur(restrictedCents / 100)} €) spetta solo a consumatori diversi dalle imprese o a finalità sociali [RO p.39], ma le regole destinano loro ${eur(eligible / 100)} €; pagano imprese: ${listIt}. Aumentare la quota ai consumatori non imprese o a un fondo sociale.`,
        `Configuration ${cfg.substation || cfg.name}: the incentive above the 55/45 threshold (${eur(restrictedCents / 100)} €) may go only to consumers that are not enterprises or to social purposes [RO p.39], but the rules give them ${eur(eligible / 100)} €; paying enterprises: ${listEn}. Raise the share of non-enterprise consumers or of a social fund.`,
        { substation: cfg.substation, ...(culprits[0] ? { ruleId: culprits[0].ruleId } : {}) },
      ),
    ]);
  }
  const parts = splitLargestRemainder(restrictedCents, amounts);
  eligibleMembers.forEach((id, i) => out.set(id, parts[i]!));
  return out;
}
