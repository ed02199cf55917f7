/**
 * The promoters' own investment terms laid on a configuration's yearly cash flows: their cost
 * per kWp instead of the PNRR cost cap the run assumes, VAT where it is a cost, a loan and a
 * tax deduction.
 *
 * Cumulation: the TIP is cumulable "senza decurtazione" with tax deductions at ordinary rates
 * (art. 16-bis c.1 h) TUIR, e.g. 50% over 10 years on a home plant), but not with the
 * Superbonus nor with capital grants above 40% of eligible costs [RO p.16]; DOMAIN.md states
 * only the 40% grant cap [RO App. E p.158]. A deduction here is therefore the ordinary-rate
 * one; the grant stays the run's (its TIP reduction F included).
 *
 * Approximation stated: yearly insurance (a share of the investment) keeps the run's value.
 */
import { npv, irr, simplePaybackYears } from '../economics/finance';

export interface InvestmentInputs {
  /** Turn-key cost of new plants [€/kWp, VAT excluded]; absent: the run's PNRR cost cap. */
  costEurPerKWp?: number;
  /** A plant's total cost at its present size [€, VAT excluded] (a quote for a roof); wins over `costEurPerKWp`. */
  costEurByPlant?: Record<number, number>;
  /** VAT rate applied to the cost [-] (10% on a home plant, 22% otherwise). */
  vatRate?: number;
  /** VAT recovered (a business, or a CER acting commercially): no VAT cost. */
  vatRecoverable?: boolean;
  /** Part of the net investment (after grants) borrowed, its yearly rate and years. */
  loan?: { share: number; ratePerYear: number; years: number };
  /** Ordinary-rate tax deduction: share of the gross cost, spread evenly over `years`. */
  taxDeduction?: { rate: number; years: number };
  /**
   * Investment beside the plants that the own cost per kWp or quote does not cover (the swept
   * storage) [€, VAT excluded]; added to the own cost. Without an own cost the run's capex holds it.
   */
  extraCostEur?: number;
}

export interface InvestmentOutcome {
  flows: number[];
  npvEur: number;
  irr: number | null;
  paybackYears: number | null;
  /** Cost borne at year 0 after grant and loan [€]. */
  equityEur: number;
  grossCostEur: number;
}

/** Constant annuity of a loan [€/yr]: L·r / (1 − (1+r)^−n); L/n at zero rate. */
export function annuityEur(principal: number, rate: number, years: number): number {
  if (years <= 0 || principal <= 0) return 0;
  return rate === 0 ? principal / years : (principal * rate) / (1 - Math.pow(1 + rate, -years));
}

/**
 * `flows`: the run's yearly net flows (flows[0] = −(capex − grant)); `capexEur`, `grantEur`:
 * the run's; `ownCostEur`: the promoters' cost of the new plants, VAT excluded (absent: the run's).
 */
export function applyInvestment(
  flows: readonly number[],
  run: { capexEur: number; grantEur: number; ownCostEur?: number; discountRate: number },
  inv: InvestmentInputs,
): InvestmentOutcome {
  const base = run.ownCostEur === undefined ? run.capexEur : run.ownCostEur + (inv.extraCostEur ?? 0);
  const gross = base * (inv.vatRecoverable === false || (inv.vatRecoverable === undefined && inv.vatRate) ? 1 + (inv.vatRate ?? 0) : 1);
  const net = Math.max(0, gross - run.grantEur);
  const loan = inv.loan ? net * Math.min(1, Math.max(0, inv.loan.share)) : 0;
  const out = flows.slice();
  // Year 0: the run's −(capex − grant) replaced by the equity actually paid.
  out[0] = out[0]! + (run.capexEur - run.grantEur) - (net - loan);
  const a = inv.loan ? annuityEur(loan, inv.loan.ratePerYear, inv.loan.years) : 0;
  const deduction = inv.taxDeduction ? (inv.taxDeduction.rate * gross) / Math.max(1, inv.taxDeduction.years) : 0;
  for (let t = 1; t < out.length; t++) {
    if (inv.loan && t <= inv.loan.years) out[t] = out[t]! - a;
    if (inv.taxDeduction && t <= inv.taxDeduction.years) out[t] = out[t]! + deduction;
  }
  return { flows: out, npvEur: npv(run.discountRate, out), irr: irr(out), paybackYears: simplePaybackYears(out), equityEur: net - loan, grossCostEur: gross };
}
