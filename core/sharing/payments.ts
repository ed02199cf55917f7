/**
 * What GSE actually pays a configuration each month: the incentive and the valorisation accrued,
 * paid only once the running amount reaches the €50 minimum payment; below it the amount is
 * carried forward to the next month [RO §2.2.2.1.4 p.39; the valorisation follows the same terms,
 * RO p.41]. The threshold is on what the referent receives for the configuration.
 */
import { applyMinimumPayment } from '../economics/minimumPayment';
import { splitLargestRemainder, toCents } from '../economics/money';
import { centsOf } from './ledger';

export interface ConfigurationPayments {
  /** Accrued incentive and valorisation by month [c€]. */
  incentiveCents: number[];
  valorisationCents: number[];
  /** Paid by GSE in each month [c€]. */
  paidCents: number[];
  /** Still unpaid after the last month: carried into the next year [c€]. */
  carriedCents: number;
  /** Part of the 55/45 restricted pot in each paid month [c€] (pro rata to what is paid). */
  restrictedCents: number[];
}

export function configurationPayments(monthlyIncentiveEur: readonly number[], monthlyValorisationEur: readonly number[], restrictedPotEur: number, minimumPaymentEur = 50): ConfigurationPayments {
  if (monthlyIncentiveEur.length !== 12 || monthlyValorisationEur.length !== 12) throw new Error('configurationPayments: 12 monthly amounts are needed');
  const incentiveCents = monthlyIncentiveEur.map(centsOf);
  const valorisationCents = monthlyValorisationEur.map(centsOf);
  const accrued = incentiveCents.map((c, m) => c + valorisationCents[m]!);
  const paid = applyMinimumPayment(accrued.map((c) => c / 100), minimumPaymentEur);
  const paidCents = paid.map((p) => toCents(p.paidEur));
  const carriedCents = toCents(paid[11]!.carriedForwardEur);
  // The restricted pot is yearly [RO p.39]; the part of it in money carried into next year stays
  // with that money, the rest is spread over the paid months like the money itself.
  const accruedTotal = accrued.reduce((a, b) => a + b, 0);
  const paidTotal = accruedTotal - carriedCents;
  const restricted = Math.min(centsOf(restrictedPotEur), incentiveCents.reduce((a, b) => a + b, 0));
  // A negative year-end position (a GSE adjustment owed back) must not raise the pot above itself.
  const restrictedPaid = accruedTotal > 0 ? Math.min(restricted, paidTotal, Math.round((restricted * paidTotal) / accruedTotal)) : 0;
  const restrictedCents = paidTotal > 0 ? splitLargestRemainder(restrictedPaid, paidCents) : new Array<number>(12).fill(0);
  return { incentiveCents, valorisationCents, paidCents, carriedCents, restrictedCents };
}
