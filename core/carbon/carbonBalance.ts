/**
 * Net carbon balance and carbon payback of a configuration, and its split per member.
 */

export interface CarbonBalanceInput {
  /** Embodied emissions of the plants [kg CO2e]. */
  embodiedKg: number;
  /** Avoided emissions per year of operation, year 1 first [kg CO2/yr]. */
  avoidedKgPerYear: readonly number[];
}

export interface CarbonBalance {
  totalAvoidedKg: number;
  /** Avoided − embodied over the years given [kg CO2e]; > 0 is a net saving. */
  netKg: number;
  /** Years of operation until avoided = embodied (linear within the year); null when not reached. */
  carbonPaybackYears: number | null;
}

export function carbonBalance(input: CarbonBalanceInput): CarbonBalance {
  if (!(input.embodiedKg >= 0)) throw new Error('Embodied emissions must be ≥ 0 kg');
  let cum = 0;
  let payback: number | null = input.embodiedKg === 0 ? 0 : null;
  input.avoidedKgPerYear.forEach((a, i) => {
    if (!(a >= 0)) throw new Error(`Avoided emissions in year ${i + 1} must be ≥ 0 kg`);
    if (payback === null && cum + a >= input.embodiedKg) payback = i + (input.embodiedKg - cum) / a;
    cum += a;
  });
  return { totalAvoidedKg: cum, netKg: cum - input.embodiedKg, carbonPaybackYears: payback };
}

/** Yearly avoided emissions over `years` with production degrading by `degradationPerYear` [kg/yr]. */
export function avoidedSeriesKg(year1AvoidedKg: number, years: number, degradationPerYear = 0): number[] {
  return Array.from({ length: years }, (_, t) => year1AvoidedKg * Math.pow(1 - degradationPerYear, t));
}

/**
 * Splits a configuration's avoided emissions among members pro-rata to weights (e.g. each
 * member's self-consumed + shared kWh) [kg CO2].
 */
export function memberCarbonShares(
  totalKg: number,
  members: readonly { memberId: number; weightKWh: number }[],
): { memberId: number; avoidedKg: number }[] {
  const sum = members.reduce((a, m) => a + m.weightKWh, 0);
  if (members.some((m) => !(m.weightKWh >= 0))) throw new Error('Member weights must be ≥ 0');
  return members.map((m) => ({ memberId: m.memberId, avoidedKg: sum > 0 ? (totalKg * m.weightKWh) / sum : 0 }));
}
