/**
 * Fast evaluation of many variants of one project, for the advisor's sweeps.
 *
 * What does not change between variants — the time base and calendar, the weather, each
 * plant's production per its size, each member's load and EV charging — is computed once by
 * `prepareScenario`. `evaluateVariant` then runs only what a variant changes: metering, the
 * energy balance of each configuration (P50 and P90), the money and the outcomes, through
 * the very code `runScenario` uses (run.ts, evaluateConfigurations). Its result is the
 * result `runScenario` gives for `variantInput(input, variant)`, to the cent and to the kWh
 * (tests/core/scenario/sweep.test.ts checks it).
 *
 * Usage (one prepared scenario per worker thread; a piscina pool can share out the variants):
 *
 *   const prepared = await prepareScenario(input);          // once: ~PV + loads of a run
 *   for (const v of variants) {
 *     const r = await evaluateVariant(prepared, v);         // each: balance + money only
 *     … r.configurations[0].economics.npvEur …
 *   }
 *
 * A variant may scale plants (size and production together: the PV and wind models are
 * linear in the rated power, and an imported series is taken as scaling with it) and choose
 * which of the assigned members take part. Members and plants left out are as if not
 * assigned to any configuration. Pure: no I/O, no clocks.
 */
import { evaluateConfigurations, missingInputs, prepareSeries, type PreparedSeries } from './run';
import { ScenarioInputError } from './errors';
import type { ScenarioInput, ScenarioResult } from './types';

export interface PreparedScenario {
  readonly input: ScenarioInput;
  readonly series: PreparedSeries;
}

export interface ScenarioVariant {
  /**
   * Size multiplier per plant id [-] (> 0): kWp × factor and production × factor. Plants not
   * listed keep their size.
   */
  plantScale?: ReadonlyMap<number, number>;
  /** Assigned members that take part; absent: all of them. The others count as unassigned. */
  memberIds?: ReadonlySet<number>;
}

/** Computes the series every variant shares (as long as one run of `runScenario` before its configurations). */
export async function prepareScenario(input: ScenarioInput): Promise<PreparedScenario> {
  const missing = missingInputs(input);
  if (missing.length) throw new ScenarioInputError(missing);
  return { input, series: await prepareSeries(input) };
}

/**
 * The input `runScenario` would need to give the result of `evaluateVariant(prepared, v)`:
 * plants' kWp (and imported production series) scaled, members outside `memberIds` unassigned.
 */
export function variantInput(input: ScenarioInput, v: ScenarioVariant): ScenarioInput {
  const scale = (id: number) => v.plantScale?.get(id) ?? 1;
  let productionSeries = input.productionSeries;
  if (v.plantScale && input.productionSeries) {
    productionSeries = new Map([...input.productionSeries].map(([id, s]) => [id, scale(id) === 1 ? s : s.map((x) => x * scale(id))]));
  }
  return {
    ...input,
    members: v.memberIds ? input.members.map((m) => (m.configurationId === null || v.memberIds!.has(m.id) ? m : { ...m, configurationId: null })) : input.members,
    plants: v.plantScale ? input.plants.map((p) => (scale(p.id) === 1 ? p : { ...p, kWp: p.kWp * scale(p.id) })) : input.plants,
    ...(productionSeries ? { productionSeries } : {}),
  };
}

/** Result of one variant: balance, money and outcomes of every configuration. */
export async function evaluateVariant(prepared: PreparedScenario, v: ScenarioVariant = {}): Promise<ScenarioResult> {
  for (const [id, f] of v.plantScale ?? []) {
    if (!(f > 0 && f < Infinity)) throw new RangeError(`plant ${id}: scale ${f} is not a positive number`);
  }
  const input = variantInput(prepared.input, v);
  const missing = missingInputs(input);
  if (missing.length) throw new ScenarioInputError(missing);
  const s = prepared.series;
  let production = s.production;
  if (v.plantScale && v.plantScale.size > 0) {
    const scaled = new Map(production);
    for (const [id, f] of v.plantScale) {
      const p = production.get(id);
      if (p && f !== 1) scaled.set(id, p.map((x) => x * f));
    }
    production = scaled;
  }
  return evaluateConfigurations(input, { ...s, production });
}
