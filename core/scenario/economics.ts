/**
 * The money and carbon step of a run, for one configuration: incentive per plant and hour
 * (TIP × E_ACI, oldest plant first already done by the balance), valorisation, the 55/45
 * restricted pot, sale of injected energy, fees, cash flows with NPV/IRR and a tornado,
 * carbon, and each member's savings and share. It wires named models; no maths of its own.
 */
import type { BalanceResult } from '../balance/types';
import type { Community, Member, Plant } from '../model/entities';
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import { findRegion, marketZoneOfRegion } from '../economics/regions';
import { monthlyIncentivePerPlant, type IncentivePlantInput } from '../economics/monthlyIncentive';
import { isFExempt } from '../economics/fExemption';
import { valorisationEur } from '../economics/valorisation';
import { valueForYear } from '../economics/parameters';
import { excessShareRule } from '../economics/excessShareRule';
import { isPmgEligible, marketSaleEur, pmgRevenueEur, ridRevenueEur } from '../economics/energySale';
import { tariffServiceFeeEurPerYear } from '../economics/gseFees';
import { costCapEurPerKw, pnrrGrant } from '../economics/pnrrGrant';
import { prosumerPaybackYears } from '../economics/memberEconomics';
import { configurationCashFlows, type CashFlowInput } from '../economics/cashFlows';
import { npvTornado } from '../economics/sensitivity';
import { pzScenarioPrices } from '../economics/cashFlows';
import { monthlyAdvanceEur } from '../economics/monthlyAdvance';
import { applyMinimumPayment } from '../economics/minimumPayment';
import { billSavingsEur, memberIncentiveShares } from '../economics/memberEconomics';
import { Decimal, roundEur, sumEur } from '../economics/money';
import { avoidedEmissionsKg } from '../carbon/avoidedEmissions';
import { gridFactorFor } from '../carbon/carbonParameters';
import { pvEmbodiedKg, pvEmbodiedKgPerKWp } from '../carbon/embodiedEmissions';
import { avoidedSeriesKg, carbonBalance, memberCarbonShares } from '../carbon/carbonBalance';
import type { ConfigurationEconomics, EconomicsParameters } from './economics-types';
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

export interface EconomicsOutcome {
  configuration: ConfigurationEconomics;
  plants: Map<number, number>;
  members: MemberMoney[];
}

const round2 = (d: Decimal) => d.toDecimalPlaces(2).toNumber();

/**
 * Sale of the configuration's injected energy [€]: at a market price when the project sets
 * one; otherwise to GSE (RID) at the hourly zonal price, each plant at guaranteed minimum
 * prices when eligible [ARERA 280/07]. A plant's hourly injection is taken as its share of the
 * configuration's injection.
 */
function injectedEnergySaleEur(
  balance: BalanceResult,
  plantById: Map<number, Plant>,
  pz: Float64Array,
  params: EconomicsParameters,
  year: number,
  assumptions: ConfigurationEconomics['assumptions'],
): Decimal {
  const injected = balance.series.injected;
  const market = params.sale.marketPriceEurPerMWh;
  if (market > 0) {
    assumptions.push({ it: `Energia immessa venduta sul mercato a ${market} €/MWh`, en: `Injected energy sold on the market at ${market} €/MWh` });
    return marketSaleEur(injected.reduce((s, v) => s + v, 0), market);
  }
  const totalInjection = balance.plants.reduce((s, p) => s + p.injectionKWh, 0);
  if (totalInjection <= 0) return new Decimal(0);
  let pmgYear: (typeof params.energySale.pmg)[number] | null = null;
  try {
    pmgYear = valueForYear(params.energySale.pmg, year);
  } catch {
    pmgYear = null;
  }
  let total = new Decimal(0);
  let pmgPlants = 0;
  for (const pr of balance.plants) {
    const plant = plantById.get(pr.plantId)!;
    const share = pr.injectionKWh / totalInjection;
    const series = injected.map((v) => v * share);
    const bands = pmgYear?.bySource[plant.source];
    const eligible = bands && isPmgEligible({ powerKw: plant.kWp, source: plant.source, incentivised: pr.incentiveEligible }, params.energySale.pmgEligibility);
    if (eligible) {
      pmgPlants++;
      total = total.plus(pmgRevenueEur(series, pz, bands).revenueEur);
    } else {
      total = total.plus(ridRevenueEur(series, pz));
    }
  }
  assumptions.push({
    it: `Energia immessa ritirata dal GSE (RID) al prezzo zonale orario${pmgPlants ? `; prezzi minimi garantiti ${pmgYear!.year} per ${pmgPlants} impianti (${pmgYear!.source})` : ''}`,
    en: `Injected energy sold to GSE (RID) at the hourly zonal price${pmgPlants ? `; ${pmgYear!.year} guaranteed minimum prices for ${pmgPlants} plants (${pmgYear!.source})` : ''}`,
  });
  return total;
}

/**
 * The community's region, or the run's assumed one — recorded — when it is missing or not an
 * Italian region: zonal prices, FC_zonale and advances then all follow the assumed region.
 */
function regionOrAssumed(region: string, defaults: ScenarioDefaults, assumptions: ConfigurationEconomics['assumptions']): string {
  const assumed = defaults.region;
  if (region.trim() === '') {
    assumptions.push({
      it: `Regione della comunità non indicata: assunta ${assumed.value} (${assumed.source})`,
      en: `Community region not set: ${assumed.value} assumed (${assumed.source})`,
    });
    return assumed.value;
  }
  const known = findRegion(region);
  if (known !== null) return known;
  assumptions.push({
    it: `Regione «${region}» non riconosciuta: assunta ${assumed.value} (${assumed.source})`,
    en: `Region "${region}" not recognised: ${assumed.value} assumed (${assumed.source})`,
  });
  return assumed.value;
}

export function configurationEconomics(
  community: Community,
  balance: BalanceResult,
  plants: Plant[],
  members: Member[],
  params: EconomicsParameters,
  hourlyPrices: ScenarioInput['hourlyZonalPrices'] | undefined,
  populationOf: (plantId: number) => number | null,
  defaults: ScenarioDefaults,
): EconomicsOutcome {
  const assumptions: ConfigurationEconomics['assumptions'] = [];
  const year = community.referenceYear;

  const region = regionOrAssumed(community.region, defaults, assumptions);
  const zone = marketZoneOfRegion(region);
  // Hourly Pz: an imported hourly series of the zone, laid onto the reference year by civil
  // month, day and hour; otherwise the shipped monthly averages of the zone.
  const base = balance.sharingBase;
  const imported = hourlyPrices?.byZone[zone];
  let pz: Float64Array;
  if (imported) {
    pz = relayOnCivilCalendar(imported, base);
    assumptions.push({
      it: `Prezzo zonale: serie oraria importata, zona ${zone} (${hourlyPrices!.source})`,
      en: `Zonal price: imported hourly series, zone ${zone} (${hourlyPrices!.source})`,
    });
  } else {
    const months = civilCalendarFor(base).month;
    const monthlyPz = params.zonalPrices.monthlyByZone[zone];
    pz = Float64Array.from(months, (m) => monthlyPz[m - 1]!);
    assumptions.push({
      it: `Prezzo zonale: medie mensili ${params.zonalPrices.year} zona ${zone} (${params.zonalPrices.source})`,
      en: `Zonal price: ${params.zonalPrices.year} monthly averages, zone ${zone} (${params.zonalPrices.source})`,
    });
  }

  // F does not apply to energy shared with exempt bodies [RO p.39]: their share of the
  // configuration's shared energy is applied to each plant's hourly E_ACI.
  const consumerShared = members.map((m) => ({ m, r: balance.members.find((x) => x.memberId === m.id) }));
  const totalAsConsumer = consumerShared.reduce((s, x) => s + (x.r?.sharedAsConsumerKWh ?? 0), 0);
  const exemptAsConsumer = consumerShared.filter((x) => isFExempt(x.m.category)).reduce((s, x) => s + (x.r?.sharedAsConsumerKWh ?? 0), 0);
  const exemptShare = totalAsConsumer > 0 ? exemptAsConsumer / totalAsConsumer : 0;

  const plantById = new Map(plants.map((p) => [p.id, p]));
  const incentiveInputs: IncentivePlantInput[] = balance.plants.map((pr) => {
    const plant = plantById.get(pr.plantId)!;
    const eaci = pr.incentiveEligible ? pr.sharedSeries : new Float64Array(pr.sharedSeries.length);
    return {
      plantId: pr.plantId,
      powerKw: plant.kWp,
      region,
      source: plant.source,
      grantShare: plant.grantShare,
      eaciKWh: eaci,
      eaciFExemptKWh: exemptShare > 0 ? eaci.map((v) => v * exemptShare) : undefined,
    };
  });
  const incentives = monthlyIncentivePerPlant({ base, pzEurPerMWh: pz, plants: incentiveInputs });
  const incentiveEur = sumEur(incentives.map((p) => p.totalEur));
  const monthlyIncentive = Array.from({ length: 12 }, (_, m) =>
    round2(sumEur(incentives.flatMap((p) => p.months.filter((x) => x.month === m + 1).map((x) => x.incentiveEur)))),
  );

  const trasE = valueForYear(params.valorisation.trasEEurPerMWh, year);
  const btau = valueForYear(params.valorisation.btauEurPerMWh, year);
  const valorisation = valorisationEur({
    communityType: community.type,
    eacvKWh: balance.configuration.sharedKWh,
    trasEEurPerMWh: trasE.value,
    ...(community.type === 'AUC'
      ? {
          // In an AUC the plants are taken as in the building, connected in LV.
          eacvcKWh: balance.configuration.sharedKWh,
          btauEurPerMWh: btau.value,
          avoidedLosses: [{ voltage: 'LV' as const, eacvcKWh: balance.series.shared }],
          pzEurPerMWh: pz,
        }
      : {}),
  });

  const excess = excessShareRule(
    balance.plants.map((pr, i) => ({
      plantId: pr.plantId,
      hasGrant: plantById.get(pr.plantId)!.grantShare > 0,
      injectedKWh: pr.injectionKWh,
      incentivisedSharedKWh: pr.incentivisedKWh,
      incentiveEur: incentives[i]!.totalEur,
    })),
  );
  const restrictedPot = sumEur(excess.map((s) => s.restrictedPotEur));

  const energySale = injectedEnergySaleEur(balance, plantById, pz, params, year, assumptions);
  const priceOf = (m: Member) => params.billPrices.byCategory[m.category];
  const savings = members.map((m) => {
    const r = balance.members.find((x) => x.memberId === m.id);
    return { m, r, eur: billSavingsEur(r?.selfConsumptionKWh ?? 0, priceOf(m)) };
  });
  const billSavings = sumEur(savings.map((s) => s.eur));

  const fees = plants.reduce((s, p) => s + tariffServiceFeeEurPerYear(p.kWp, params.gseFees.tariffService), 0);
  const aboveCaps = defaults.capexAboveCapsEurPerKw;
  const cashPlants = plants.map((p) => {
    const cap = costCapEurPerKw(p.kWp, params.pnrr.rules.costCaps);
    if (cap === null && !p.existing) {
      assumptions.push({
        it: `${p.name}: ${p.kWp} kW oltre le classi di potenza PNRR, investimento assunto ${aboveCaps.value} €/kW (${aboveCaps.source})`,
        en: `${p.name}: ${p.kWp} kW above the PNRR power classes, investment assumed at ${aboveCaps.value} €/kW (${aboveCaps.source})`,
      });
    }
    const capex = p.kWp * (cap ?? aboveCaps.value);
    return { plantId: p.id, powerKw: p.kWp, capexEur: p.existing ? 0 : capex, grantEur: p.existing ? 0 : capex * p.grantShare };
  });
  assumptions.push({
    it: 'Investimento: massimale di costo PNRR per kW della classe di potenza [RO p.158]; impianti esistenti senza investimento',
    en: 'Investment: PNRR eligible-cost cap per kW of the power class [RO p.158]; existing plants with no investment',
  });
  const f = params.finance;
  const cashInput: CashFlowInput = {
    years: f.horizonYears.value,
    plants: cashPlants,
    productionKWhYear1: balance.configuration.productionKWh,
    year1: {
      incentiveEur: incentiveEur.toNumber(),
      valorisationEur: valorisation.totalEur.toNumber(),
      energySaleEur: energySale.toNumber(),
      billSavingsEur: billSavings.toNumber(),
    },
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
  const cash = configurationCashFlows(cashInput);
  const tornado = npvTornado(cashInput, 0.1);

  // Scenarios: P90 production, and zonal prices low/high (incentive and energy sale re-priced).
  const repriced = (multiplier: number): CashFlowInput => {
    const scaledPz = pzScenarioPrices(pz, multiplier);
    const inc = sumEur(monthlyIncentivePerPlant({ base, pzEurPerMWh: scaledPz, plants: incentiveInputs }).map((p) => p.totalEur));
    const sale = injectedEnergySaleEur(balance, plantById, scaledPz, params, year, []);
    return { ...cashInput, year1: { ...cashInput.year1, incentiveEur: inc.toNumber(), energySaleEur: sale.toNumber() } };
  };
  const scenarioOf = (name: string, input: CashFlowInput) => {
    const r = configurationCashFlows(input);
    return { name, npvEur: round2(r.npvEur), irr: r.irr, year1IncentiveEur: input.year1.incentiveEur };
  };
  const scenarios = [
    scenarioOf('P50', cashInput),
    scenarioOf('P90', { ...cashInput, productionFactor: f.p90OverP50.value }),
    scenarioOf('Pz low', repriced(f.pzScenarioMultipliers.low)),
    scenarioOf('Pz high', repriced(f.pzScenarioMultipliers.high)),
  ];

  // GSE pays monthly advances and settles the year; amounts under €50 wait for the next month.
  const advancesEur = plants.reduce(
    (s, p) => s.plus(p.existing ? 0 : monthlyAdvanceEur({ powerKw: p.kWp, region, source: p.source, grantShare: p.grantShare }).times(12)),
    new Decimal(0),
  );
  const payments = applyMinimumPayment(monthlyIncentive);
  let cumulative = 0;
  const cashFlows = cash.rows.map((row) => {
    const revenue = row.incentiveEur.plus(row.valorisationEur).plus(row.energySaleEur).plus(row.billSavingsEur);
    const net = row.netEur.toNumber();
    cumulative += net;
    return { year: row.year, netEur: round2(row.netEur), cumulativeEur: Math.round(cumulative * 100) / 100, revenueEur: round2(revenue), costEur: round2(row.netEur.minus(revenue)) };
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
  assumptions.push({
    it: `CO2 evitata: produzione × fattore di emissione ${gridFactor.year} (${gridFactor.value} kg/kWh, ${gridFactor.source})`,
    en: `Avoided CO2: production × ${gridFactor.year} emission factor (${gridFactor.value} kg/kWh, ${gridFactor.source})`,
  });

  // Members' share of the incentive: pro rata to their shared energy as consumers, to the cent.
  const shares = memberIncentiveShares(
    incentiveEur,
    balance.members.map((r) => ({ memberId: r.memberId, contributionKWh: r.sharedAsConsumerKWh })),
  );
  const carbonShares = memberCarbonShares(
    avoidedKg,
    balance.members.map((r) => ({ memberId: r.memberId, weightKWh: r.selfConsumptionKWh + r.sharedAsConsumerKWh })),
  );
  const memberMoney: MemberMoney[] = balance.members.map((r) => {
    const savingsEur = round2(savings.find((s) => s.m.id === r.memberId)?.eur ?? new Decimal(0));
    const incentiveShareEur = round2(shares.find((s) => s.memberId === r.memberId)?.shareEur ?? new Decimal(0));
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
    return {
      memberId: r.memberId,
      savingsEur,
      incentiveShareEur,
      avoidedKgCO2: carbonShares.find((s) => s.memberId === r.memberId)?.avoidedKg ?? 0,
      ...(paybackYears === undefined ? {} : { paybackYears }),
    };
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
      valorisationEur: round2(valorisation.totalEur),
      restrictedPotEur: round2(roundEur(restrictedPot)),
      energySaleEur: round2(energySale),
      billSavingsEur: round2(billSavings),
      gseFeesEurPerYear: fees,
      capexEur: cashPlants.reduce((s, p) => s + p.capexEur, 0),
      grantEur: cashPlants.reduce((s, p) => s + p.grantEur, 0),
      npvEur: round2(cash.npvEur),
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
    plants: new Map(incentives.map((p) => [p.plantId, round2(p.totalEur)])),
    members: memberMoney,
  };
}
