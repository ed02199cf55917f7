/**
 * Fast evaluation of many variants of one project: the advisor's sweeps (sizing, roofs, member
 * mix; core/advisor/scenario-evaluator.ts) and `npm run bench` (bench/sweep-*.ts).
 *
 * What does not change between variants — the time base and calendar, the weather, each
 * plant's production at a reference size, each member's load and EV charging — is computed
 * once by `prepareScenario`; an added member's load (an advisor's candidate) is computed the
 * first time a variant brings it and kept. `evaluateVariant` then runs only what a variant
 * changes: metering, the energy balance of each configuration (P50 and P90), the money and
 * the outcomes, through the very code `runScenario` uses (run.ts, evaluateConfigurations). Its
 * result is the result `runScenario` gives for `variantInput(prepared, variant)`, to the cent
 * and to the kWh (tests/core/scenario/sweep.test.ts checks it, advisor variants included).
 *
 * Usage (one prepared scenario per worker thread; a piscina pool shares out the variants):
 *
 *   const prepared = await prepareScenario(input);          // once: ~PV + loads of a run
 *   for (const v of variants) {
 *     const r = await evaluateVariant(prepared, v);         // each: balance + money only
 *     … r.configurations[0].economics.npvEur …
 *   }
 *
 * Cost of one evaluation (100 members, 5 plants, hourly, money; `npm run bench -- sweep`,
 * all of this stop's work merged, load ~2): 4.5 ms of CPU in a worker (8.0 at the start of the
 * stop), 3.6 ms of wall time per evaluation on the two workers (their garbage collectors'
 * helper threads take the rest of the cores): 10,000 in 36 s. Of it: the P50 balance ~1.9–2.0
 * ms (its members' pro-rata share pass the largest part), the P90 balance ~0.9 ms
 * (computeBalanceTotals: no member shares but the F-exempt ones' sum, the pure consumers'
 * sums taken from the P50 run, its series in reused space), the money ~0.5–0.7 ms — incentive
 * and sale ~0.13 ms (fast sums over the steps where prices are constant, certified to the cent
 * against the reference sums: monthlyIncentive.ts, energySale.ts), cash flows and tornado
 * ~0.1 ms in integer cents — then garbage collection, points and outcomes.
 *
 * A variant resizes plants (size and production together: the PV and wind models are linear
 * in the rated power, and an imported series is taken as scaling with it; 0 kWp: not built),
 * chooses which assigned members take part, adds members and restricts the configurations.
 * Members, plants and configurations left out are as if not assigned. Pure: no I/O, no clocks.
 */
import { evaluateConfigurations, missingInputs, prepareSeries, type PreparedSeries } from './run';
import { memberLoad, type MemberLoad } from './loads';
import { scaledBy } from './series';
import { synthesiseEvCharging } from '../load/evCharging';
import { ScenarioInputError } from './errors';
import type { Member } from '../model/entities';
import type { ScenarioInput, ScenarioResult } from './types';

export interface PreparedScenario {
  readonly input: ScenarioInput;
  readonly series: PreparedSeries;
  /** Size each plant's prepared production is for [kWp]: its own, or 1 kWp when it has none yet. */
  readonly referenceKWp: ReadonlyMap<number, number>;
  /** Loads of added members, by what their load depends on (see `loadKey`). */
  readonly added: Map<string, { load: MemberLoad; ev: Float64Array | null }>;
}

export interface ScenarioVariant {
  /** Size per plant id [kWp] (≥ 0; 0: not built, as if unassigned). Plants not listed keep theirs. */
  plantKWp?: ReadonlyMap<number, number>;
  /** Assigned members that take part; absent: all of them. The others count as unassigned. */
  memberIds?: ReadonlySet<number>;
  /**
   * Members added to the project, assigned to a configuration, with ids the input does not
   * use (the advisor's candidates). A load is computed once per distinct load (see `loadKey`).
   */
  addMembers?: readonly Member[];
  /** Configurations that take part; absent: all. Members and plants of the others count as unassigned. */
  configurationIds?: ReadonlySet<number>;
  /**
   * A last change to the run's input, after the others (the advisor's storage beside a plant:
   * a member's battery, a point of its own, the plant's cost). Members it adds with unused ids
   * get their load as added members do.
   */
  finish?: (input: ScenarioInput) => ScenarioInput;
}

/** Computes the series every variant shares (as long as one run of `runScenario` before its configurations). */
export async function prepareScenario(input: ScenarioInput): Promise<PreparedScenario> {
  // A plant with no size yet is prepared at 1 kWp, so a variant can size it.
  const referenceKWp = new Map(input.plants.map((p) => [p.id, p.kWp > 0 ? p.kWp : 1]));
  const sized = { ...input, plants: input.plants.map((p) => (p.kWp > 0 ? p : { ...p, kWp: 1 })) };
  return { input, series: await prepareSeries(sized), referenceKWp, added: new Map() };
}

/**
 * The input `runScenario` would need to give the result of `evaluateVariant(prepared, v)`:
 * plants resized (their imported production series scaled), members outside `memberIds` and
 * everything outside `configurationIds` unassigned, added members appended.
 */
export function variantInput(prepared: PreparedScenario, v: ScenarioVariant): ScenarioInput {
  const { input } = prepared;
  const inScope = (configurationId: number | null) => configurationId !== null && (!v.configurationIds || v.configurationIds.has(configurationId));
  const kWpOf = (p: ScenarioInput['plants'][number]) => v.plantKWp?.get(p.id) ?? p.kWp;
  let productionSeries = input.productionSeries;
  if (v.plantKWp && input.productionSeries) {
    productionSeries = new Map(
      [...input.productionSeries].map(([id, s]) => {
        const f = factorOf(prepared, id, v.plantKWp!.get(id));
        return [id, f === 1 ? s : s.map((x) => x * f)];
      }),
    );
  }
  const members = v.memberIds || v.configurationIds ? input.members.map((m) => (m.configurationId === null || (inScope(m.configurationId) && (!v.memberIds || v.memberIds.has(m.id))) ? m : { ...m, configurationId: null })) : input.members;
  const out: ScenarioInput = {
    ...input,
    configurations: v.configurationIds ? input.configurations.filter((c) => v.configurationIds!.has(c.id)) : input.configurations,
    members: v.addMembers?.length ? [...members, ...v.addMembers] : members,
    // A plant of 0 kWp is not built, whether the project or the variant says so.
    plants: input.plants.map((p) => {
      const kWp = kWpOf(p);
      const assigned = p.configurationId !== null && inScope(p.configurationId) && kWp > 0;
      return kWp === p.kWp && (assigned || p.configurationId === null) ? p : { ...p, kWp, configurationId: assigned ? p.configurationId : null };
    }),
    ...(productionSeries ? { productionSeries } : {}),
  };
  return v.finish ? v.finish(out) : out;
}

/** Production multiplier of a plant resized to `kWp` [-] (1 when not resized). */
function factorOf(prepared: PreparedScenario, plantId: number, kWp: number | undefined): number {
  const own = prepared.input.plants.find((p) => p.id === plantId)?.kWp ?? 0;
  // Unchanged size: the prepared series itself (bit for bit what a run computes).
  if (kWp === undefined || (kWp === own && own > 0)) return 1;
  return kWp / (prepared.referenceKWp.get(plantId) ?? 1);
}

/**
 * What an added member's load depends on: its annual kWh, shape and place, its EV, and its id
 * only when the input holds a curve or bills under that id.
 */
function loadKey(input: ScenarioInput, m: Member): string {
  const byId = input.loadCurves?.has(m.id) || input.bills?.has(m.id) ? m.id : null;
  return JSON.stringify([byId, m.annualKWh, m.loadProfile, m.lat, m.lon, m.ev?.annualKWh ?? 0, m.ev?.pattern ?? null]);
}

/** Prepared series plus the loads of the variant's added members (computed once each). */
function seriesWithAdded(prepared: PreparedScenario, added: readonly Member[]): PreparedSeries {
  const s = prepared.series;
  if (added.length === 0) return s;
  const loads = new Map(s.loads);
  const evCharging = new Map(s.evCharging);
  for (const m of added) {
    if (s.loads.has(m.id) || prepared.input.members.some((x) => x.id === m.id)) throw new RangeError(`added member ${m.id}: the id is taken`);
    const key = loadKey(prepared.input, m);
    let a = prepared.added.get(key);
    if (!a) {
      const { input } = prepared;
      a = {
        load: memberLoad(m, s.base, s.calendar, input.loadCurves, input.bills, s.defaults.memberSite.value),
        ev: m.ev && m.ev.annualKWh > 0 ? synthesiseEvCharging(m.ev.annualKWh, m.ev.pattern, s.base, s.calendar) : null,
      };
      prepared.added.set(key, a);
    }
    loads.set(m.id, a.load);
    if (a.ev) evCharging.set(m.id, a.ev);
  }
  return { ...s, loads, evCharging };
}

/** The variant's added members and the members its `finish` step added (ids the project does not use). */
function addedBy(prepared: PreparedScenario, v: ScenarioVariant, input: ScenarioInput): Member[] {
  const own = new Set(prepared.input.members.map((m) => m.id));
  const added = new Set((v.addMembers ?? []).map((m) => m.id));
  return [...(v.addMembers ?? []), ...input.members.filter((m) => !own.has(m.id) && !added.has(m.id))];
}

/** Result of one variant: balance, money and outcomes of every configuration. */
export async function evaluateVariant(prepared: PreparedScenario, v: ScenarioVariant = {}): Promise<ScenarioResult> {
  for (const [id, kWp] of v.plantKWp ?? []) {
    if (!(kWp >= 0 && kWp < Infinity)) throw new RangeError(`plant ${id}: size ${kWp} kWp is not a number ≥ 0`);
  }
  const input = variantInput(prepared, v);
  const missing = missingInputs(input);
  if (missing.length) throw new ScenarioInputError(missing);
  const s = seriesWithAdded(prepared, v.finish ? addedBy(prepared, v, input) : (v.addMembers ?? []));
  let production = s.production;
  if (v.plantKWp && v.plantKWp.size > 0) {
    const scaled = new Map(production);
    for (const [id, kWp] of v.plantKWp) {
      const p = production.get(id);
      const f = factorOf(prepared, id, kWp);
      if (p && f !== 1 && kWp > 0) scaled.set(id, scaledBy(p, f));
    }
    production = scaled;
  }
  return evaluateConfigurations(input, { ...s, production });
}
