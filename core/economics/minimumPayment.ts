/**
 * The €50 minimum payment: "Il GSE eroga gli importi spettanti su base mensile e al
 * raggiungimento di una soglia minima di importo pari a 50 €" [RO §2.2.2.1.4 p.39]; the
 * valorisation follows the same payment terms [RO p.41]. Amounts below the threshold are
 * carried forward and added to the next month's amount.
 *
 * The threshold applies to what GSE pays the referent for the configuration (the contract
 * holder), so apply this to the configuration's monthly total, not to each plant.
 */
import { Decimal, roundEur } from './money';

/** Minimum amount GSE pays in one month [€] [RO p.39]. */
export const GSE_MINIMUM_PAYMENT_EUR = 50;

export interface MonthlyPayment {
  /** Amount accrued in the month [€]. */
  accruedEur: Decimal;
  /** Amount actually paid for the month (accrued + carried in, when ≥ threshold) [€]. */
  paidEur: Decimal;
  /** Amount carried forward to the next month [€]. */
  carriedForwardEur: Decimal;
}

/**
 * Applies the minimum-payment threshold to a sequence of monthly amounts [€]. Negative
 * months (e.g. a balance owed back to GSE) are netted into the running position; only a
 * positive position of at least `thresholdEur` is paid. The position left after the last
 * month is the last `carriedForwardEur` (unpaid within the horizon).
 */
export function applyMinimumPayment(
  monthlyAmountsEur: readonly Decimal.Value[],
  thresholdEur: Decimal.Value = GSE_MINIMUM_PAYMENT_EUR,
): MonthlyPayment[] {
  const threshold = new Decimal(thresholdEur);
  let carry = new Decimal(0);
  return monthlyAmountsEur.map((a) => {
    const accrued = roundEur(a);
    const position = carry.plus(accrued);
    if (position.greaterThanOrEqualTo(threshold)) {
      carry = new Decimal(0);
      return { accruedEur: accrued, paidEur: position, carriedForwardEur: carry };
    }
    carry = position;
    return { accruedEur: accrued, paidEur: new Decimal(0), carriedForwardEur: carry };
  });
}
