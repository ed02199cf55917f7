/**
 * The simulation run: weather → PV per plant → loads per member → balance and shared energy
 * per configuration. An orchestrator only: every number comes from a named model elsewhere.
 */
import { referenceYearBase } from '../model/calendar/referenceYearBase';
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import { computeBalance, computeBalanceTotals } from '../balance/compute';
import { ConsumerFlowsCache } from '../balance/consumer-memo';
import type { BalanceResult } from '../balance/types';
import type { Member, Plant } from '../model/entities';
import { ScenarioCancelled, ScenarioInputError } from './errors';
import { memberLoad, type MemberLoad } from './loads';
import { plantProduction, weatherCache } from './production';
import { configurationHourly, scaledBy, toArray } from './series';
import { configurationPoints, withProduction } from './points';
import { applyMetering } from './metering';
import { synthesiseEvCharging } from '../load/evCharging';
import { configurationEconomics } from './economics';
import { fExemptMemberIds } from './revenues';
import { SCENARIO_DEFAULTS } from './defaults';
import { EMBEDDED_WEATHER_SOURCE } from './weather-source';
import { sourceText } from '../model/sourced-value';
import { heldAreaSet } from './areas';
import { ruleVerdicts } from './verdicts';
import { configurationExclusions } from './exclusions';
import { configurationBuilding } from '../rules/checks/configuration';
import type { BatteryOutcome, ConfigurationHourly, ConfigurationOutcome, ExcludedPoint, MemberOutcome, PlantOutcome, ScenarioHooks, ScenarioInput, ScenarioResult } from './types';
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import type { ScenarioDefaults } from './defaults';
import type { Message } from '../model/messages';

/**
 * Sum of `values` per month [same unit], kept while `values` lives: a sweep's variants share
 * the prepared production of every plant they do not resize. A fresh copy each call.
 */
const monthlyMemo = new WeakMap<Float64Array, { month: Uint8Array; sums: Float64Array }>();
function monthlySums(values: Float64Array, month: Uint8Array): number[] {
  let hit = monthlyMemo.get(values);
  if (!hit || hit.month !== month) {
    const sums = new Float64Array(12);
    // Run by run of one month in a local (the same additions in the same order as adding each
    // step into its month's slot, without a store and a load per step).
    for (let i = 0; i < values.length; ) {
      const m = month[i]!;
      let acc = sums[m]!;
      for (; i < values.length && month[i] === m; i++) acc += values[i]!;
      sums[m] = acc;
    }
    monthlyMemo.set(values, (hit = { month, sums }));
  }
  return toArray(hit.sums);
}

/** Lists everything that prevents a run, all at once. */
export function missingInputs(input: ScenarioInput): Message[] {
  const missing: Message[] = [];
  if (input.configurations.length === 0) missing.push({ code: 'scenario.missing.configuration' });
  const assigned = (x: { configurationId: number | null }) => x.configurationId !== null;
  if (!input.members.some(assigned)) missing.push({ code: 'scenario.missing.assigned-member' });
  if (!input.plants.some(assigned)) missing.push({ code: 'scenario.missing.assigned-plant' });
  return missing;
}

/**
 * Everything a run computes before the configurations: the time base and calendar, each
 * assigned plant's production and each assigned member's load and EV charging, and the
 * warnings they raised. It depends on the input only, so a sweep of variants
 * (core/scenario/sweep.ts) computes it once.
 */
export interface PreparedSeries {
  base: TimeBase;
  calendar: CivilCalendar;
  defaults: ScenarioDefaults;
  /** Production of each assigned plant at its own size [kWh per step], before metering. */
  production: ReadonlyMap<number, Float64Array>;
  /** Load of each assigned member [kWh per step], before metering. */
  loads: ReadonlyMap<number, MemberLoad>;
  evCharging: ReadonlyMap<number, Float64Array>;
  warnings: ScenarioResult['warnings'];
  /**
   * The balance's sums of the pure consumers, kept across its runs on these series (P50 and
   * P90, a sweep's variants; core/balance/consumer-memo.ts): the series above are never
   * changed in place.
   */
  consumers: ConsumerFlowsCache;
}

/** Progress unit of a run: called after each plant, member and configuration. */
type Step = (label: string) => Promise<void>;

export async function runScenario(input: ScenarioInput, hooks: ScenarioHooks = {}): Promise<ScenarioResult> {
  const missing = missingInputs(input);
  if (missing.length) throw new ScenarioInputError(missing);
  const units = input.plants.filter((p) => p.configurationId !== null).length + input.members.filter((m) => m.configurationId !== null).length + input.configurations.length;
  let done = 0;
  const step: Step = async (label) => {
    done++;
    hooks.onProgress?.(done / units, label);
    if (hooks.yieldControl) await hooks.yieldControl();
    if (hooks.signal?.aborted) throw new ScenarioCancelled();
  };
  const prepared = await prepareSeries(input, step);
  return evaluateConfigurations(input, prepared, step);
}

/** Weather → production of each assigned plant, loads and EV of each assigned member. */
export async function prepareSeries(input: ScenarioInput, step: Step = async () => undefined): Promise<PreparedSeries> {
  const year = input.community.referenceYear;
  const base = referenceYearBase(year, input.stepMinutes);
  const calendar = civilCalendarFor(base);
  const warnings: ScenarioResult['warnings'] = [];
  const warn = (m: Message) => warnings.push(m);
  // Stated, not silent: the host may pass its own; every use below is reported.
  const defaults = input.defaults ?? SCENARIO_DEFAULTS;
  const members = input.members.filter((m) => m.configurationId !== null);
  const plants = input.plants.filter((p) => p.configurationId !== null);

  const weatherAt = weatherCache({ referenceYear: year, weather: input.weather });
  const production = new Map<number, Float64Array>();
  for (const p of plants) {
    production.set(p.id, plantProduction(p, { base, referenceYear: year, weather: input.weather, members: input.members, productionSeries: input.productionSeries, windHubHeightM: defaults.windHubHeightM, warn }, weatherAt));
    await step(p.name);
  }
  const loads = new Map<number, MemberLoad>();
  const evCharging = new Map<number, Float64Array>();
  for (const m of members) {
    loads.set(m.id, memberLoad(m, base, calendar, input.loadCurves, input.bills, defaults.memberSite.value));
    if (m.ev && m.ev.annualKWh > 0) evCharging.set(m.id, synthesiseEvCharging(m.ev.annualKWh, m.ev.pattern, base, calendar));
    await step(m.name);
  }
  return { base, calendar, defaults, production, loads, evCharging, warnings, consumers: new ConsumerFlowsCache() };
}

/**
 * The configurations of `input` on prepared series: metering, balance, money and the
 * outcomes. `prepared` must hold the series of every plant and member `input` assigns.
 */
export async function evaluateConfigurations(input: ScenarioInput, prepared: PreparedSeries, step: Step = async () => undefined): Promise<ScenarioResult> {
  const year = input.community.referenceYear;
  const { base, calendar, defaults } = prepared;
  const warnings: ScenarioResult['warnings'] = [...prepared.warnings];
  const warn = (m: Message) => warnings.push(m);
  const members = input.members.filter((m) => m.configurationId !== null);
  const plants = input.plants.filter((p) => p.configurationId !== null);
  const production = new Map<number, Float64Array>();
  for (const p of plants) production.set(p.id, prepared.production.get(p.id)!);
  const loads = new Map<number, MemberLoad>();
  for (const m of members) loads.set(m.id, prepared.loads.get(m.id)!);
  const evCharging = prepared.evCharging;
  const placedByDefault = members.filter((m) => loads.get(m.id)!.siteAssumed).map((m) => m.name);
  if (placedByDefault.length) {
    const { value } = defaults.memberSite;
    const source = sourceText(defaults.memberSite);
    const names = placedByDefault.slice(0, 5).join(', ') + (placedByDefault.length > 5 ? ', …' : '');
    warn(
      { code: 'scenario.warning.members-lighting-shape-coordinates', params: { length: placedByDefault.length, names, lat: value.lat, lon: value.lon, source } },
    );
  }

  // A prosumer's meter as it is: metered withdrawal/injection are never netted twice.
  const metering = applyMetering(members, plants, input.metered ?? new Map(), (id) => loads.get(id)!.kWh, (id) => production.get(id)!, base.length, warn);
  for (const [id, kWh] of metering.load) loads.set(id, { ...loads.get(id)!, kWh });
  for (const [id, kWh] of metering.production) production.set(id, kWh);

  const configurations: ConfigurationOutcome[] = [];
  const hourly: ConfigurationHourly[] = [];
  const plantOutcomes: PlantOutcome[] = [];
  const memberOutcomes: MemberOutcome[] = [];
  const held = heldAreaSet(input.heldAreaCodes);
  const verdicts = ruleVerdicts(
    input.findings ?? [],
    (id) => input.members.find((m) => m.id === id)?.configurationId,
    (id) => input.plants.find((p) => p.id === id)?.configurationId,
  );
  // P90: production × P90/P50 through the whole balance (shared energy is not proportional).
  const p90Factor = input.economics?.finance.p90OverP50.value ?? null;
  const p90Of = (id: number) => scaledSeries(production.get(id)!, p90Factor!);
  const balanceCalendar = { month: monthIndex(calendar.month), hourOfDay: calendar.hour };
  const memberById = new Map(members.map((m) => [m.id, m]));
  for (const c of input.configurations) {
    const ex = configurationExclusions(c, members, plants, held, verdicts);
    const points = configurationPoints(c, members, plants, (id) => loads.get(id)!.kWh, (id) => production.get(id)!, (id) => evCharging.get(id), ex.counting, metering.ownPoint);
    if (points.length === 0) {
      await step(c.name);
      continue;
    }
    if (c.substationCode.trim() === '') {
      warn(
        { code: 'scenario.warning.primary-substation-area-code', params: { name: c.name } },
      );
    }
    if (ex.excluded.length) warnExcluded(c.name, ex.excluded, warn);
    const r: BalanceResult = computeBalance({ base, points, calendar: balanceCalendar }, { consumers: prepared.consumers });
    const outcome = configurationOutcome(c, r, members, plants);
    outcome.excluded = ex.excluded;
    outcome.conditions = verdicts.conditionsOf(c.id);
    const batteries = batteryOutcomes(r, members);
    if (r.configuration.evKWh > 0) outcome.evKWh = r.configuration.evKWh;
    if (batteries.length) {
      outcome.batteries = batteries;
      outcome.storageSharedKWh = r.configuration.storageSharedKWh;
    }
    const configPlants = plants.filter((p) => p.configurationId === c.id);
    const configMembers = members.filter((m) => m.configurationId === c.id);
    const money = input.economics
      ? configurationEconomics({
          community: input.community,
          balance: r,
          // Its money reads the configuration, the plants and the F-exempt members' part of the
          // shares: the other shares are left out, the pure consumers' sums taken from P50's; its
          // series are read by the money right here, so they live in reused space.
          p90Balance: computeBalanceTotals({ base, points: withProduction(points, p90Of), calendar: balanceCalendar }, { sharesOfMembers: fExemptMemberIds(configMembers), consumers: prepared.consumers, transientSeries: true }),
          plants: configPlants,
          members: configMembers,
          params: input.economics,
          ...(input.hourlyZonalPrices ? { hourlyPrices: input.hourlyZonalPrices } : {}),
          populationOf: (plantId) => input.plantMunicipalityPopulation?.get(plantId) ?? null,
          defaults,
          inBuilding: input.community.type === 'AUC' ? aucBuilding(c, configMembers, configPlants, warn) : () => true,
        })
      : null;
    if (money) outcome.economics = money.configuration;
    configurations.push(outcome);
    hourly.push(configurationHourly(c.id, r.sharingBase, r.series));
    for (const pr of r.plants) {
      const plant = plants.find((p) => p.id === pr.plantId)!;
      plantOutcomes.push({
        plantId: pr.plantId,
        name: plant.name,
        configurationId: c.id,
        rank: pr.rank,
        incentiveEligible: pr.incentiveEligible,
        productionKWh: pr.productionKWh,
        injectionKWh: pr.injectionKWh,
        sharedKWh: pr.sharedKWh,
        incentivisedKWh: pr.incentivisedKWh,
        valorisedOnlyKWh: pr.valorisedOnlyKWh,
        sharedRatio: pr.sharedRatio,
        specificYieldKWhPerKWp: plant.kWp > 0 ? pr.productionKWh / plant.kWp : 0,
        monthlyProductionKWh: monthlySums(production.get(plant.id)!, monthIndex(calendar.month)),
        monthlySharedKWh: toArray(pr.monthlySharedKWh),
        monthlyIncentivisedKWh: toArray(pr.monthlyIncentivisedKWh),
        ...(money ? { incentiveEur: money.plants.get(pr.plantId) ?? 0 } : {}),
        ...((ids) => (ids.length ? { excludedBy: ids } : {}))(ex.plantExcludedBy(pr.plantId)),
      });
    }
    // By id: a configuration has a hundred members or more, each looked up once.
    const batteryOf = new Map(batteries.map((b) => [b.memberId, b]));
    const moneyOf = new Map((money?.members ?? []).map((x) => [x.memberId, x]));
    for (const mr of r.members) {
      const member = memberById.get(mr.memberId)!;
      // Optional fields assigned after the others, in the order the result has always had
      // them (no spread of temporary objects: a sweep makes a hundred of these per variant).
      const o: MemberOutcome = {
        memberId: mr.memberId,
        name: member.name,
        configurationId: c.id,
        consumptionKWh: mr.consumptionKWh,
        productionKWh: mr.productionKWh,
        selfConsumptionKWh: mr.selfConsumptionKWh,
        injectionKWh: mr.injectionKWh,
        withdrawalKWh: mr.withdrawalKWh,
        sharedAsConsumerKWh: mr.sharedAsConsumerKWh,
        incentivisedAsConsumerKWh: mr.incentivisedAsConsumerKWh,
        sharedAsProducerKWh: mr.sharedAsProducerKWh,
        monthlySharedAsConsumerKWh: toArray(mr.monthlySharedAsConsumerKWh),
        selfSufficiency: mr.selfSufficiency,
        loadSource: loads.get(mr.memberId)!.source,
        loadProfile: member.loadProfile,
      };
      if (mr.evKWh > 0) o.evKWh = mr.evKWh;
      const battery = batteryOf.get(mr.memberId);
      if (battery) o.battery = battery;
      const m = moneyOf.get(mr.memberId);
      if (m) {
        o.savingsEur = m.savingsEur;
        o.incentiveShareEur = m.incentiveShareEur;
        o.avoidedKgCO2 = m.avoidedKgCO2;
        if (m.paybackYears !== undefined) o.paybackYears = m.paybackYears;
      }
      const excludedBy = ex.memberExcludedBy(mr.memberId);
      if (excludedBy.length) o.excludedBy = excludedBy;
      memberOutcomes.push(o);
    }
    await step(c.name);
  }
  return {
    referenceYear: year,
    stepMinutes: input.stepMinutes,
    weatherSource: input.weather?.source ?? EMBEDDED_WEATHER_SOURCE,
    configurations,
    plants: plantOutcomes,
    members: memberOutcomes,
    unassigned: {
      memberIds: input.members.filter((m) => m.configurationId === null).map((m) => m.id),
      plantIds: input.plants.filter((p) => p.configurationId === null).map((p) => p.id),
    },
    warnings,
    hourly,
  };
}

const REASON_TEXT: Record<ExcludedPoint['reason'], Message> = {
  'no-area': { code: 'scenario.warning.area' },
  'other-area': { code: 'scenario.warning.another-area' },
  rule: { code: 'scenario.warning.excluded-rules' },
};

/** One warning per configuration naming its excluded points and why. */
function warnExcluded(configName: string, excluded: ExcludedPoint[], warn: (m: Message) => void): void {
  const points = excluded.map((e): Message => ({
    code: 'scenario.warning.excluded-point',
    params: { name: e.name, reason: REASON_TEXT[e.reason], area: e.areaCode ? ` ${e.areaCode}` : '', rules: e.reason === 'rule' ? `: ${e.ruleIds.join(', ')}` : '' },
  }));
  warn({ code: 'scenario.warning.points-left-out-shared', params: { configName, length: excluded.length, points } });
}

/**
 * AUC: which plants lie in the group's building or condominium [RO p.21, p.41 b)]. Only a
 * plant recorded in another building is out of E_ACVC; one with no building recorded is taken
 * as inside, and the run says so.
 */
function aucBuilding(
  c: ScenarioInput['configurations'][number],
  members: ScenarioInput['members'],
  plants: ScenarioInput['plants'],
  warn: (m: Message) => void,
): (plantId: number) => boolean {
  const ref = configurationBuilding(c.buildingId, members.map((m) => m.buildingId));
  const outside = new Set<number>();
  for (const p of plants) {
    const b = p.buildingId?.trim() ?? '';
    if (ref !== null && b !== '' && b !== ref) {
      outside.add(p.id);
      warn(
        { code: 'scenario.warning.building-group-s-btau', params: { name: p.name, b, ref } },
      );
    }
  }
  return (plantId) => !outside.has(plantId);
}

/** Batteries of a configuration by member (a member's point id is its member id). */
function batteryOutcomes(r: BalanceResult, members: Member[]): BatteryOutcome[] {
  const out: BatteryOutcome[] = [];
  for (const b of r.batteries) {
    const member = members.find((m) => m.id === b.pointId);
    if (!member?.battery) continue;
    out.push({
      memberId: member.id,
      strategy: b.strategy,
      capacityKWh: member.battery.capacityKWh,
      chargedKWh: b.chargedKWh,
      dischargedKWh: b.dischargedKWh,
      lossesKWh: b.lossesKWh,
      equivalentCycles: b.equivalentCycles,
    });
  }
  return out;
}

/**
 * `series` × `factor`, kept while `series` lives: a sweep's variants share the prepared
 * production of every plant they do not resize, so its P90 series is made once. Callers read
 * the result, never change it.
 */
const scaledCache = new WeakMap<Float64Array, { factor: number; scaled: Float64Array }>();
function scaledSeries(series: Float64Array, factor: number): Float64Array {
  const hit = scaledCache.get(series);
  if (hit && hit.factor === factor) return hit.scaled;
  const scaled = scaledBy(series, factor);
  scaledCache.set(series, { factor, scaled });
  return scaled;
}

/** The civil calendar numbers months 1…12; the balance wants 0…11. */
const monthIndexCache = new WeakMap<Uint8Array, Uint8Array>();
function monthIndex(month1: Uint8Array): Uint8Array {
  let m0 = monthIndexCache.get(month1);
  if (!m0) {
    m0 = month1.map((m) => m - 1);
    monthIndexCache.set(month1, m0);
  }
  return m0;
}

function configurationOutcome(
  c: ScenarioInput['configurations'][number],
  r: BalanceResult,
  members: Member[],
  plants: Plant[],
): ConfigurationOutcome {
  const k = r.configuration;
  const outsidePoints = new Set(k.outsidePointIds);
  const outsidePlantIds = r.plants.filter((p) => !p.inSubstation).map((p) => p.plantId);
  return {
    configurationId: c.id,
    name: c.name,
    substation: c.substationCode,
    productionKWh: k.productionKWh,
    consumptionKWh: k.consumptionKWh,
    selfConsumedKWh: k.selfConsumptionKWh,
    injectedKWh: k.injectionKWh,
    withdrawnKWh: k.withdrawalKWh,
    sharedKWh: k.sharedKWh,
    incentivisedKWh: k.incentivisedKWh,
    valorisedOnlyKWh: k.valorisedOnlyKWh,
    selfSufficiency: k.selfSufficiency,
    sharedRatio: k.sharedRatio,
    existingPlants: r.existingPlants,
    outsideMemberIds: members.filter((m) => outsidePoints.has(m.id) && m.configurationId === c.id).map((m) => m.id),
    outsidePlantIds: plants.filter((p) => outsidePlantIds.includes(p.id)).map((p) => p.id),
    excluded: [],
    conditions: [],
    monthly: {
      productionKWh: toArray(r.monthly.productionKWh),
      consumptionKWh: toArray(r.monthly.consumptionKWh),
      selfConsumptionKWh: toArray(r.monthly.selfConsumptionKWh),
      injectionKWh: toArray(r.monthly.injectionKWh),
      withdrawalKWh: toArray(r.monthly.withdrawalKWh),
      sharedKWh: toArray(r.monthly.sharedKWh),
      incentivisedKWh: toArray(r.monthly.incentivisedKWh),
    },
    typicalDays: {
      shared: toArray(r.typicalDays.shared),
      injected: toArray(r.typicalDays.injected),
      withdrawn: toArray(r.typicalDays.withdrawn),
    },
  };
}

