/**
 * Energy balance of one configuration: behind-the-meter flows, storage, shared energy per
 * sharing period = min(Σ injected, Σ withdrawn) over the points under the primary substation
 * [RO §2.2.2.1.2 p.38; App. A pp.143–144], its oldest-first split among plants, and the
 * pro-rata shares of members (computeBalance), or only two sums of those shares
 * (computeBalanceTotals: a scenario's P90 balance). Pure: no I/O, no clocks; the optional
 * ConsumerFlowsCache the caller passes is the only state kept between runs.
 */
import { addMonthlyByPeriod, total, typicalDay } from './aggregate';
import type { BatteryState } from './battery';
import type { ConsumerFlowsCache } from './consumer-memo';
import type { EngineOutput } from './engine';
import { runEngine } from './engine';
import { flagsOf, int32Of } from './flags';
import { S_CONSUMER, S_FIELDS, S_INCENTIVISED, S_PRODUCER } from './point-shares';
import { checkExistingPlantsShare, DEFAULT_MAX_EXISTING_SHARE } from './existing-plants';
import { keptPeriodLayout, newPeriodLayout } from './period-layout';
import { oldestFirstOrder } from './plant-order';
import { T_CONS, T_EV, T_FIELDS, T_INJ, T_PROD, T_SELF, T_WD } from './point-flows';
import type {
  BalanceInput,
  BalanceResult,
  BalanceReuse,
  BalanceTotals,
  BalanceTotalsOptions,
  BatteryResult,
  ConfigurationResult,
  FlowTotals,
  MemberFlows,
  MemberResult,
  MonthlyTotals,
  PlantInput,
  PlantResult,
  PointInput,
  PointResult,
} from './types';
import { validateBalanceInput } from './validate';

/** Plants above this power get valorisation only [RO §1.2.1.2 p.10] [kW]. */
export const DEFAULT_MAX_INCENTIVISED_PLANT_KW = 1000;

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** Flow totals at zero, to add points into. */
function noFlows(): FlowTotals {
  return { productionKWh: 0, consumptionKWh: 0, evKWh: 0, selfConsumptionKWh: 0, injectionKWh: 0, withdrawalKWh: 0, batteryGridChargeKWh: 0 };
}

/** Adds a point's flow totals into `to` (a member's or the configuration's) [kWh]. */
function addFlows(to: FlowTotals, r: FlowTotals): void {
  to.productionKWh += r.productionKWh;
  to.consumptionKWh += r.consumptionKWh;
  to.evKWh += r.evKWh;
  to.selfConsumptionKWh += r.selfConsumptionKWh;
  to.injectionKWh += r.injectionKWh;
  to.withdrawalKWh += r.withdrawalKWh;
  to.batteryGridChargeKWh += r.batteryGridChargeKWh;
}

function batteryResult(p: PointInput, s: BatteryState): BatteryResult {
  return {
    pointId: p.id,
    strategy: p.battery!.strategy,
    chargedKWh: s.charged,
    dischargedKWh: s.discharged,
    lossesKWh: s.losses,
    socStartKWh: s.socStart,
    socEndKWh: s.soc,
    equivalentCycles: ratio(s.discharged, s.capacity),
  };
}

function pointResults(points: readonly PointInput[], e: EngineOutput): PointResult[] {
  return points.map((p, j) => {
    const o = j * T_FIELDS;
    const t = e.pointTotals;
    const f = e.sharedBatteryFlows[j];
    return {
      pointId: p.id,
      memberId: p.memberId,
      inSubstation: p.inSubstation,
      productionKWh: t[o + T_PROD]!,
      consumptionKWh: t[o + T_CONS]!,
      evKWh: t[o + T_EV]!,
      selfConsumptionKWh: t[o + T_SELF]!,
      injectionKWh: t[o + T_INJ]! + (f ? total(f.discharge) : 0),
      withdrawalKWh: t[o + T_WD]!,
      batteryGridChargeKWh: f ? total(f.charge) : 0,
    };
  });
}

/** Position of each member in order of first appearance. */
function memberIndex(points: readonly PointInput[]): Map<number, number> {
  const index = new Map<number, number>();
  for (const p of points) if (p.memberId !== null && !index.has(p.memberId)) index.set(p.memberId, index.size);
  return index;
}

function memberResults(points: readonly PointInput[], pr: PointResult[], e: EngineOutput): MemberResult[] {
  const index = memberIndex(points);
  // The members' twelve monthly values are views of one buffer: one allocation instead of one
  // per member (a thousand small external buffers for the garbage collector to sweep).
  const monthly = new Float64Array(12 * index.size);
  const members: MemberResult[] = [];
  for (const [memberId, i] of index) {
    // Written out, not `...noFlows()`: a spread into a literal is a generic copy, measured at
    // a tenth of a millisecond per hundred members.
    members.push({
      memberId,
      pointIds: [],
      productionKWh: 0,
      consumptionKWh: 0,
      evKWh: 0,
      selfConsumptionKWh: 0,
      injectionKWh: 0,
      withdrawalKWh: 0,
      batteryGridChargeKWh: 0,
      sharedAsConsumerKWh: 0,
      incentivisedAsConsumerKWh: 0,
      sharedAsProducerKWh: 0,
      selfSufficiency: 0,
      sharedRatio: 0,
      monthlySharedAsConsumerKWh: monthly.subarray(12 * i, 12 * i + 12),
    });
  }
  for (let j = 0; j < points.length; j++) {
    const p = points[j]!;
    if (p.memberId === null) continue;
    const m = members[index.get(p.memberId)!]!;
    const so = j * S_FIELDS;
    m.pointIds.push(p.id);
    addFlows(m, pr[j]!);
    m.sharedAsConsumerKWh += e.pointShares[so + S_CONSUMER]!;
    m.incentivisedAsConsumerKWh += e.pointShares[so + S_INCENTIVISED]!;
    m.sharedAsProducerKWh += e.pointShares[so + S_PRODUCER]!;
    const mm = m.monthlySharedAsConsumerKWh;
    for (let k = 0; k < 12; k++) mm[k] += e.pointMonthly[j * 12 + k]!;
  }
  for (const m of members) {
    m.selfSufficiency = ratio(m.selfConsumptionKWh + m.sharedAsConsumerKWh, m.consumptionKWh);
    m.sharedRatio = ratio(m.sharedAsProducerKWh, m.injectionKWh);
  }
  return members;
}

/** Members' flows only, their points' summed in point order (as memberResults does). */
function memberFlows(points: readonly PointInput[], pr: PointResult[]): MemberFlows[] {
  const index = memberIndex(points);
  const members: MemberFlows[] = [];
  for (const memberId of index.keys()) {
    members.push({ memberId, pointIds: [], productionKWh: 0, consumptionKWh: 0, evKWh: 0, selfConsumptionKWh: 0, injectionKWh: 0, withdrawalKWh: 0, batteryGridChargeKWh: 0 });
  }
  for (let j = 0; j < points.length; j++) {
    const p = points[j]!;
    if (p.memberId === null) continue;
    const m = members[index.get(p.memberId)!]!;
    m.pointIds.push(p.id);
    addFlows(m, pr[j]!);
  }
  return members;
}

/**
 * Compute the balance. `reuse.consumers`: the pure consumers' sums kept from earlier runs on
 * the same read-only series (consumer-memo.ts). Throws BalanceInputError on malformed input.
 */
export function computeBalance(input: BalanceInput, reuse: BalanceReuse = {}): BalanceResult {
  const { result, points, pr, e } = runBalance(input, null, reuse.consumers ?? null);
  const { sharingBase, configuration, plants, batteries, monthly, series, typicalDays, existingPlants } = result;
  return { sharingBase, configuration, plants, points: pr, members: memberResults(points, pr, e), batteries, monthly, series, typicalDays, existingPlants };
}

/**
 * The balance with the members' pro-rata shares left out, but for the sum of those of the
 * members `sharesOfMembers` and the sum of every member's (a scenario's P90 balance: its money
 * reads the configuration, the plants and the F-exempt members' part of the shared energy).
 * Every other figure equals computeBalance's. The pro-rata pass (the largest part of a
 * 100-member hourly balance) runs for the named members' points and the in-substation points
 * without a member only. Throws BalanceInputError on malformed input.
 */
export function computeBalanceTotals(input: BalanceInput, options: BalanceTotalsOptions): BalanceTotals {
  const named = new Set(options.sharesOfMembers);
  // A point with neither load, EV charging nor battery withdraws nothing: its share is 0.
  const withdraws = (p: PointInput) => p.load !== undefined || p.ev !== undefined || p.battery !== undefined;
  const wants = (p: PointInput) => p.inSubstation && (p.memberId === null ? withdraws(p) : named.has(p.memberId));
  const { result, points, pr, e } = runBalance(input, wants, options.consumers ?? null, options.transientSeries === true);
  let namedKWh = 0;
  let othersKWh = 0; // in-substation points without a member
  for (let j = 0; j < points.length; j++) {
    const p = points[j]!;
    const x = e.pointShares[j * S_FIELDS + S_CONSUMER]!;
    if (p.memberId === null) othersKWh += x;
    else if (named.has(p.memberId)) namedKWh += x;
  }
  const { sharingBase, configuration, plants, batteries, monthly, series, typicalDays, existingPlants } = result;
  return {
    sharingBase,
    configuration,
    plants,
    points: pr,
    members: memberFlows(points, pr),
    batteries,
    monthly,
    series,
    typicalDays,
    existingPlants,
    consumerShares: { memberIds: options.sharesOfMembers, namedKWh, membersKWh: configuration.sharedKWh - othersKWh },
  };
}

/** A balance run, its result but the members. `wants`: the points whose shares are wanted (null: all). */
function runBalance(
  input: BalanceInput,
  wants: ((p: PointInput) => boolean) | null,
  consumers: ConsumerFlowsCache | null,
  transientSeries = false,
): { result: Omit<BalanceResult, 'members'>; points: readonly PointInput[]; pr: PointResult[]; e: EngineOutput } {
  const { base, points, calendar } = input;
  const opts = input.options ?? {};
  const sharing = opts.sharingPeriod ?? 'hour';
  // The calendar's labels need no check when they equal those of the kept layout (checked then).
  const kept = typeof base === 'object' && base !== null ? keptPeriodLayout(base, sharing, calendar?.month, calendar?.hourOfDay) : null;
  validateBalanceInput(input, false, kept === null); // values are checked on the fly by the engine
  const { periods, pMonth, pHour, runs, weights } = kept ?? newPeriodLayout(base, sharing, calendar.month, calendar.hourOfDay);
  const maxPlantKw = opts.maxIncentivisedPlantKw ?? DEFAULT_MAX_INCENTIVISED_PLANT_KW;

  const flat: { plant: PlantInput; point: PointInput; pointIndex: number }[] = [];
  points.forEach((point, pointIndex) => {
    for (const plant of point.plants) flat.push({ plant, point, pointIndex });
  });
  const order = oldestFirstOrder(flat.map((f) => f.plant));
  const rank = new Int32Array(flat.length);
  order.forEach((k, r) => (rank[k] = r));
  // No tariff for pre-existing plants, plants above 1 MW [RO p.10] and plants the rules exclude.
  const eligible = flat.map((f) => !f.plant.existing && f.plant.kW <= maxPlantKw && f.plant.incentiveExcluded !== true);

  const e = runEngine({
    points,
    periods,
    periodMonth: pMonth,
    stepHours: base.stepMinutes / 60,
    plantPoint: int32Of(flat.map((f) => f.pointIndex)),
    splitOrder: order.filter((k) => flat[k]!.point.inSubstation),
    eligible,
    sharesOf: wants === null ? null : flagsOf(points, wants),
    consumers,
    transientSeries,
  });

  const pr = pointResults(points, e);
  const plants: PlantResult[] = flat.map((f, k) => {
    const s = e.plantShared[k]!;
    const monthlyShared = new Float64Array(12);
    const sharedKWh = addMonthlyByPeriod(s, pMonth, runs, monthlyShared);
    const ok = eligible[k]!;
    return {
      plantId: f.plant.plantId,
      pointId: f.point.id,
      rank: rank[k]!,
      kW: f.plant.kW,
      existing: f.plant.existing,
      incentiveEligible: ok,
      inSubstation: f.point.inSubstation,
      productionKWh: e.plantProduction[k]!,
      injectionKWh: e.plantInjection[k]!,
      sharedKWh,
      incentivisedKWh: ok ? sharedKWh : 0,
      valorisedOnlyKWh: ok ? 0 : sharedKWh,
      sharedRatio: ratio(sharedKWh, e.plantInjection[k]!),
      monthlySharedKWh: monthlyShared,
      monthlyIncentivisedKWh: ok ? Float64Array.from(monthlyShared) : new Float64Array(12),
      sharedSeries: s,
      injectionSeries: e.plantInjected[k]!,
    };
  });

  const batteries: BatteryResult[] = [];
  points.forEach((p, j) => {
    const s = e.batteries[j];
    if (s) batteries.push(batteryResult(p, s));
  });

  const monthly: MonthlyTotals = {
    productionKWh: new Float64Array(12),
    consumptionKWh: new Float64Array(12),
    selfConsumptionKWh: new Float64Array(12),
    injectionKWh: new Float64Array(12),
    withdrawalKWh: new Float64Array(12),
    sharedKWh: new Float64Array(12),
    incentivisedKWh: new Float64Array(12),
  };
  addMonthlyByPeriod(e.production, pMonth, runs, monthly.productionKWh);
  addMonthlyByPeriod(e.consumption, pMonth, runs, monthly.consumptionKWh);
  addMonthlyByPeriod(e.injectionCounted, pMonth, runs, monthly.injectionKWh);
  addMonthlyByPeriod(e.withdrawalCounted, pMonth, runs, monthly.withdrawalKWh);
  for (let m = 0; m < 12; m++) {
    monthly.selfConsumptionKWh[m] = monthly.consumptionKWh[m]! - monthly.withdrawalKWh[m]!;
  }
  const sharedKWh = addMonthlyByPeriod(e.shared, pMonth, runs, monthly.sharedKWh);
  const incentivisedKWh = addMonthlyByPeriod(e.incentivised, pMonth, runs, monthly.incentivisedKWh);
  // Typical days; their pass also gives the year's totals of injection and withdrawal.
  const typicalDays = { shared: new Float64Array(12 * 24), injected: new Float64Array(12 * 24), withdrawn: new Float64Array(12 * 24) };
  typicalDay(e.shared, pMonth, pHour, weights, typicalDays.shared);
  const injectionInSubstationKWh = typicalDay(e.injected, pMonth, pHour, weights, typicalDays.injected);
  const withdrawalInSubstationKWh = typicalDay(e.withdrawn, pMonth, pHour, weights, typicalDays.withdrawn);

  // The configuration's totals count only its points under the substation: a point outside
  // is not part of the configuration (listed apart in *Outside*).
  const inTot = noFlows();
  let injectionOutsideKWh = 0;
  let withdrawalOutsideKWh = 0;
  const outsidePointIds: number[] = [];
  for (const r of pr) {
    if (r.inSubstation) {
      addFlows(inTot, r);
    } else {
      injectionOutsideKWh += r.injectionKWh;
      withdrawalOutsideKWh += r.withdrawalKWh + r.batteryGridChargeKWh;
      outsidePointIds.push(r.pointId);
    }
  }
  const configuration: ConfigurationResult = {
    ...inTot,
    injectionInSubstationKWh,
    withdrawalInSubstationKWh,
    injectionOutsideKWh,
    withdrawalOutsideKWh,
    outsidePointIds,
    sharedKWh,
    incentivisedKWh,
    valorisedOnlyKWh: sharedKWh - incentivisedKWh,
    storageSharedKWh: total(e.storageShared),
    sharedRatio: ratio(sharedKWh, injectionInSubstationKWh),
    selfSufficiency: ratio(inTot.selfConsumptionKWh + sharedKWh, inTot.consumptionKWh),
  };

  const result = {
    sharingBase: periods.base,
    configuration,
    plants,
    points: pr,
    batteries,
    monthly,
    series: { production: e.production, withdrawal: e.withdrawalCounted, shared: e.shared, injected: e.injected, withdrawn: e.withdrawn, incentivised: e.incentivised },
    typicalDays,
    existingPlants: checkExistingPlantsShare(
      flat.map((f) => f.plant),
      opts.maxExistingShare ?? DEFAULT_MAX_EXISTING_SHARE,
    ),
  };
  return { result, points, pr, e };
}
