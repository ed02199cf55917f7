/**
 * The monthly division of one configuration's money, to the cent. Each month GSE pays
 * (after the €50 minimum [RO p.39]) is divided in this order:
 *  1. fixed amounts, in list order, from the money free of the 55/45 restriction: costs
 *     (€/yr spread over the paid months, an unpaid part owed into the next paid month; or a
 *     percent of the month), then fixed €/kWh tariffs to producers;
 *  2. what is left (restricted part included) split among the percentage rules by the
 *     largest-remainder rule, each rule's amount among its recipients by weight;
 *  3. per-member caps on the running yearly total (the excess to the members below their
 *     cap, pro rata; to the reserve when nobody can take it);
 * then, after the last paid month, floors made up from the members above theirs in that month,
 * and the amount GSE still holds goes to the `carried-forward` group. Finally the restricted pot
 * must be covered by what goes to non-enterprise consumers and social funds [RO p.39].
 */
import Decimal from 'decimal.js';
import { splitLargestRemainder, toCents } from '../economics/money';
import { centsOf, Ledger, type Recipient } from './ledger';
import { configurationPayments, type ConfigurationPayments } from './payments';
import { memberWeights, producerWeights, type Weighted } from './recipients';
import { applyCaps, applyFloors } from './limits';
import { checkRestrictedPot } from './restrictedPot';
import { eur, problem } from './problems';
import type { SharingConfigurationInput, SharingProblem, SharingRule } from './types';

export interface ConfigurationDivision {
  ledger: Ledger;
  payments: ConfigurationPayments;
  /** Restricted pot labelled per member and fund [c€]. */
  restrictedByMember: Map<number, number>;
  notes: SharingProblem[];
}

/** Yearly cents of each fixed cost of the configuration (community costs already apportioned). */
export type YearlyCostCents = Map<string, number>;

function allocate(ledger: Ledger, m: number, cents: number, recipients: readonly Weighted[], paidTo: Map<string, Map<Recipient, number>>, ruleId: string): void {
  const parts = splitLargestRemainder(cents, recipients.map((r) => r.weight));
  let byRule = paidTo.get(ruleId);
  if (!byRule) paidTo.set(ruleId, (byRule = new Map()));
  recipients.forEach((r, i) => {
    ledger.add(r.to, m, parts[i]!);
    if ('member' in r.to && parts[i]! > 0) byRule.set(r.to, (byRule.get(r.to) ?? 0) + parts[i]!);
  });
}

export function divideConfiguration(cfg: SharingConfigurationInput, rules: readonly SharingRule[], yearlyCosts: YearlyCostCents, minimumPaymentEur = 50): ConfigurationDivision {
  const where = { substation: cfg.substation };
  const notes: SharingProblem[] = [];
  const ledger = new Ledger(cfg.members.map((x) => x.id));
  const payments = configurationPayments(cfg.monthlyIncentiveEur, cfg.monthlyValorisationEur, cfg.restrictedPotEur, minimumPaymentEur);
  const paidMonths = payments.paidCents.map((c, m) => (c > 0 ? m : -1)).filter((m) => m >= 0);
  const lastPaid = paidMonths[paidMonths.length - 1] ?? -1;

  // €/yr costs spread evenly over the months GSE pays; what a month cannot cover is owed to the next.
  const slices = new Map<string, number[]>();
  const owed = new Map<string, number>();
  for (const r of rules) {
    if (r.kind !== 'cost' || r.percent !== undefined) continue;
    const yearly = yearlyCosts.get(r.id) ?? 0;
    const row = new Array<number>(12).fill(0);
    if (paidMonths.length) splitLargestRemainder(yearly, paidMonths.map(() => 1)).forEach((c, i) => (row[paidMonths[i]!] = c));
    else owed.set(r.id, yearly);
    slices.set(r.id, row);
  }
  const shares = rules.filter((r): r is Extract<SharingRule, { percent: number }> & { kind: 'producers' | 'consumers' | 'equal' | 'vulnerable' | 'fund' } => ['producers', 'consumers', 'equal', 'vulnerable', 'fund'].includes(r.kind));
  const paidTo = new Map<string, Map<Recipient, number>>();
  const limits = rules.find((r) => r.kind === 'limits');
  const capCents = limits?.capEurPerYear !== undefined ? centsOf(limits.capEurPerYear) : null;
  let noVulnerableNoted = false;

  for (const m of paidMonths) {
    const paid = payments.paidCents[m]!;
    const restricted = payments.restrictedCents[m]!;
    let free = paid - restricted;
    for (const r of rules) {
      if (r.kind === 'cost') {
        const due = r.percent !== undefined ? toCents(new Decimal(paid).times(r.percent).dividedBy(100).dividedBy(100)) : (owed.get(r.id) ?? 0) + slices.get(r.id)![m]!;
        const take = Math.min(due, free);
        ledger.add({ group: r.group }, m, take);
        free -= take;
        if (r.percent === undefined) owed.set(r.id, due - take);
      } else if (r.kind === 'producer-tariff') {
        const plants = producerWeights(cfg, r.basis, m); // recipients only; amounts below are per kWh
        const kwh = cfg.plants.map((p) => (r.basis === 'injected' ? p.monthlyInjectedKWh[m]! : p.monthlySharedKWh[m]!));
        const due = kwh.map((k) => toCents(new Decimal(k).times(r.eurPerKWh)));
        const dueTotal = due.reduce((a, b) => a + b, 0);
        const take = Math.min(dueTotal, free);
        if (take > 0) allocate(ledger, m, take, plants.map((p, i) => ({ to: p.to, weight: due[i]! })), paidTo, r.id);
        free -= take;
        if (take < dueTotal) notes.push(problem('sharing/tariff-short', { code: 'sharing.note.rule-month-producer-tariff', params: { id: r.id, value: m + 1, value2: eur(dueTotal / 100), value3: eur(take / 100) } }, { ...where, ruleId: r.id }));
      }
    }
    const distributable = free + restricted;
    const parts = splitLargestRemainder(distributable, shares.map((r) => r.percent));
    shares.forEach((r, i) => {
      const cents = parts[i]!;
      if (cents === 0) return;
      if (r.kind === 'fund') return ledger.add({ group: r.group }, m, cents);
      const recipients = r.kind === 'producers' ? producerWeights(cfg, r.basis, m) : memberWeights(cfg, r, m);
      if (recipients === null || recipients.length === 0) {
        // Nobody to pay (no vulnerable household, no plant): the money serves a social purpose instead.
        ledger.add({ group: 'social-fund' }, m, cents);
        if (!noVulnerableNoted) notes.push(problem('sharing/no-recipient', { code: 'sharing.note.rule-nobody-pay-configuration', params: { id: r.id } }, { ...where, ruleId: r.id }));
        noVulnerableNoted = true;
        return;
      }
      allocate(ledger, m, cents, recipients, paidTo, r.id);
    });
    if (capCents !== null) applyCaps(ledger, m, capCents);
  }
  for (const [id, left] of owed) {
    if (left > 0) notes.push(problem('sharing/cost-unpaid', { code: 'sharing.note.cost-covered-year-s', params: { id, value: eur(left / 100) } }, { ...where, ruleId: id }));
  }
  if (limits?.floorEurPerYear !== undefined && lastPaid >= 0) {
    const short = applyFloors(ledger, lastPaid, centsOf(limits.floorEurPerYear));
    if (short > 0) notes.push(problem('sharing/floor-short', { code: 'sharing.note.rule-short-floor-every', params: { id: limits.id, value: eur(short / 100) } }, { ...where, ruleId: limits.id }));
  }
  ledger.add({ group: 'carried-forward' }, 11, payments.carriedCents);
  const restrictedTotal = payments.restrictedCents.reduce((a, b) => a + b, 0);
  const restrictedByMember = checkRestrictedPot(cfg, ledger, restrictedTotal, paidTo);
  return { ledger, payments, restrictedByMember, notes };
}
