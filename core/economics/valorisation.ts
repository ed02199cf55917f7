/**
 * Valorisation of self-consumed energy (ARERA TIAD), monthly per configuration
 * [RO §2.2.2.2.2 pp.41–42]:
 * - CER, AID:  C_ACV = CU_Afa × E_ACV, CU_Afa = TRASe (variable transmission tariff, LV users).
 * - AUC:       C_ACV = CU_Afa × E_ACV + CU_Afb × E_ACVC + Σ_i Σ_h E_ACVC,i,h × cPR,i × Pz_h,
 *              CU_Afb = highest BTAU variable distribution component (LV other uses),
 *              E_ACVC = self-consumed energy from plants inside the building,
 *              cPR = 1.2% (plants on MV) or 2.6% (plants on LV).
 * The RO states CU_Afa and CU_Afb in c€/kWh; here all unit prices are €/MWh
 * (1 c€/kWh = 10 €/MWh).
 */
import type { CommunityType } from '../model/entities';
import { Decimal, roundEur } from './money';
import { assertValidZonalPrice } from './zonalPrice';

/** Avoided-loss coefficient cPR by plant voltage [RO p.42 a)–b)]. */
export const AVOIDED_LOSS_COEFFICIENT = { MV: 0.012, LV: 0.026 } as const;
export type LossVoltage = keyof typeof AVOIDED_LOSS_COEFFICIENT;

export interface AvoidedLossSeries {
  /** Voltage level of the producing plants [RO p.144: from the lowest voltage up]. */
  voltage: LossVoltage;
  /** Hourly E_ACVC,i of that voltage level [kWh]. */
  eacvcKWh: ArrayLike<number>;
}

export interface ValorisationInput {
  communityType: CommunityType;
  /** Self-consumed energy E_ACV of the month [kWh]. */
  eacvKWh: number;
  /** TRASe, variable transmission tariff for LV users [€/MWh]. */
  trasEEurPerMWh: number;
  /** AUC: E_ACVC of the month, plants in the building [kWh]. */
  eacvcKWh?: number;
  /** AUC: BTAU, highest variable distribution component for LV other uses [€/MWh]. */
  btauEurPerMWh?: number;
  /** AUC: hourly E_ACVC per voltage level, for avoided losses. */
  avoidedLosses?: readonly AvoidedLossSeries[];
  /** AUC: hourly zonal price matching `avoidedLosses` [€/MWh]. */
  pzEurPerMWh?: ArrayLike<number>;
}

export interface ValorisationResult {
  /** CU_Afa × E_ACV [€]. */
  transmissionEur: Decimal;
  /** CU_Afb × E_ACVC (AUC only) [€]. */
  distributionEur: Decimal;
  /** Σ E_ACVC × cPR × Pz (AUC only) [€]. */
  avoidedLossesEur: Decimal;
  /** Sum of the three, each rounded to the cent [€]. */
  totalEur: Decimal;
}

/** Monthly valorisation contribution C_ACV [€] [RO pp.41–42]. */
export function valorisationEur(input: ValorisationInput): ValorisationResult {
  if (!(input.eacvKWh >= 0)) throw new Error(`E_ACV must be ≥ 0 kWh, got ${input.eacvKWh}`);
  const transmission = roundEur(new Decimal(input.trasEEurPerMWh).times(input.eacvKWh).dividedBy(1000));
  let distribution = new Decimal(0);
  let losses = new Decimal(0);
  if (input.communityType === 'AUC') {
    const eacvc = input.eacvcKWh ?? 0;
    if (!(eacvc >= 0) || eacvc > input.eacvKWh + 1e-9) {
      throw new Error(`E_ACVC must be between 0 and E_ACV (${input.eacvKWh} kWh), got ${eacvc}`);
    }
    if (eacvc > 0 && input.btauEurPerMWh === undefined) {
      throw new Error('AUC valorisation needs BTAU [€/MWh] when E_ACVC > 0');
    }
    distribution = roundEur(new Decimal(input.btauEurPerMWh ?? 0).times(eacvc).dividedBy(1000));
    if (input.avoidedLosses && input.avoidedLosses.length > 0) {
      const pz = input.pzEurPerMWh;
      if (!pz) throw new Error('AUC avoided losses need the hourly zonal price');
      let sum = 0;
      for (const s of input.avoidedLosses) {
        if (s.eacvcKWh.length !== pz.length) {
          throw new Error(`E_ACVC (${s.voltage}) has ${s.eacvcKWh.length} hours, Pz has ${pz.length}`);
        }
        const c = AVOIDED_LOSS_COEFFICIENT[s.voltage];
        for (let h = 0; h < pz.length; h++) {
          const e = s.eacvcKWh[h]!;
          if (e === 0) continue;
          assertValidZonalPrice(pz[h], `hour ${h}`);
          sum += (e * c * pz[h]!) / 1000;
        }
      }
      losses = roundEur(sum);
    }
  }
  return {
    transmissionEur: transmission,
    distributionEur: distribution,
    avoidedLossesEur: losses,
    totalEur: transmission.plus(distribution).plus(losses),
  };
}
