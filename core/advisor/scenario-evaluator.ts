/**
 * The advisor's evaluator on the sweep entry point of the engine (core/scenario/sweep.ts):
 * the project, restricted to the configurations in scope, is prepared once (weather, each
 * plant's production, each member's load and EV) and each variant is evaluated on it — a plant
 * resized (production scaled with kWp: the PV, wind and imported series are linear in it; 0:
 * not built), candidates added (each candidate's load computed once, at its first variant).
 * An evaluation is the full run of the variant's input (`variantInput`): balance P50 and P90,
 * money and outcomes, to the cent (tests/core/scenario/sweep.test.ts, advisor variants).
 *
 * `toScenarioVariant` is the one place that maps an advisor variant onto the engine's: storage
 * beside a plant is its last step (`finish`, storage-variant.ts), whose new points get their
 * load as added members do.
 */
import { missingInputs } from '../scenario/run';
import { evaluateVariant, prepareScenario, variantInput as sweepInput, type PreparedScenario, type ScenarioVariant } from '../scenario/sweep';
import { plantProduction, weatherCache } from '../scenario/production';
import { SCENARIO_DEFAULTS } from '../scenario/defaults';
import { referenceYearBase } from '../model/calendar/referenceYearBase';
import { irr, simplePaybackYears, npv } from '../economics/finance';
import { costCapEurPerKw } from '../economics/pnrrGrant';
import type { ScenarioInput, ScenarioResult } from '../scenario/types';
import type { Member } from '../model/entities';
import { applyInvestment, type InvestmentInputs } from './investment';
import { applyStorage, withStorageCost } from './storage-variant';
import { NOTHING, type Evaluate, type Metrics, type Variant } from './types';

export interface EvaluatorScope {
  /** Configurations whose figures count (others are left out of the runs). */
  configurationIds: number[];
  investment?: InvestmentInputs;
}

/** Production of every assigned plant per kWp on the run's base [kWh per step per kWp]. */
export function productionPerKWp(input: ScenarioInput): Map<number, Float64Array> {
  const base = referenceYearBase(input.community.referenceYear, input.stepMinutes);
  const weatherAt = weatherCache({ referenceYear: input.community.referenceYear, ...(input.weather ? { weather: input.weather } : {}) });
  const ctx = {
    base,
    referenceYear: input.community.referenceYear,
    ...(input.weather ? { weather: input.weather } : {}),
    members: input.members,
    ...(input.productionSeries ? { productionSeries: input.productionSeries } : {}),
    windHubHeightM: (input.defaults ?? SCENARIO_DEFAULTS).windHubHeightM,
    warn: () => {},
  };
  const out = new Map<number, Float64Array>();
  for (const p of input.plants) {
    if (p.configurationId === null || !(p.kWp > 0)) continue;
    const kWh = plantProduction(p, ctx, weatherAt);
    out.set(p.id, kWh.map((x) => x / p.kWp));
  }
  return out;
}

/** The project as the evaluator prepares it: the configurations in scope, their assigned members and plants. */
export function scopedInput(input: ScenarioInput, scope: EvaluatorScope): ScenarioInput {
  const inScope = new Set(scope.configurationIds);
  const assignedInScope = (x: { configurationId: number | null }) => x.configurationId !== null && inScope.has(x.configurationId);
  return {
    ...input,
    configurations: input.configurations.filter((c) => inScope.has(c.id)),
    members: input.members.filter(assignedInScope),
    plants: input.plants.filter(assignedInScope),
  };
}

/** The engine's variant of an advisor variant on the scoped project (pure; exported for tests). */
export function toScenarioVariant(scoped: ScenarioInput, v: Variant): ScenarioVariant {
  const nextId = Math.max(0, ...scoped.members.map((m) => m.id)) + 1;
  // A candidate is recruited for the configuration: taken as under its primary substation
  // [RO §1.1.4 p.6] (the service leaves out registry rows naming another substation).
  const codeOf = new Map(scoped.configurations.map((c) => [c.id, c.substationCode.trim() || null]));
  const addMembers = (v.addMembers ?? []).map(({ candidate, configurationId }, i): Member => {
    const { key: _key, ...rest } = candidate;
    return { ...rest, id: nextId + i, configurationId, locatedAreaCode: codeOf.get(configurationId) ?? null };
  });
  const storage = Object.values(v.storageKWh ?? {}).some((kWh) => kWh > 0);
  return {
    ...(v.kWp ? { plantKWp: new Map(Object.entries(v.kWp).map(([id, kWp]) => [Number(id), kWp])) } : {}),
    ...(addMembers.length ? { addMembers } : {}),
    // Storage beside the swept plant: a battery at its owner's point or a point of its own (storage-variant.ts).
    ...(storage ? { finish: (run: ScenarioInput) => applyStorage(v, run) } : {}),
  };
}

/** The run's input of one variant: what `runScenario` would take to give its evaluation (pure). */
export function variantInput(prepared: PreparedScenario, v: Variant): ScenarioInput {
  return sweepInput(prepared, toScenarioVariant(prepared.input, v));
}

/** Metrics of a run summed over its configurations (IRR and payback on the summed flows). */
export function metricsOf(result: ScenarioResult, input: ScenarioInput, investment?: InvestmentInputs): Metrics {
  const cs = result.configurations;
  const sum = (f: (c: (typeof cs)[number]) => number) => cs.reduce((s, c) => s + f(c), 0);
  const years = Math.max(0, ...cs.map((c) => c.economics?.cashFlows.length ?? 0));
  let flows = Array.from({ length: years }, (_, t) => sum((c) => c.economics?.cashFlows[t]?.netEur ?? 0));
  const consumptionKWh = sum((c) => c.consumptionKWh);
  const capexEur = sum((c) => c.economics?.capexEur ?? 0);
  const grantEur = sum((c) => c.economics?.grantEur ?? 0);
  const rate = input.economics?.finance.discountRatePerYear.value ?? 0;
  let npvEur = sum((c) => c.economics?.npvEur ?? 0);
  let netInvestmentEur = capexEur - grantEur;
  if (investment && flows.length) {
    const o = applyInvestment(flows, { capexEur, grantEur, ...ownCost(input, investment), discountRate: rate }, investment);
    flows = o.flows;
    npvEur = o.npvEur;
    netInvestmentEur = o.grossCostEur - grantEur;
  } else if (cs.length > 1 && flows.length) {
    npvEur = npv(rate, flows);
  }
  return {
    sharedKWh: sum((c) => c.sharedKWh),
    consumptionKWh,
    productionKWh: sum((c) => c.productionKWh),
    injectedKWh: sum((c) => c.injectedKWh),
    selfSufficiency: consumptionKWh > 0 ? sum((c) => c.sharedKWh) / consumptionKWh : 0,
    incentiveEur: sum((c) => c.economics?.incentiveEur ?? 0),
    npvEur,
    irr: flows.length ? irr(flows) : null,
    paybackYears: flows.length ? simplePaybackYears(flows) : null,
    avoidedTCO2: sum((c) => c.economics?.avoidedTCO2 ?? 0),
    membersBenefitEur: result.members.reduce((s, m) => s + (m.savingsEur ?? 0) + (m.incentiveShareEur ?? 0), 0),
    netInvestmentEur,
    restrictedPotEur: sum((c) => c.economics?.restrictedPotEur ?? 0),
  };
}

/**
 * The promoters' cost of the run's new plants: a plant's quote, else their €/kWp, else the
 * PNRR cost cap of its class as the run takes it [RO App. E p.158]; absent when neither is given.
 */
function ownCost(input: ScenarioInput, inv: InvestmentInputs): { ownCostEur?: number } {
  if (inv.costEurPerKWp === undefined && !inv.costEurByPlant) return {};
  const caps = input.economics?.pnrr.rules.costCaps ?? [];
  const above = (input.defaults ?? SCENARIO_DEFAULTS).capexAboveCapsEurPerKw.value;
  let total = 0;
  for (const p of input.plants) {
    if (p.existing || p.configurationId === null) continue; // not built in this variant
    total += inv.costEurByPlant?.[p.id] ?? p.kWp * (inv.costEurPerKWp ?? costCapEurPerKw(p.kWp, caps) ?? above);
  }
  return { ownCostEur: total };
}

/**
 * The evaluator over `input` (the project's scenario input) within `scope`: the project is
 * prepared at the first evaluation, then each variant costs a balance and the money only.
 */
export function scenarioEvaluator(input: ScenarioInput, scope: EvaluatorScope): Evaluate {
  let prepared: Promise<PreparedScenario> | null = null;
  return async (v) => {
    prepared ??= prepareScenario(scopedInput(input, scope));
    const p = await prepared;
    const sv = toScenarioVariant(p.input, v);
    const run = sweepInput(p, sv);
    if (missingInputs(run).length) return NOTHING;
    return metricsOf(await evaluateVariant(p, sv), run, withStorageCost(scope.investment, v, run));
  };
}
