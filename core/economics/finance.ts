/**
 * Discounted-cash-flow measures on yearly flows: flows[t] is the net cash flow at the end
 * of year t, flows[0] at time 0 (usually the investment, negative). Rates are per year
 * (0.05 = 5%/yr). Pure numbers; callers round what they show.
 */

/** Net present value Σ_t CF_t / (1 + r)^t [€]. */
export function npv(rate: number, flows: readonly number[]): number {
  if (!(rate > -1)) throw new Error(`Discount rate must be > −100%, got ${rate}`);
  let sum = 0;
  let df = 1;
  for (let t = 0; t < flows.length; t++) {
    sum += flows[t]! * df;
    df /= 1 + rate;
  }
  return sum;
}

/** d NPV / d r [€ per unit rate]. */
function npvDerivative(rate: number, flows: readonly number[]): number {
  let sum = 0;
  for (let t = 1; t < flows.length; t++) sum -= (t * flows[t]!) / Math.pow(1 + rate, t + 1);
  return sum;
}

/** Rates scanned for sign changes of NPV: −99% … 10,000%/yr, denser near 0. */
function scanGrid(): number[] {
  const g: number[] = [];
  for (let r = -0.99; r < -0.5; r += 0.05) g.push(r);
  for (let r = -0.5; r < 1; r += 0.01) g.push(r);
  for (let r = 1; r <= 100; r *= 1.1) g.push(r);
  return g;
}
const GRID = scanGrid();

/** Root of NPV in [lo, hi] where NPV changes sign: Newton steps kept inside a shrinking bracket, else bisection. */
function solveBracket(flows: readonly number[], lo: number, hi: number): number {
  let fLo = npv(lo, flows);
  let x = (lo + hi) / 2;
  for (let k = 0; k < 200; k++) {
    const fx = npv(x, flows);
    if (Math.abs(fx) < 1e-10 * (1 + Math.abs(flows[0] ?? 0)) || hi - lo < 1e-14) return x;
    if (Math.sign(fx) === Math.sign(fLo)) {
      lo = x;
      fLo = fx;
    } else {
      hi = x;
    }
    const d = npvDerivative(x, flows);
    const newton = d !== 0 ? x - fx / d : Number.NaN;
    x = newton > lo && newton < hi ? newton : (lo + hi) / 2;
  }
  return x;
}

/**
 * Internal rate of return [1/yr]: the rate where NPV = 0. Robust: scans −99%…10,000% for
 * sign changes of NPV, then solves each bracket by safeguarded Newton / bisection. Returns
 * null when NPV never changes sign (e.g. all flows of one sign). With several roots
 * (non-conventional flows) returns the one closest to 0.
 */
export function irr(flows: readonly number[]): number | null {
  const roots = irrRoots(flows);
  if (roots.length === 0) return null;
  return roots.reduce((best, r) => (Math.abs(r) < Math.abs(best) ? r : best));
}

/** All IRRs found in −99%…10,000%/yr (see {@link irr}). */
export function irrRoots(flows: readonly number[]): number[] {
  const roots: number[] = [];
  let prevR = GRID[0]!;
  let prevF = npv(prevR, flows);
  if (prevF === 0) roots.push(prevR);
  for (let i = 1; i < GRID.length; i++) {
    const r = GRID[i]!;
    const f = npv(r, flows);
    if (f === 0) roots.push(r);
    else if (prevF !== 0 && Math.sign(f) !== Math.sign(prevF)) roots.push(solveBracket(flows, prevR, r));
    prevR = r;
    prevF = f;
  }
  return roots;
}

/**
 * Years until the cumulative flow first turns ≥ 0, interpolating linearly within the year
 * [yr]; null when it never does within the horizon.
 */
export function simplePaybackYears(flows: readonly number[]): number | null {
  return paybackOf(flows);
}

/** As {@link simplePaybackYears} on flows discounted at `rate` [yr]. */
export function discountedPaybackYears(rate: number, flows: readonly number[]): number | null {
  return paybackOf(flows.map((f, t) => f / Math.pow(1 + rate, t)));
}

function paybackOf(flows: readonly number[]): number | null {
  if (flows.length === 0) return null;
  let cum = flows[0]!;
  if (cum >= 0) return 0;
  for (let t = 1; t < flows.length; t++) {
    const next = cum + flows[t]!;
    if (next >= 0) return t - 1 + -cum / flows[t]!;
    cum = next;
  }
  return null;
}

/**
 * Levelised cost of energy [€/kWh] = Σ_t C_t/(1+r)^t ÷ Σ_t E_t/(1+r)^t, with C_t the costs
 * (investment net of grants in year 0, then O&M etc.) [€] and E_t the energy [kWh].
 */
export function lcoeEurPerKWh(rate: number, costsEur: readonly number[], energyKWh: readonly number[]): number {
  if (costsEur.length !== energyKWh.length) throw new Error('LCOE: costs and energy must have the same years');
  const e = npv(rate, energyKWh);
  if (!(e > 0)) throw new Error('LCOE: discounted energy must be > 0 kWh');
  return npv(rate, costsEur) / e;
}
