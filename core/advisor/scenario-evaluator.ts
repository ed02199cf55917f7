/**
 * The evaluator on the current engine: each variant is one `runScenario` on the project's
 * inputs, restricted to the configurations in scope. What does not change between variants
 * is computed once: each plant's production per kWp (PV output is linear in kWp: the module
 * and inverter models work per kWp), passed as the run's production series.
 *
 * This is the one place to swap in a faster repeated-evaluation entry point of the engine.
 */
import { missingInputs, runScenario } from '../scenario/run';
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

/** The input of one variant (pure; exported for tests and for the worker). */
export function variantInput(input: ScenarioInput, perKWp: Map<number, Float64Array>, scope: EvaluatorScope, v: Variant): ScenarioInput {
  const inScope = new Set(scope.configurationIds);
  const kWpOf = (id: number, kWp: number) => v.kWp?.[id] ?? kWp;
  const plants = input.plants
    .filter((p) => p.configurationId !== null && inScope.has(p.configurationId) && kWpOf(p.id, p.kWp) > 0)
    .map((p) => ({ ...p, kWp: kWpOf(p.id, p.kWp) }));
  const productionSeries = new Map<number, Float64Array>();
  for (const p of plants) {
    const unit = perKWp.get(p.id);
    if (unit) productionSeries.set(p.id, unit.map((x) => x * p.kWp));
  }
  const nextId = Math.max(0, ...input.members.map((m) => m.id)) + 1;
  // A candidate is recruited for the configuration: taken as under its primary substation
  // [RO §1.1.4 p.6] (the service leaves out registry rows naming another substation).
  const codeOf = new Map(input.configurations.map((c) => [c.id, c.substationCode.trim() || null]));
  const added: ScenarioInput['members'] = (v.addMembers ?? []).map(({ candidate, configurationId }, i) => {
    const { key: _key, ...rest } = candidate;
    return { ...rest, id: nextId + i, configurationId, locatedAreaCode: codeOf.get(configurationId) ?? null } satisfies Member;
  });
  return applyStorage(v, {
    ...input,
    configurations: input.configurations.filter((c) => inScope.has(c.id)),
    members: [...input.members.filter((m) => m.configurationId !== null && inScope.has(m.configurationId)), ...added],
    plants,
    productionSeries,
  });
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
    if (p.existing) continue;
    total += inv.costEurByPlant?.[p.id] ?? p.kWp * (inv.costEurPerKWp ?? costCapEurPerKw(p.kWp, caps) ?? above);
  }
  return { ownCostEur: total };
}

/** The evaluator over `input` (the project's scenario input) within `scope`. */
export function scenarioEvaluator(input: ScenarioInput, scope: EvaluatorScope, perKWp = productionPerKWp(input)): Evaluate {
  return async (v) => {
    const run = variantInput(input, perKWp, scope, v);
    if (missingInputs(run).length) return NOTHING;
    return metricsOf(await runScenario(run), run, withStorageCost(scope.investment, v, run));
  };
}
