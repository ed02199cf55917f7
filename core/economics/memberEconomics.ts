/**
 * Member-level economics until a sharing module exists:
 * - bill savings from physical self-consumption, valued at the member's full variable bill
 *   price (energy + network + taxes) [€/kWh], not the zonal price (DOMAIN.md "Other money");
 * - the member's share of the configuration's incentives pro-rata to its contribution;
 * - simple payback of a prosumer's own plant.
 */
import { clearCents, Decimal, fromCents, splitLargestRemainder, toCents } from './money';
import { simplePaybackYears } from './finance';

/** Savings on the bill from self-consumed energy [€] = kWh × €/kWh. */
export function billSavingsEur(selfConsumedKWh: number, billPriceEurPerKWh: number): Decimal {
  return fromCents(billSavingsCents(selfConsumedKWh, billPriceEurPerKWh));
}

/** {@link billSavingsEur} in integer cents [c€] (a run adds up a hundred members' in cents). */
export function billSavingsCents(selfConsumedKWh: number, billPriceEurPerKWh: number): number {
  if (!(selfConsumedKWh >= 0)) throw new Error(`Self-consumed energy must be ≥ 0 kWh, got ${selfConsumedKWh}`);
  if (!(billPriceEurPerKWh >= 0) || billPriceEurPerKWh > 5) {
    throw new Error(`Bill price must be in €/kWh (0…5), got ${billPriceEurPerKWh}`);
  }
  // The product in doubles decides unless it lies within noise of a half cent (clearCents).
  return clearCents(selfConsumedKWh * billPriceEurPerKWh) ?? toCents(new Decimal(selfConsumedKWh).times(billPriceEurPerKWh));
}

export interface MemberContribution {
  memberId: number;
  /** Contribution weight, e.g. the member's kWh in the shared energy [kWh]. */
  contributionKWh: number;
}

/**
 * Splits a pot [€] among members pro-rata to contribution, to the cent (largest remainder):
 * the shares add up exactly to the pot.
 */
export function memberIncentiveShares(
  potEur: Decimal.Value,
  members: readonly MemberContribution[],
): { memberId: number; shareEur: Decimal }[] {
  const parts = memberIncentiveShareCents(toCents(potEur), members);
  return members.map((m, i) => ({ memberId: m.memberId, shareEur: fromCents(parts[i]!) }));
}

/** {@link memberIncentiveShares} of a pot in integer cents, each member's share in cents [c€]. */
export function memberIncentiveShareCents(potCents: number, members: readonly MemberContribution[]): number[] {
  return splitLargestRemainder(potCents, members.map((m) => m.contributionKWh));
}

export interface ProsumerPaybackInput {
  /** Plant investment [€]. */
  capexEur: number;
  /** Capital grants / tax credits received up front [€]. */
  grantEur: number;
  /** Yearly net benefit in year 1: bill savings + incentive share + sale − O&M [€/yr]. */
  yearlyBenefitEur: number;
  /** Change of the benefit per year (e.g. −0.005 for degradation) [1/yr]. Default 0. */
  benefitGrowthPerYear?: number;
  /** Horizon [yr], default 25. */
  years?: number;
}

/** Simple payback of a prosumer's plant [yr], null when not reached within the horizon. */
export function prosumerPaybackYears(input: ProsumerPaybackInput): number | null {
  const years = input.years ?? 25;
  const g = input.benefitGrowthPerYear ?? 0;
  const flows = [-(input.capexEur - input.grantEur)];
  for (let t = 1; t <= years; t++) flows.push(input.yearlyBenefitEur * Math.pow(1 + g, t - 1));
  return simplePaybackYears(flows);
}
