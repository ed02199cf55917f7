/**
 * The incentive tariff (tariffa premio, TIP) of DM MASE 414/2023 for one hour and plant:
 *
 *   TIP_h = { min[CAP; TPbase + max(0; 180 − Pz_h)] + FC_zonale } × (1 − F)     [€/MWh]
 *
 * [RO §2.2.2.1.2 p.38–39] and [RO App. B p.148–149].
 */
import type { PlantSource } from '../model/entities';
import { fcZoneOfRegion } from './regions';
import { assertValidZonalPrice } from './zonalPrice';

/** Power class of the plant or section [RO p.38; App. B p.148]. */
export interface TipPowerClass {
  /** Upper bound of the class [kW], inclusive; Infinity for the last class. */
  maxKw: number;
  /** Base tariff TPbase [€/MWh]. */
  tpBaseEurPerMWh: number;
  /** Cap on TPbase + max(0; 180 − Pz) [€/MWh]. */
  capEurPerMWh: number;
}

/**
 * TPbase and CAP by power class: ≤200 kW 80/120; >200 and ≤600 kW 70/110; >600 kW 60/100
 * [RO p.38] [RO App. B p.148 a)–c)].
 */
export const TIP_POWER_CLASSES: readonly TipPowerClass[] = [
  { maxKw: 200, tpBaseEurPerMWh: 80, capEurPerMWh: 120 },
  { maxKw: 600, tpBaseEurPerMWh: 70, capEurPerMWh: 110 },
  { maxKw: Infinity, tpBaseEurPerMWh: 60, capEurPerMWh: 100 },
];

/** Reference price in the variable part max(0; 180 − Pz) [€/MWh] [RO p.38; App. B p.148]. */
export const TIP_REFERENCE_PRICE_EUR_PER_MWH = 180;

/** PV insolation correction [€/MWh]: +4 centre, +10 north [RO p.39 notes 7–8; App. B §2 p.148]. */
export const FC_ZONALE_EUR_PER_MWH = { north: 10, centre: 4, none: 0 } as const;

/** F at the maximum capital grant [RO p.39; App. B §3 p.149]. */
export const F_AT_MAX_GRANT = 0.5;
/** Maximum capital-grant share compatible with the TIP [RO p.15 §1.2.1.6; p.39]. */
export const MAX_GRANT_SHARE = 0.4;

/** The TIP power class of a plant or section of `powerKw` [kW]. @throws on a non-positive or non-finite power. */
export function tipPowerClass(powerKw: number): TipPowerClass {
  if (!Number.isFinite(powerKw) || powerKw <= 0) {
    throw new Error(`Plant power must be a positive number of kW, got ${powerKw}`);
  }
  return TIP_POWER_CLASSES.find((c) => powerKw <= c.maxKw)!;
}

/**
 * The reduction factor F for a capital grant covering `grantShare` (0…0.4) of the investment.
 * The rules give only the two ends (0 → 0, 40% → 0.5) and say F varies linearly between them
 * [RO p.39; App. B §3 p.149]: F = grantShare × 0.5 / 0.4 = 1.25 × grantShare.
 * @throws when the share is negative, not finite or above 0.4 (not cumulable with the TIP
 *   [RO p.16 §1.2.1.6]).
 */
export function reductionFactorF(grantShare: number): number {
  if (!Number.isFinite(grantShare) || grantShare < 0) {
    throw new Error(`Capital-grant share must be between 0 and ${MAX_GRANT_SHARE}, got ${grantShare}`);
  }
  if (grantShare > MAX_GRANT_SHARE + 1e-12) {
    throw new Error(
      `Capital-grant share ${grantShare} exceeds ${MAX_GRANT_SHARE}: grants above 40% are not cumulable with the TIP [RO p.16]`,
    );
  }
  return (Math.min(grantShare, MAX_GRANT_SHARE) * F_AT_MAX_GRANT) / MAX_GRANT_SHARE;
}

/** FC_zonale [€/MWh] for a plant: PV only, by region [RO p.39; App. B §2 p.148]. */
export function fcZonaleEurPerMWh(region: string, source: PlantSource): number {
  const zone = fcZoneOfRegion(region); // validates the region for every source
  return source === 'pv' ? FC_ZONALE_EUR_PER_MWH[zone] : 0;
}

export interface TipInput {
  /** Power of the plant or section [kW]. */
  powerKw: number;
  /** Italian region of the plant, e.g. "Lombardia". */
  region: string;
  /** Hourly zonal price Pz [€/MWh]. */
  pzEurPerMWh: number;
  /** Capital-grant share of the investment, 0…0.4 [-]. Default 0. */
  grantShare?: number;
  /** Plant source; FC_zonale applies to 'pv' only. Default 'pv'. */
  source?: PlantSource;
  /**
   * True when the energy is shared by withdrawal points exempt from F (local authorities,
   * religious, third-sector and environmental bodies) [RO p.39; App. B §3 p.149]. Default false.
   */
  fExempt?: boolean;
  /** Label of the hour used in error messages, e.g. "2024-03-01 13:00". */
  hourLabel?: string;
}

/**
 * TIP for one hour [€/MWh]:
 * { min[CAP; TPbase + max(0; 180 − Pz)] + FC_zonale } × (1 − F) [RO p.38–39; App. B p.148–149].
 * The FC correction is added after the cap ("la tariffa premio, calcolata secondo le modalità
 * di cui al primo paragrafo, è corretta" [App. B §2 p.148]).
 *
 * @throws on an invalid power, unknown region, grant share > 0.4, or a missing / implausible Pz.
 */
export function tipEurPerMWh(input: TipInput): number {
  const { powerKw, region, pzEurPerMWh } = input;
  const source = input.source ?? 'pv';
  assertValidZonalPrice(pzEurPerMWh, input.hourLabel ?? 'the given hour');
  const cls = tipPowerClass(powerKw);
  const f = reductionFactorF(input.grantShare ?? 0);
  const fc = fcZonaleEurPerMWh(region, source);
  const appliedF = input.fExempt ? 0 : f;
  return tipBeforeFEurPerMWh(cls, fc, pzEurPerMWh) * (1 - appliedF);
}

/** TIP of one hour before F [€/MWh]: min[CAP; TPbase + max(0; 180 − Pz)] + FC_zonale [RO p.38]. */
export function tipBeforeFEurPerMWh(cls: TipPowerClass, fcEurPerMWh: number, pzEurPerMWh: number): number {
  const variable = Math.max(0, TIP_REFERENCE_PRICE_EUR_PER_MWH - pzEurPerMWh);
  return Math.min(cls.capEurPerMWh, cls.tpBaseEurPerMWh + variable) + fcEurPerMWh;
}
