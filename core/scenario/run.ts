/**
 * The simulation run: weather → PV per plant → loads per member → balance and shared energy
 * per configuration. An orchestrator only: every number comes from a named model elsewhere.
 */
import { referenceYearBase } from '../model/calendar/referenceYearBase';
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import { computeBalance } from '../balance/compute';
import type { BalanceResult } from '../balance/types';
import type { Member, Plant } from '../model/entities';
import { ScenarioCancelled, ScenarioInputError } from './errors';
import { memberLoad, type MemberLoad } from './loads';
import { plantProduction, weatherCache } from './production';
import { configurationPoints } from './points';
import { synthesiseEvCharging } from '../load/evCharging';
import { configurationEconomics } from './economics';
import { SCENARIO_DEFAULTS } from './defaults';
import type { BatteryOutcome, ConfigurationOutcome, MemberOutcome, PlantOutcome, ScenarioHooks, ScenarioInput, ScenarioResult } from './types';

const toArray = (a: ArrayLike<number>) => Array.from(a);

function monthlySums(values: Float64Array, month: Uint8Array): number[] {
  const out = new Array<number>(12).fill(0);
  for (let i = 0; i < values.length; i++) out[month[i]!]! += values[i]!;
  return out;
}

/** Lists everything that prevents a run, all at once. */
export function missingInputs(input: ScenarioInput): string[] {
  const missing: string[] = [];
  if (input.configurations.length === 0) missing.push('no configuration: add one and assign members and plants to it');
  const assigned = (x: { configurationId: number | null }) => x.configurationId !== null;
  if (!input.members.some(assigned)) missing.push('no member is assigned to a configuration');
  if (!input.plants.some(assigned)) missing.push('no plant is assigned to a configuration');
  return missing;
}

export async function runScenario(input: ScenarioInput, hooks: ScenarioHooks = {}): Promise<ScenarioResult> {
  const missing = missingInputs(input);
  if (missing.length) throw new ScenarioInputError(missing);
  const year = input.community.referenceYear;
  const base = referenceYearBase(year, input.stepMinutes);
  const calendar = civilCalendarFor(base);
  const warnings: ScenarioResult['warnings'] = [];
  const warn = (it: string, en: string) => warnings.push({ it, en });
  // Stated, not silent: the host may pass its own; every use below is reported.
  const defaults = input.defaults ?? SCENARIO_DEFAULTS;

  const members = input.members.filter((m) => m.configurationId !== null);
  const plants = input.plants.filter((p) => p.configurationId !== null);
  const units = plants.length + members.length + input.configurations.length;
  let done = 0;
  const step = async (label: string) => {
    done++;
    hooks.onProgress?.(done / units, label);
    if (hooks.yieldControl) await hooks.yieldControl();
    if (hooks.signal?.aborted) throw new ScenarioCancelled();
  };

  const weatherAt = weatherCache({ referenceYear: year, weather: input.weather });
  const production = new Map<number, Float64Array>();
  for (const p of plants) {
    production.set(p.id, plantProduction(p, { base, referenceYear: year, weather: input.weather, members: input.members, productionSeries: input.productionSeries, windHubHeightM: defaults.windHubHeightM, warn }, weatherAt));
    await step(p.name);
  }
  const loads = new Map<number, MemberLoad>();
  const evCharging = new Map<number, Float64Array>();
  const placedByDefault: string[] = [];
  for (const m of members) {
    const load = memberLoad(m, base, calendar, input.loadCurves, input.bills, defaults.memberSite.value);
    if (load.siteAssumed) placedByDefault.push(m.name);
    loads.set(m.id, load);
    if (m.ev && m.ev.annualKWh > 0) evCharging.set(m.id, synthesiseEvCharging(m.ev.annualKWh, m.ev.pattern, base, calendar));
    await step(m.name);
  }
  if (placedByDefault.length) {
    const { value, source } = defaults.memberSite;
    const names = placedByDefault.slice(0, 5).join(', ') + (placedByDefault.length > 5 ? ', …' : '');
    warn(
      `Membri con profilo di illuminazione e senza coordinate (${placedByDefault.length}: ${names}): alba e tramonto calcolati a ${value.lat}°N ${value.lon}°E (${source})`,
      `Members with a lighting shape and no coordinates (${placedByDefault.length}: ${names}): sunrise and sunset taken at ${value.lat}°N ${value.lon}°E (${source})`,
    );
  }

  const configurations: ConfigurationOutcome[] = [];
  const plantOutcomes: PlantOutcome[] = [];
  const memberOutcomes: MemberOutcome[] = [];
  for (const c of input.configurations) {
    const points = configurationPoints(c, members, plants, (id) => loads.get(id)!.kWh, (id) => production.get(id)!, (id) => evCharging.get(id));
    if (points.length === 0) {
      await step(c.name);
      continue;
    }
    const r: BalanceResult = computeBalance({ base, points, calendar: { month: monthIndex(calendar.month), hourOfDay: calendar.hour } });
    const outcome = configurationOutcome(c, r, members, plants);
    const batteries = batteryOutcomes(r, members);
    if (r.configuration.evKWh > 0) outcome.evKWh = r.configuration.evKWh;
    if (batteries.length) {
      outcome.batteries = batteries;
      outcome.storageSharedKWh = r.configuration.storageSharedKWh;
    }
    const money = input.economics
      ? configurationEconomics(
          input.community,
          r,
          plants.filter((p) => p.configurationId === c.id),
          members.filter((m) => m.configurationId === c.id),
          input.economics,
          input.hourlyZonalPrices,
          (plantId) => input.plantMunicipalityPopulation?.get(plantId) ?? null,
          defaults,
        )
      : null;
    if (money) outcome.economics = money.configuration;
    configurations.push(outcome);
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
      });
    }
    for (const mr of r.members) {
      const member = members.find((m) => m.id === mr.memberId)!;
      memberOutcomes.push({
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
        ...(mr.evKWh > 0 ? { evKWh: mr.evKWh } : {}),
        ...((b) => (b ? { battery: b } : {}))(batteries.find((b) => b.memberId === mr.memberId)),
        ...(money ? (({ memberId: _, ...rest }) => rest)(money.members.find((x) => x.memberId === mr.memberId)!) : {}),
      });
    }
    await step(c.name);
  }
  return {
    referenceYear: year,
    stepMinutes: input.stepMinutes,
    weatherSource: input.weather?.source ?? 'clima tipico incorporato / embedded typical climate',
    configurations,
    plants: plantOutcomes,
    members: memberOutcomes,
    unassigned: {
      memberIds: input.members.filter((m) => m.configurationId === null).map((m) => m.id),
      plantIds: input.plants.filter((p) => p.configurationId === null).map((p) => p.id),
    },
    warnings,
  };
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

