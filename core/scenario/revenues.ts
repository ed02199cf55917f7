/**
 * The money lines of one year of one configuration, from one balance and one hourly price
 * series: incentive per plant (TIP × E_ACI), valorisation with its parts, the 55/45
 * restricted pot, sale of injected energy and members' bill savings. The P50 run, the P90 run
 * (its own balance on lower production) and the zonal-price scenarios (scaled prices) each call
 * it, so a scenario re-runs every line it changes. Wires named models; no maths of its own.
 */
import { sourceText } from '../model/sourced-value';
import type { BalanceResult, BalanceTotals } from '../balance/types';
import type { CommunityType, Member, Plant } from '../model/entities';
import { monthlyIncentivePerPlantAtPrices, type IncentivePlantInput, type PlantIncentive } from '../economics/monthlyIncentive';
import { isFExempt } from '../economics/fExemption';
import { valorisationEur } from '../economics/valorisation';
import { eacvcByVoltage } from '../economics/buildingSelfConsumption';
import { valueForYear } from '../economics/parameters';
import { excessShareRule, type ExcessRuleSetResult } from '../economics/excessShareRule';
import { isPmgEligible, marketSaleEur, pmgRevenueAtPrices, zonalValuesCents } from '../economics/energySale';
import { billSavingsCents } from '../economics/memberEconomics';
import { Decimal, fromCents, sumEur } from '../economics/money';
import type { ConfigurationEconomics, EconomicsParameters, ValorisationParts } from './economics-types';

type Assumptions = ConfigurationEconomics['assumptions'];
/** A full balance (P50) or one with the members' shares summed only (P90, computeBalanceTotals). */
type EnergyBalance = BalanceResult | BalanceTotals;

export interface RevenueContext {
  communityType: CommunityType;
  region: string;
  year: number;
  params: EconomicsParameters;
  plantById: Map<number, Plant>;
  /** The configuration's members by id. */
  memberById: ReadonlyMap<number, Member>;
  /** AUC: the plant lies in the group's building or condominium (its energy makes E_ACVC). */
  inBuilding: (plantId: number) => boolean;
  /** Members whose bill savings count for the configuration (their point counts). */
  memberCounts: (memberId: number) => boolean;
}

export interface YearRevenues {
  incentives: PlantIncentive[];
  incentiveEur: Decimal;
  /** The same in integer cents [c€]. */
  incentiveCents: number;
  /** Twelve monthly incentives [€], each the sum of the plants' rounded amounts. */
  monthlyIncentiveEur: number[];
  valorisation: ValorisationParts;
  valorisationEur: Decimal;
  excess: ExcessRuleSetResult[];
  restrictedPotEur: Decimal;
  energySaleEur: Decimal;
  /** Per member of the balance: bill savings from physical self-consumption [c€]. */
  savingsCents: Map<number, number>;
  /** Bill savings of the members that count [€]. */
  billSavingsEur: Decimal;
}

const round2 = (d: Decimal) => d.toDecimalPlaces(2).toNumber();

/**
 * Sale of the configuration's injected energy [€], at each zonal price series: at a market
 * price when the project sets one; otherwise to GSE (RID) at the hourly zonal price, each plant
 * at guaranteed minimum prices when eligible [ARERA 280/07]. A plant's hourly injection is its
 * own series.
 */
function injectedEnergySaleEur(ctx: RevenueContext, balance: EnergyBalance, prices: readonly Float64Array[], assumptions: Assumptions | null): Decimal[] {
  const { params, year } = ctx;
  const market = params.sale.marketPriceEurPerMWh;
  if (market > 0) {
    assumptions?.push({ code: 'scenario.assumption.injected-energy-sold-market', params: { market } });
    const eur = marketSaleEur(balance.series.injected.reduce((s, v) => s + v, 0), market);
    return prices.map(() => eur);
  }
  let pmgYear: (typeof params.energySale.pmg)[number] | null = null;
  try {
    pmgYear = valueForYear(params.energySale.pmg, year);
  } catch {
    pmgYear = null;
  }
  // Whole cents add up exactly in doubles, as the decimal sum of the plants' amounts.
  const totals = new Float64Array(prices.length);
  let pmgPlants = 0;
  for (const pr of balance.plants) {
    if (!pr.inSubstation) continue;
    const plant = ctx.plantById.get(pr.plantId)!;
    const bands = pmgYear?.bySource[plant.source];
    const eligible = bands && isPmgEligible({ powerKw: plant.kWp, source: plant.source, incentivised: pr.incentiveEligible }, params.energySale.pmgEligibility);
    if (eligible) {
      pmgPlants++;
      const pmg = pmgRevenueAtPrices(pr.injectionSeries, prices, bands);
      for (let k = 0; k < totals.length; k++) totals[k] += pmg[k]!.revenueCents;
    } else {
      // RID at zonal prices, to the cent.
      const zonal = zonalValuesCents(pr.injectionSeries, prices);
      for (let k = 0; k < totals.length; k++) totals[k] += zonal[k]!;
    }
  }
  assumptions?.push({ code: 'scenario.assumption.injected-energy-sold-gse', params: { pmg: pmgPlants ? { code: 'scenario.assumption.guaranteed-minimum-prices', params: { year: String(pmgYear!.year), plants: pmgPlants, source: sourceText(pmgYear!) } } : '' } });
  return Array.from(totals, fromCents);
}

/**
 * Valorisation [RO pp.41–42]: TRASe × E_ACV; an AUC adds BTAU × E_ACVC and the avoided losses
 * Σ E_ACVC,i × cPR,i × Pz, where E_ACVC counts only the plants inside the building.
 */
function valorisationOf(ctx: RevenueContext, balance: EnergyBalance, pz: Float64Array): { parts: ValorisationParts; totalEur: Decimal } {
  const { params, year } = ctx;
  const trasE = valueForYear(params.valorisation.trasEEurPerMWh, year).value;
  const eacv = balance.configuration.sharedKWh;
  if (ctx.communityType !== 'AUC') {
    const v = valorisationEur({ communityType: ctx.communityType, eacvKWh: eacv, trasEEurPerMWh: trasE });
    return { parts: partsOf(v, eacv, 0, 0, 0), totalEur: v.totalEur };
  }
  const building = balance.plants
    .filter((pr) => pr.inSubstation && ctx.inBuilding(pr.plantId))
    .map((pr) => ({ voltage: ctx.plantById.get(pr.plantId)!.voltage ?? ('LV' as const), injectedKWh: pr.injectionSeries }));
  const byVoltage = eacvcByVoltage(balance.series.shared, building);
  const lv = byVoltage.LV.reduce((s, x) => s + x, 0);
  const mv = byVoltage.MV.reduce((s, x) => s + x, 0);
  const v = valorisationEur({
    communityType: 'AUC',
    eacvKWh: eacv,
    trasEEurPerMWh: trasE,
    eacvcKWh: Math.min(eacv, lv + mv),
    btauEurPerMWh: valueForYear(params.valorisation.btauEurPerMWh, year).value,
    avoidedLosses: [
      { voltage: 'LV', eacvcKWh: byVoltage.LV },
      { voltage: 'MV', eacvcKWh: byVoltage.MV },
    ],
    pzEurPerMWh: pz,
  });
  return { parts: partsOf(v, eacv, lv + mv, lv, mv), totalEur: v.totalEur };
}

function partsOf(v: ReturnType<typeof valorisationEur>, eacv: number, eacvc: number, lv: number, mv: number): ValorisationParts {
  return {
    trasEEur: round2(v.transmissionEur),
    btauEur: round2(v.distributionEur),
    avoidedLossesEur: round2(v.avoidedLossesEur),
    eacvKWh: eacv,
    eacvcKWh: eacvc,
    eacvcLvKWh: lv,
    eacvcMvKWh: mv,
  };
}

/**
 * The money lines of one year of one balance, at each zonal price series of `prices` (a run's
 * prices first, then its Pz scenarios): one result per series. The lines prices do not touch —
 * members' bill savings and a CER's or AID's valorisation — are computed once and shared; the
 * incentive and the sale read every series in one pass. `assumptions` are those of the first.
 */
export function yearRevenues(ctx: RevenueContext, balance: EnergyBalance, prices: readonly Float64Array[], assumptions: Assumptions | null = null): YearRevenues[] {
  // F does not apply to energy shared with exempt bodies [RO p.39]: their share of the
  // configuration's shared energy is applied to each plant's hourly E_ACI.
  const exemptShare = fExemptShare(ctx, balance);

  const incentiveInputs: IncentivePlantInput[] = balance.plants.map((pr) => {
    const plant = ctx.plantById.get(pr.plantId)!;
    const eaci = pr.incentiveEligible ? pr.sharedSeries : zeros(pr.sharedSeries.length);
    return {
      plantId: pr.plantId,
      powerKw: plant.kWp,
      region: ctx.region,
      source: plant.source,
      grantShare: plant.grantShare,
      eaciKWh: eaci,
      eaciFExemptKWh: exemptShare > 0 ? eaci.map((v) => v * exemptShare) : undefined,
    };
  });
  const incentivesAt = monthlyIncentivePerPlantAtPrices(balance.sharingBase, prices, incentiveInputs);
  const energySaleAt = injectedEnergySaleEur(ctx, balance, prices, assumptions);
  const { savingsCents, countedSavings } = billSavings(ctx, balance);
  const cerValorisation = ctx.communityType !== 'AUC' ? valorisationOf(ctx, balance, prices[0]!) : null;

  return prices.map((pz, k) => {
    const incentives = incentivesAt[k]!;
    // Each month: the plants' amounts in plant order (as a person adds them up), in whole
    // cents: exact in doubles, and cents / 100 is the double the decimal amount reads as.
    let totalCents = 0;
    const byMonth = new Array<number>(12).fill(0);
    for (const p of incentives) {
      totalCents += p.totalCents;
      // A month key is year × 12 + month − 1.
      for (let r = 0; r < p.monthKeys.length; r++) byMonth[p.monthKeys[r]! % 12] += p.monthCents[r]!;
    }
    const incentiveEur = fromCents(totalCents);
    const monthlyIncentiveEur = byMonth.map((c) => c / 100);

    const valorisation = cerValorisation ?? valorisationOf(ctx, balance, pz);

    // 55/45: incentivised plants only, in two sets (tariff only / tariff + grant) [RO p.39, p.149].
    const excess = excessShareRule(
      balance.plants.map((pr, i) => ({
        plantId: pr.plantId,
        incentivised: pr.incentiveEligible && pr.inSubstation,
        hasGrant: ctx.plantById.get(pr.plantId)!.grantShare > 0,
        injectedKWh: pr.injectionKWh,
        incentivisedSharedKWh: pr.incentivisedKWh,
        incentiveEur: incentives[i]!.totalEur,
      })),
    );
    const restrictedPotEur = sumEur(excess.map((s) => s.restrictedPotEur));

    return {
      incentives,
      incentiveEur,
      incentiveCents: totalCents,
      monthlyIncentiveEur,
      valorisation: valorisation.parts,
      valorisationEur: valorisation.totalEur,
      excess,
      restrictedPotEur,
      energySaleEur: energySaleAt[k]!,
      savingsCents,
      billSavingsEur: countedSavings,
    };
  });
}

/** The members whose shares a P90 balance sums (computeBalanceTotals): the F-exempt ones [RO p.39]. */
export function fExemptMemberIds(members: readonly Member[]): number[] {
  return members.filter((m) => isFExempt(m.category)).map((m) => m.id);
}

/**
 * The F-exempt members' part of the members' shared energy as consumers [-]: from each
 * member's share, or from the two sums of a balance without them (on fExemptMemberIds).
 */
function fExemptShare(ctx: RevenueContext, balance: EnergyBalance): number {
  const exempt = (id: number) => isFExempt(ctx.memberById.get(id)?.category ?? 'citizen');
  if ('consumerShares' in balance) {
    const { memberIds, namedKWh, membersKWh } = balance.consumerShares;
    const named = new Set(memberIds);
    if (balance.members.some((r) => exempt(r.memberId) !== named.has(r.memberId))) throw new Error('yearRevenues: the balance summed the shares of other members than the F-exempt ones');
    return membersKWh > 0 ? namedKWh / membersKWh : 0;
  }
  const totalAsConsumer = balance.members.reduce((s, r) => s + r.sharedAsConsumerKWh, 0);
  const exemptAsConsumer = balance.members.filter((r) => exempt(r.memberId)).reduce((s, r) => s + r.sharedAsConsumerKWh, 0);
  return totalAsConsumer > 0 ? exemptAsConsumer / totalAsConsumer : 0;
}

/** A read-only series of zeros of `n` steps (a plant without the tariff has no E_ACI), kept. */
let zeroSeries = new Float64Array(0);
function zeros(n: number): Float64Array {
  if (zeroSeries.length !== n) zeroSeries = new Float64Array(n);
  return zeroSeries;
}

/** Members' bill savings from physical self-consumption [c€], and those of the members that count [€]. */
function billSavings(ctx: RevenueContext, balance: EnergyBalance): { savingsCents: Map<number, number>; countedSavings: Decimal } {
  const byCategory = ctx.params.billPrices.byCategory;
  const priceOf = (id: number) => {
    const m = ctx.memberById.get(id);
    return m ? byCategory[m.category] : undefined;
  };
  const savingsCents = new Map<number, number>();
  // Whole cents add up exactly in doubles (far below 2^53 c€).
  let counted = 0;
  for (const r of balance.members) {
    const cents = billSavingsCents(r.selfConsumptionKWh, priceOf(r.memberId) ?? 0);
    savingsCents.set(r.memberId, cents);
    if (ctx.memberCounts(r.memberId)) counted += cents;
  }
  return { savingsCents, countedSavings: fromCents(counted) };
}
