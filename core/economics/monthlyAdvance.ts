/**
 * GSE monthly advance on the incentive [RO §2.2.2.1.1 pp.35–37]:
 *
 *   A_ACI,i = P_i × H_j / 12 × α × TIPa,   TIPa = (TPbase + Z + FC_zonale) × (1 − F)
 *
 * with α = 0.60, Z = 20 €/MWh (mean variable part, range 0–40) and H the yearly injection
 * hours by source and, for PV, by GSE macro-zone. The advances are then balanced against the
 * incentive actually due (conguaglio) from the following year [RO p.35, p.37].
 */
import type { PlantSource } from '../model/entities';
import { Decimal, roundEur, sumEur } from './money';
import { advanceZoneOfRegion, type AdvanceZone } from './regions';
import { fcZonaleEurPerMWh, reductionFactorF, tipPowerClass } from './tipTariff';

/** Contemporaneity coefficient α between injection and withdrawal [RO p.36]. */
export const ADVANCE_ALPHA = 0.6;
/** Z, mean variable part of the TIP used for the advance [€/MWh] [RO p.36]. */
export const ADVANCE_Z_EUR_PER_MWH = 20;

/**
 * Yearly injection hours H [h/yr] [RO p.36]: PV 900 North / 1050 Centre / 1100 South;
 * wind 1500; hydro 1500; ('other' uses 500, "altri impianti"; biogas/biomass 5000 is not a
 * source modelled by Condivisa).
 */
export const ADVANCE_HOURS = {
  pv: { north: 900, centre: 1050, south: 1100 } as Record<AdvanceZone, number>,
  wind: 1500,
  hydro: 1500,
  other: 500,
} as const;

/** H for a plant [h/yr] [RO p.36]. */
export function advanceHours(source: PlantSource, region: string): number {
  const zone = advanceZoneOfRegion(region);
  if (source === 'pv') return ADVANCE_HOURS.pv[zone];
  return ADVANCE_HOURS[source];
}

export interface AdvanceInput {
  /** Incentivisable power P [kW]. */
  powerKw: number;
  region: string;
  source: PlantSource;
  /** Capital-grant share 0…0.4 [-]. */
  grantShare: number;
}

/** TIPa [€/MWh] = (TPbase + 20 + FC_zonale) × (1 − F) [RO p.36]. */
export function advanceTipEurPerMWh(input: AdvanceInput): number {
  const cls = tipPowerClass(input.powerKw);
  const fc = fcZonaleEurPerMWh(input.region, input.source);
  return (cls.tpBaseEurPerMWh + ADVANCE_Z_EUR_PER_MWH + fc) * (1 - reductionFactorF(input.grantShare));
}

/** Monthly advance of one plant [€/month] = P × H/12 × α × TIPa / 1000 [RO p.36]. */
export function monthlyAdvanceEur(input: AdvanceInput): Decimal {
  const kWhPerMonth = (input.powerKw * advanceHours(input.source, input.region)) / 12;
  return roundEur(new Decimal(kWhPerMonth).times(ADVANCE_ALPHA).times(advanceTipEurPerMWh(input)).dividedBy(1000));
}

export interface YearlyBalance {
  /** Σ of the advances received in the year [€]. */
  advancesEur: Decimal;
  /** Incentive actually due for the year [€]. */
  dueEur: Decimal;
  /** due − advances: > 0 GSE pays the balance, < 0 the referent owes it back [€]. */
  balanceEur: Decimal;
}

/** Yearly balance (conguaglio) between advances and the incentive due [RO p.35, p.37]. */
export function yearlyAdvanceBalance(advances: readonly Decimal[], monthlyDue: readonly Decimal[]): YearlyBalance {
  const advancesEur = sumEur(advances);
  const dueEur = sumEur(monthlyDue);
  return { advancesEur, dueEur, balanceEur: dueEur.minus(advancesEur) };
}

/**
 * Monthly advance of the valorisation for one plant [€/month] = P × H/12 × α × CU_Afa / 1000,
 * CU_Afa = TRASe [€/MWh] of the reference year [RO §2.2.2.2.1 pp.40–41].
 */
export function monthlyValorisationAdvanceEur(
  input: Omit<AdvanceInput, 'grantShare'>,
  trasEEurPerMWh: number,
): Decimal {
  if (!(input.powerKw > 0)) throw new Error(`Plant power must be > 0 kW, got ${input.powerKw}`);
  const kWhPerMonth = (input.powerKw * advanceHours(input.source, input.region)) / 12;
  return roundEur(new Decimal(kWhPerMonth).times(ADVANCE_ALPHA).times(trasEEurPerMWh).dividedBy(1000));
}
