/**
 * The money and carbon step of a run, for one configuration: incentive per plant and hour
 * (TIP × E_ACI, oldest plant first already done by the balance), valorisation, the 55/45
 * restricted pot, sale of injected energy, fees, cash flows with NPV/IRR and a tornado,
 * carbon, and each member's savings and share. It wires named models; no maths of its own.
 */
import { sourceText } from '../model/sourced-value';
import type { BalanceResult, BalanceTotals } from '../balance/types';
import type { Community, Member, Plant } from '../model/entities';
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import { findRegion, marketZoneOfRegion } from '../economics/regions';
import { tariffServiceFeeEurPerYear } from '../economics/gseFees';
import { costCapEurPerKw, pnrrGrant } from '../economics/pnrrGrant';
import { prosumerPaybackYears } from '../economics/memberEconomics';
import { cashFlowFigures, cashFlowNpv, yearTotalsEur, type CashFlowInput } from '../economics/cashFlows';
import { npvTornado } from '../economics/sensitivity';
import { pzScenarioPrices } from '../economics/cashFlows';
import { monthlyAdvanceEur } from '../economics/monthlyAdvance';
import { applyMinimumPayment } from '../economics/minimumPayment';
import { memberIncentiveShareCents } from '../economics/memberEconomics';
import { Decimal, roundEur } from '../economics/money';
import { avoidedEmissionsKg } from '../carbon/avoidedEmissions';
import { gridFactorFor } from '../carbon/carbonParameters';
import { pvEmbodiedKg, pvEmbodiedKgPerKWp } from '../carbon/embodiedEmissions';
import { avoidedSeriesKg, carbonBalance, memberCarbonShares } from '../carbon/carbonBalance';
import type { ConfigurationEconomics, EconomicsParameters, ScenarioLine } from './economics-types';
import { yearRevenues, type RevenueContext, type YearRevenues } from './revenues';
import type { ScenarioInput } from './types';
import { relayOnCivilCalendar } from '../model/civil-relay';
import type { ScenarioDefaults } from './defaults';

export interface MemberMoney {
  memberId: number;
  savingsEur: number;
  incentiveShareEur: number;
  avoidedKgCO2: number;
  paybackYears?: number | null;
}

/** What the money step of one configuration reads. */
export interface EconomicsRunInput {
  community: Community;
  /** The P50 balance. */
  balance: BalanceResult;
  /**
   * The balance re-run on production × P90/P50, members' shares summed for fExemptMemberIds
   * only (computeBalanceTotals); absent: P90 not re-run (scaled instead).
   */
  p90Balance?: BalanceTotals;
  /** The configuration's plants and members. */
  plants: Plant[];
  members: Member[];
  params: EconomicsParameters;
  hourlyPrices?: ScenarioInput['hourlyZonalPrices'];
  populationOf: (plantId: number) => number | null;
  defaults: ScenarioDefaults;
  /** AUC: the plant lies in the group's building (E_ACVC); default: all inside. */
  inBuilding?: (plantId: number) => boolean;
}

export interface EconomicsOutcome {
  configuration: ConfigurationEconomics;
  plants: Map<number, number>;
  members: MemberMoney[];
}

const round2 = (d: Decimal) => d.toDecimalPlaces(2).toNumber();

const year1Of = (r: YearRevenues): CashFlowInput['year1'] => ({
  incentiveEur: r.incentiveEur.toNumber(),
  valorisationEur: r.valorisationEur.toNumber(),
  energySaleEur: r.energySaleEur.toNumber(),
  billSavingsEur: r.billSavingsEur.toNumber(),
});

/**
 * The community's region, or the run's assumed one — recorded — when it is missing or not an
 * Italian region: zonal prices, FC_zonale and advances then all follow the assumed region.
 */
function regionOrAssumed(region: string, defaults: ScenarioDefaults, assumptions: ConfigurationEconomics['assumptions']): string {
  const assumed = defaults.region;
  if (region.trim() === '') {
    assumptions.push({ code: 'scenario.assumption.community-region-set-assumed', params: { value: assumed.value, source: sourceText(assumed) } });
    return assumed.value;
  }
  const known = findRegion(region);
  if (known !== null) return known;
  assumptions.push({ code: 'scenario.assumption.region-recognised-assumed', params: { region, value: assumed.value, source: sourceText(assumed) } });
  return assumed.value;
}

/**
 * Hourly price series kept per source (the zone's monthly prices, an imported series, a
 * scenario's base prices) and key (time base, multiplier): every configuration and every
 * variant of a sweep reads the same ones. Read only.
 */
const priceSeries = new WeakMap<object, Map<string, Float64Array>>();
function perBase(source: object, key: string, make: () => Float64Array): Float64Array {
  let byKey = priceSeries.get(source);
  if (!byKey) priceSeries.set(source, (byKey = new Map()));
  let v = byKey.get(key);
  if (!v) {
    if (byKey.size >= 8) byKey.clear();
    byKey.set(key, (v = make()));
  }
  return v;
}

export function configurationEconomics(run: EconomicsRunInput): EconomicsOutcome {
  const { community, balance, plants, members, params, hourlyPrices, populationOf, defaults } = run;
  const assumptions: ConfigurationEconomics['assumptions'] = [];
  const year = community.referenceYear;

  const region = regionOrAssumed(community.region, defaults, assumptions);
  const zone = marketZoneOfRegion(region);
  // Hourly Pz: an imported hourly series of the zone, laid onto the reference year by civil
  // month, day and hour; otherwise the shipped monthly averages of the zone.
  const base = balance.sharingBase;
  const imported = hourlyPrices?.byZone[zone];
  let pz: Float64Array;
  const baseKey = `${base.startUtcMs}|${base.stepMinutes}|${base.length}|${base.timeZone}`;
  if (imported) {
    pz = perBase(imported, baseKey, () => relayOnCivilCalendar(imported, base));
    assumptions.push({ code: 'scenario.assumption.zonal-price-imported-hourly', params: { zone, source: hourlyPrices!.source } });
  } else {
    const monthlyPz = params.zonalPrices.monthlyByZone[zone];
    pz = perBase(monthlyPz, baseKey, () => Float64Array.from(civilCalendarFor(base).month, (m) => monthlyPz[m - 1]!));
    assumptions.push({ code: 'scenario.assumption.zonal-price-monthly-averages', params: { year: String(params.zonalPrices.year), zone, source: sourceText(params.zonalPrices) } });
  }

  const plantById = new Map(plants.map((p) => [p.id, p]));
  const counted = new Set(balance.points.filter((p) => p.inSubstation && p.memberId !== null).map((p) => p.memberId!));
  const ctx: RevenueContext = {
    communityType: community.type,
    region,
    year,
    params,
    plantById,
    memberById: new Map(members.map((m) => [m.id, m])),
    inBuilding: run.inBuilding ?? (() => true),
    memberCounts: (id) => counted.has(id),
  };
  // The P50 year and the zonal-price scenarios (the same balance at scaled hourly prices: TIP,
  // RID/PMG and the AUC's avoided losses all depend on Pz) in one pass over the hours.
  const f = params.finance;
  const scaledPz = (multiplier: number) => perBase(pz, String(multiplier), () => pzScenarioPrices(pz, multiplier));
  const [p50, low, high] = yearRevenues(ctx, balance, [pz, scaledPz(f.pzScenarioMultipliers.low), scaledPz(f.pzScenarioMultipliers.high)], assumptions) as [YearRevenues, YearRevenues, YearRevenues];
  const { incentives, incentiveEur, monthlyIncentiveEur: monthlyIncentive } = p50;

  const fees = plants.reduce((s, p) => s + tariffServiceFeeEurPerYear(p.kWp, params.gseFees.tariffService), 0);
  const aboveCaps = defaults.capexAboveCapsEurPerKw;
  const cashPlants = plants.map((p) => {
    const cap = costCapEurPerKw(p.kWp, params.pnrr.rules.costCaps);
    const given = p.capexEur ?? null;
    if (cap === null && !p.existing && given === null) {
      assumptions.push({ code: 'scenario.assumption.kw-above-pnrr-power', params: { name: p.name, kWp: p.kWp, value: aboveCaps.value, source: sourceText(aboveCaps) } });
    }
    const capCostEur = cap === null ? null : p.kWp * cap;
    const capex = given ?? p.kWp * (cap ?? aboveCaps.value);
    // The grant covers the eligible cost: the cost within the cap of the power class
    // [RO p.52 §2.2.1; App. E p.158]; with no cost given the cost is the cap, as before.
    const eligibleCost = capCostEur === null ? capex : Math.min(capex, capCostEur);
    if (given !== null && !p.existing) assumptions.push({ code: 'scenario.assumption.investment-plant-cost', params: { name: p.name, value: given } });
    return { plantId: p.id, powerKw: p.kWp, capexEur: p.existing ? 0 : capex, grantEur: p.existing ? 0 : eligibleCost * p.grantShare };
  });
  // The cap is stated as assumed unless every new plant has its own cost (so a project with no
  // costs states it exactly as before the field existed).
  const newPlants = plants.filter((p) => !p.existing);
  const allCosted = newPlants.length > 0 && newPlants.every((p) => (p.capexEur ?? null) !== null);
  if (!allCosted) assumptions.push({ code: 'scenario.assumption.investment-pnrr-eligible-cost' });
  const cashInput: CashFlowInput = {
    years: f.horizonYears.value,
    plants: cashPlants,
    productionKWhYear1: balance.configuration.productionKWh,
    year1: year1Of(p50),
    opexEurPerKwYear: f.opexEurPerKwYear.value,
    insuranceShareOfCapexPerYear: f.insuranceShareOfCapexPerYear.value,
    managementEurPerYear: f.managementEurPerYear.value,
    gseFeesEurPerYear: fees,
    inverterReplacementYear: f.inverterReplacementYear.value,
    inverterReplacementEurPerKw: f.inverterReplacementEurPerKw.value,
    degradationPerYear: f.degradationPerYear.value,
    inflationPerYear: f.inflationPerYear.value,
    discountRatePerYear: f.discountRatePerYear.value,
  };
  const cash = cashFlowFigures(cashInput);
  const tornado = npvTornado(cashInput, 0.1);

  // Scenarios re-run every line they change: P90 on its own balance (shared energy is not
  // proportional to production), the zonal-price ones on scaled hourly prices (above).
  const scenarioOf = (name: string, energy: BalanceResult | BalanceTotals, r: YearRevenues, input: CashFlowInput, cf = cashFlowNpv(input)): ScenarioLine => {
    return {
      name,
      npvEur: cf.npvEur,
      irr: cf.irr,
      productionKWh: energy.configuration.productionKWh,
      sharedKWh: energy.configuration.sharedKWh,
      incentivisedKWh: energy.configuration.incentivisedKWh,
      year1IncentiveEur: round2(r.incentiveEur),
      year1ValorisationEur: round2(r.valorisationEur),
      year1EnergySaleEur: round2(r.energySaleEur),
      year1BillSavingsEur: round2(r.billSavingsEur),
      restrictedPotEur: round2(r.restrictedPotEur),
    };
  };
  const p90Factor = f.p90OverP50.value;
  const p90 = run.p90Balance;
  const p90Revenues = p90 ? yearRevenues(ctx, p90, [pz])[0]! : p50;
  const p90Input: CashFlowInput = p90
    ? { ...cashInput, productionKWhYear1: p90.configuration.productionKWh, year1: year1Of(p90Revenues) }
    : { ...cashInput, productionFactor: p90Factor };
  const lowInput: CashFlowInput = { ...cashInput, year1: year1Of(low) };
  const highInput: CashFlowInput = { ...cashInput, year1: year1Of(high) };
  const scenarios = [
    // P50: the run's own cash flows (the same input).
    scenarioOf('P50', balance, p50, cashInput, { npvEur: cash.npvCents / 100, irr: cash.irr }),
    scenarioOf('P90', p90 ?? balance, p90Revenues, p90Input),
    scenarioOf('Pz low', balance, low, lowInput),
    scenarioOf('Pz high', balance, high, highInput),
  ];

  // GSE pays monthly advances and settles the year; amounts under €50 wait for the next month.
  // Only plants with the tariff get advances (not pre-existing, > 1 MW or excluded by the rules).
  const eligible = new Set(balance.plants.filter((p) => p.incentiveEligible && p.inSubstation).map((p) => p.plantId));
  const advancesEur = plants.reduce(
    (s, p) => s.plus(eligible.has(p.id) ? monthlyAdvanceEur({ powerKw: p.kWp, region, source: p.source, grantShare: p.grantShare }).times(12) : 0),
    new Decimal(0),
  );
  const payments = applyMinimumPayment(monthlyIncentive);
  let cumulative = 0;
  const cashFlows = yearTotalsEur(cash.cents).map((y) => {
    cumulative += y.netEur;
    return { year: y.year, netEur: y.netEur, cumulativeEur: Math.round(cumulative * 100) / 100, revenueEur: y.revenueEur, costEur: y.costEur };
  });

  const gridFactor = gridFactorFor(params.carbon.gridFactors, 'production', year);
  const avoidedKg = avoidedEmissionsKg(
    { productionKWh: balance.configuration.productionKWh, selfConsumedKWh: balance.configuration.selfConsumptionKWh, sharedKWh: balance.configuration.sharedKWh },
    'production',
    gridFactor.value,
  );
  const kgPerKWp = pvEmbodiedKgPerKWp(params.carbon.pvEmbodied);
  const embodiedKg = plants.filter((p) => p.source === 'pv' && !p.existing).reduce((s, p) => s + pvEmbodiedKg(p.kWp, kgPerKWp), 0);
  const carbon = carbonBalance({ embodiedKg, avoidedKgPerYear: avoidedSeriesKg(avoidedKg, f.horizonYears.value, f.degradationPerYear.value) });
  assumptions.push({ code: 'scenario.assumption.avoided-co2-production-emission', params: { year: String(gridFactor.year), value: gridFactor.value, source: sourceText(gridFactor) } });

  // Members' share of the incentive: pro rata to their shared energy as consumers, to the cent.
  const shareCents = memberIncentiveShareCents(
    p50.incentiveCents,
    balance.members.map((r) => ({ memberId: r.memberId, contributionKWh: r.sharedAsConsumerKWh })),
  );
  const carbonShares = memberCarbonShares(
    avoidedKg,
    balance.members.map((r) => ({ memberId: r.memberId, weightKWh: r.selfConsumptionKWh + r.sharedAsConsumerKWh })),
  );
  const avoidedOf = new Map(carbonShares.map((s) => [s.memberId, s.avoidedKg]));
  const owners = new Set(plants.map((p) => p.ownerMemberId));
  const memberMoney: MemberMoney[] = balance.members.map((r, i) => {
    const savingsEur = (p50.savingsCents.get(r.memberId) ?? 0) / 100;
    const incentiveShareEur = shareCents[i]! / 100;
    const money: MemberMoney = { memberId: r.memberId, savingsEur, incentiveShareEur, avoidedKgCO2: avoidedOf.get(r.memberId) ?? 0 };
    if (!owners.has(r.memberId)) return money;
    // A prosumer's own plants pay back from its bill savings and incentive share, net of O&M.
    const own = plants.filter((p) => p.ownerMemberId === r.memberId);
    const ownCash = cashPlants.filter((c) => own.some((p) => p.id === c.plantId));
    const ownKw = own.reduce((s, p) => s + p.kWp, 0);
    const paybackYears =
      own.length === 0
        ? undefined
        : prosumerPaybackYears({
            capexEur: ownCash.reduce((s, c) => s + c.capexEur, 0),
            grantEur: ownCash.reduce((s, c) => s + c.grantEur, 0),
            yearlyBenefitEur: savingsEur + incentiveShareEur - ownKw * f.opexEurPerKwYear.value,
            benefitGrowthPerYear: -f.degradationPerYear.value,
            years: f.horizonYears.value,
          });
    if (paybackYears !== undefined) money.paybackYears = paybackYears;
    return money;
  });

  const pnrr = plants
    .filter((p) => p.grantShare > 0)
    .map((p) => {
      const population = populationOf(p.id);
      const capex = cashPlants.find((c) => c.plantId === p.id)!.capexEur;
      const check = pnrrGrant(
        { communityType: community.type, powerKw: p.kWp, municipalityPopulation: population ?? Infinity, newOrUpgrade: !p.existing, hardCostEur: capex, softCostEur: 0 },
        params.pnrr.rules,
      );
      const reasons = population === null ? ['municipality population unknown: set it in the rule fields (Requisiti)', ...check.reasons.filter((x) => !x.startsWith('municipality population'))] : check.reasons;
      return { plantId: p.id, eligible: population !== null && check.eligible, reasons, costCapEur: check.costCapEur, maxGrantEur: round2(check.grantEur) };
    });

  return {
    configuration: {
      marketZone: zone,
      incentiveEur: round2(incentiveEur),
      monthlyIncentiveEur: monthlyIncentive,
      valorisationEur: round2(p50.valorisationEur),
      valorisation: p50.valorisation,
      restrictedPotEur: round2(roundEur(p50.restrictedPotEur)),
      energySaleEur: round2(p50.energySaleEur),
      billSavingsEur: round2(p50.billSavingsEur),
      gseFeesEurPerYear: fees,
      capexEur: cashPlants.reduce((s, p) => s + p.capexEur, 0),
      grantEur: cashPlants.reduce((s, p) => s + p.grantEur, 0),
      npvEur: cash.npvCents / 100,
      irr: cash.irr,
      simplePaybackYears: cash.simplePaybackYears,
      lcoeEurPerKWh: cash.lcoeEurPerKWh,
      cashFlows,
      scenarios,
      advancesEur: round2(advancesEur),
      yearEndBalanceEur: round2(incentiveEur.minus(advancesEur)),
      monthsBelowMinimumPayment: payments.filter((p) => p.paidEur.isZero() && !p.accruedEur.isZero()).length,
      tornado: tornado.rows.map((r) => ({ driver: r.driver, npvLowEur: Math.round(r.npvLowEur), npvHighEur: Math.round(r.npvHighEur) })),
      avoidedTCO2: avoidedKg / 1000,
      embodiedTCO2: embodiedKg / 1000,
      carbonPaybackYears: carbon.carbonPaybackYears,
      pnrr,
      assumptions,
    },
    plants: new Map(incentives.map((p) => [p.plantId, p.totalCents / 100])),
    members: memberMoney,
  };
}
