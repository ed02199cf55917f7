/**
 * A prosumer's point as the balance must see it, from what was metered. The balance nets a
 * point's load against its plants interval by interval (self = min(production, load)); a
 * distributor's download for a prosumer's POD is already net of that self-consumption, so
 * feeding it as load would subtract self-consumption twice. This turns each combination of
 * series into a load and plant productions whose netting gives back the metered flows:
 *
 * - gross consumption (submeter, bills, estimate) + modelled production: unchanged, the
 *   balance nets them;
 * - metered withdrawal W + modelled production P: an interval with withdrawal had its
 *   production all self-consumed, so load = W + P there (the balance then withdraws W and
 *   injects nothing); an interval without withdrawal keeps load = 0, so the whole P is
 *   injected — an upper bound, since the consumption covered by P there was not metered;
 * - metered withdrawal + metered injection I: used exactly as metered; the plants move to a
 *   point of their own (same member) producing I, split by plant power, because one point
 *   would net a quarter hour holding both W and I. No production model is needed; the
 *   self-consumption behind the meter is not metered and counts as zero;
 * - gross consumption G + metered injection I: an interval with injection had its load all
 *   covered (production = I + G, no withdrawal); one without had production
 *   min(G, P) all self-consumed (P the model, zero without one).
 * All series [kWh per interval] on the run's base.
 */

export interface MeteredSeries {
  /** Metered net withdrawal of the member's PODs [kWh per interval]. */
  withdrawal?: Float64Array;
  /** Metered injection of the member's PODs [kWh per interval]. */
  injection?: Float64Array;
}

export interface BehindMeterPlant {
  plantId: number;
  /** Plant power [kW], for splitting a metered injection. */
  kW: number;
  /** Modelled (or imported) production [kWh per interval]. */
  production: Float64Array;
}

export interface MeteredPoint {
  /** Load of the member's point [kWh per interval]. */
  load: Float64Array;
  /** Production of each plant as the balance takes it [kWh per interval]. */
  production: Map<number, Float64Array>;
  /** Plants that inject through a point of their own (metered withdrawal + injection). */
  ownPoint: Set<number>;
  /** Which rule applied, for the run's notes. */
  rule: 'gross' | 'withdrawal-model' | 'withdrawal-injection' | 'gross-injection' | 'injection-unused';
}

const total = (plants: readonly BehindMeterPlant[], n: number): Float64Array => {
  const p = new Float64Array(n);
  for (const pl of plants) for (let i = 0; i < n; i++) p[i]! += pl.production[i]!;
  return p;
};

/** Splits `series` over plants pro rata to their power (equal shares when all are 0 kW). */
function splitByPower(series: Float64Array, plants: readonly BehindMeterPlant[]): Map<number, Float64Array> {
  const kw = plants.reduce((s, p) => s + Math.max(0, p.kW), 0);
  const out = new Map<number, Float64Array>();
  for (const p of plants) {
    const share = kw > 0 ? Math.max(0, p.kW) / kw : 1 / plants.length;
    out.set(p.plantId, series.map((x) => x * share));
  }
  return out;
}

/** Splits `target` per interval pro rata to the plants' modelled production (power when it is 0). */
function splitByModel(target: Float64Array, plants: readonly BehindMeterPlant[], model: Float64Array): Map<number, Float64Array> {
  const byPower = splitByPower(target, plants);
  const out = new Map<number, Float64Array>();
  for (const p of plants) {
    const own = new Float64Array(target.length);
    const fallback = byPower.get(p.plantId)!;
    for (let i = 0; i < target.length; i++) own[i] = model[i]! > 0 ? (target[i]! * p.production[i]!) / model[i]! : fallback[i]!;
    out.set(p.plantId, own);
  }
  return out;
}

/**
 * @param gross consumption known gross [kWh per interval] (a consumption curve, bills or the
 *   annual estimate), or null when the member's consumption side is all metered withdrawal
 * @param metered the member's metered withdrawal and injection, when imported
 * @param plants the plants behind the member's meter with their modelled production
 */
export function meteredPoint(gross: Float64Array | null, metered: MeteredSeries, plants: readonly BehindMeterPlant[], n: number): MeteredPoint {
  const model = total(plants, n);
  const untouched = new Map(plants.map((p) => [p.plantId, p.production]));
  const { withdrawal: w, injection: inj } = metered;
  if (inj && plants.length === 0) {
    // A metered injection with no plant to give it to: the load stays as it is.
    return { load: sumOf(gross, w, n), production: untouched, ownPoint: new Set(), rule: 'injection-unused' };
  }
  if (inj && (w || !gross)) {
    return { load: w ? Float64Array.from(w) : new Float64Array(n), production: splitByPower(inj, plants), ownPoint: new Set(plants.map((p) => p.plantId)), rule: 'withdrawal-injection' };
  }
  if (inj && gross) {
    const prod = new Float64Array(n);
    for (let i = 0; i < n; i++) prod[i] = inj[i]! > 0 ? inj[i]! + gross[i]! : Math.min(gross[i]!, model[i]!);
    return { load: Float64Array.from(gross), production: splitByModel(prod, plants, model), ownPoint: new Set(), rule: 'gross-injection' };
  }
  if (w) {
    const load = new Float64Array(n);
    for (let i = 0; i < n; i++) load[i] = (gross ? gross[i]! : 0) + w[i]! + (w[i]! > 0 ? model[i]! : 0);
    return { load, production: untouched, ownPoint: new Set(), rule: plants.length ? 'withdrawal-model' : 'gross' };
  }
  return { load: gross ? gross : new Float64Array(n), production: untouched, ownPoint: new Set(), rule: 'gross' };
}

function sumOf(a: Float64Array | null, b: Float64Array | undefined, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (a ? a[i]! : 0) + (b ? b[i]! : 0);
  return out;
}
