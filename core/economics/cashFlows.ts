/**
 * Yearly cash flows of a configuration over N years (default 20, the incentive duration
 * [RO p.33, p.35]) and their DCF measures.
 *
 * Conventions (all documented choices, not rules of GSE):
 * - Year 0: investment net of capital grants (grants assumed received at commissioning).
 * - Year-1 revenues are given for P50 production at today's prices and the chosen zonal-price
 *   scenario (compute them with the hourly models on prices scaled by pzScenarioPrices).
 * - Production in year t = P50 × productionFactor × (1 − degradation)^(t−1); every revenue
 *   scales with production (an approximation for shared energy).
 * - Incentive: nominal, not indexed; paid for `incentiveYears` (20) only [RO p.33].
 * - Valorisation: indexed with inflation (ARERA updates tariffs yearly); continues after the
 *   incentive period (the contract renews tacitly for valorisation only [RO p.33]).
 * - Energy sale and bill savings: indexed with inflation.
 * - O&M, insurance (share of gross CAPEX), management: indexed with inflation.
 * - GSE fees: nominal (fixed by DM 106/2024).
 * - Inverter replacement in `inverterReplacementYear` at today's €/kW, indexed.
 */
import { centsOf, fromCents, type Decimal } from './money';
import { discountedPaybackYears, irr, lcoeEurPerKWh, npv, simplePaybackYears } from './finance';

export interface CashFlowPlant {
  plantId: number;
  /** Power [kW]. */
  powerKw: number;
  /** Gross investment [€]. */
  capexEur: number;
  /** Capital grants received [€]. */
  grantEur: number;
}

/** Year-1 revenues at P50 production, today's prices [€/yr]. */
export interface Year1Revenues {
  incentiveEur: number;
  valorisationEur: number;
  energySaleEur: number;
  billSavingsEur: number;
}

export interface CashFlowInput {
  /** Horizon [yr], default 20. */
  years?: number;
  /** Years the incentive is paid [yr], default 20 [RO p.33]. */
  incentiveYears?: number;
  plants: readonly CashFlowPlant[];
  /** P50 production in year 1 [kWh]. */
  productionKWhYear1: number;
  year1: Year1Revenues;
  /** 1 for P50; e.g. 0.94 for P90 [-]. */
  productionFactor?: number;
  opexEurPerKwYear: number;
  /** Insurance per year as share of gross CAPEX [1/yr]. */
  insuranceShareOfCapexPerYear: number;
  /** Management / platform costs [€/yr]. */
  managementEurPerYear: number;
  /** GSE fees [€/yr] (see gseFees.ts). */
  gseFeesEurPerYear: number;
  /** Year of inverter replacement, default 12; 0 or beyond the horizon for none. */
  inverterReplacementYear?: number;
  inverterReplacementEurPerKw: number;
  degradationPerYear: number;
  inflationPerYear: number;
  discountRatePerYear: number;
}

export interface CashFlowRow {
  year: number;
  productionKWh: number;
  incentiveEur: Decimal;
  valorisationEur: Decimal;
  energySaleEur: Decimal;
  billSavingsEur: Decimal;
  /** Costs are negative amounts. */
  opexEur: Decimal;
  insuranceEur: Decimal;
  managementEur: Decimal;
  gseFeesEur: Decimal;
  inverterEur: Decimal;
  /** −(CAPEX − grants) in year 0, else 0. */
  investmentEur: Decimal;
  netEur: Decimal;
}

export interface CashFlowResult {
  rows: CashFlowRow[];
  npvEur: Decimal;
  /** [1/yr], null when the flows never change sign. */
  irr: number | null;
  simplePaybackYears: number | null;
  discountedPaybackYears: number | null;
  /** Cost per kWh produced, costs net of grants [€/kWh]. */
  lcoeEurPerKWh: number;
}

/**
 * The money lines of every year in integer cents [c€], each rounded to the cent as a person
 * reads it: the one formula of the cash flows. {@link configurationCashFlows} turns them into
 * decimal rows; the sweeps, scenarios and tornado read the net flows only
 * ({@link cashFlowNpv}). Integer cents add exactly in doubles, so both give the same figures.
 */
export interface CashFlowCents {
  /** Per year 0…N: incentive, valorisation, sale, savings, opex, insurance, management, fees, inverter, investment, net [c€]. */
  lines: Float64Array[];
  /** Production of years 0…N [kWh]. */
  productionKWh: number[];
  /** Investment net of grants, not rounded [€]. */
  netInvestmentEur: number;
}

const LINES = 11;
const NET = 10;

export function cashFlowCents(input: CashFlowInput): CashFlowCents {
  const c = centsByYear(input);
  const lines: Float64Array[] = [];
  for (let t = 0; t < c.production.length; t++) lines.push(c.all.subarray(t * LINES, (t + 1) * LINES));
  return { lines, productionKWh: c.production, netInvestmentEur: c.netInvestmentEur };
}

/**
 * The lines of every year in one buffer, year t at [t × LINES, (t + 1) × LINES) [c€], with the
 * production of each year [kWh]: the formula of {@link cashFlowCents}, whose rows are views
 * of it. The NPVs of the scenarios and the tornado (nineteen cash flows a run) read the net
 * line straight from the buffer.
 */
function centsByYear(input: CashFlowInput, scratch = false): { all: Float64Array; production: number[]; netInvestmentEur: number } {
  const years = input.years ?? 20;
  const incentiveYears = input.incentiveYears ?? 20;
  const factor = input.productionFactor ?? 1;
  const invYear = input.inverterReplacementYear ?? 12;
  if (!Number.isInteger(years) || years < 1) throw new Error(`Horizon must be a whole number of years ≥ 1, got ${years}`);
  if (!(input.productionKWhYear1 >= 0)) throw new Error('Year-1 production must be ≥ 0 kWh');
  let capex = 0;
  let grants = 0;
  let powerKw = 0;
  for (const p of input.plants) {
    capex += p.capexEur;
    grants += p.grantEur;
    powerKw += p.powerKw;
  }
  for (const p of input.plants) {
    if (p.grantEur > p.capexEur) throw new Error(`Plant ${p.plantId}: grant exceeds investment`);
  }
  const production = [0];
  const all = scratch ? scratchLines((years + 1) * LINES) : new Float64Array((years + 1) * LINES);
  const degradation = powers(1 - input.degradationPerYear, years);
  const inflation = powers(1 + input.inflationPerYear, years);
  // A line every year alike, rounded once.
  const feesCents = centsOf(-input.gseFeesEurPerYear);
  all[9] = all[NET] = centsOf(-(capex - grants));
  for (let t = 1; t <= years; t++) {
    const prodRatio = factor * degradation[t - 1]!;
    const infl = inflation[t - 1]!;
    const o = t * LINES;
    const incentive = (all[o] = centsOf(t <= incentiveYears ? input.year1.incentiveEur * prodRatio : 0));
    const valorisation = (all[o + 1] = centsOf(input.year1.valorisationEur * prodRatio * infl));
    const sale = (all[o + 2] = centsOf(input.year1.energySaleEur * prodRatio * infl));
    const savings = (all[o + 3] = centsOf(input.year1.billSavingsEur * prodRatio * infl));
    const opex = (all[o + 4] = centsOf(-input.opexEurPerKwYear * powerKw * infl));
    const insurance = (all[o + 5] = centsOf(-input.insuranceShareOfCapexPerYear * capex * infl));
    const management = (all[o + 6] = centsOf(-input.managementEurPerYear * infl));
    all[o + 7] = feesCents;
    const inverter = (all[o + 8] = centsOf(t === invYear ? -input.inverterReplacementEurPerKw * powerKw * infl : 0));
    // Summed in the order the decimal rows were (integer cents: exact either way; the order
    // keeps a zero's sign).
    all[o + NET] = incentive + valorisation + sale + savings + opex + insurance + management + feesCents + inverter;
    production.push(input.productionKWhYear1 * prodRatio);
  }
  return { all, production, netInvestmentEur: capex - grants };
}

/** A zeroed buffer of `n` doubles for the NPV path's lines, reused from call to call (read before the next). */
function scratchLines(n: number): Float64Array {
  if (lineBuffer.length < n) lineBuffer = new Float64Array(n);
  const b = lineBuffer.subarray(0, n);
  b.fill(0);
  return b;
}

let lineBuffer = new Float64Array(0);

/**
 * Math.pow(base, k) for k = 0…n−1, kept for the last few bases: the tornado and the scenarios
 * make nineteen cash flows a run at the same degradation and inflation.
 */
function powers(base: number, n: number): Float64Array {
  let p = powerMemo.get(base);
  if (!p || p.length < n) {
    p = Float64Array.from({ length: n }, (_, k) => Math.pow(base, k));
    if (powerMemo.size >= 16) powerMemo.clear();
    powerMemo.set(base, p);
  }
  return p;
}

const powerMemo = new Map<number, Float64Array>();

/** Net flow of each year [€] (cents / 100: the double the decimal amount prints as). */
function netFlows(c: CashFlowCents): number[] {
  return c.lines.map((y) => y[NET]! / 100);
}

/** NPV to the cent and IRR of the cash flows, without the decimal rows (scenarios, tornado, sweeps). */
export function cashFlowNpv(input: CashFlowInput, withIrr = true): { npvEur: number; irr: number | null } {
  const { all, production } = centsByYear(input, true);
  const flows = new Array<number>(production.length);
  for (let t = 0; t < flows.length; t++) flows[t] = all[t * LINES + NET]! / 100;
  return { npvEur: centsOf(npv(input.discountRatePerYear, flows)) / 100, irr: withIrr ? irr(flows) : null };
}

/** DCF measures of a configuration and its money lines in cents, without decimal rows (what a run shows). */
export interface CashFlowFigures {
  cents: CashFlowCents;
  /** NPV to the cent [c€]. */
  npvCents: number;
  irr: number | null;
  simplePaybackYears: number | null;
  discountedPaybackYears: number | null;
  lcoeEurPerKWh: number;
}

export function cashFlowFigures(input: CashFlowInput): CashFlowFigures {
  const c = cashFlowCents(input);
  // Costs net of grants [€]: the investment in year 0, then every cost line.
  const costFlows = c.lines.map((y, t) => (t === 0 ? c.netInvestmentEur : -(y[4]! + y[5]! + y[6]! + y[7]! + y[8]!) / 100));
  const flows = netFlows(c);
  const r = input.discountRatePerYear;
  const producesEnergy = c.productionKWh.some((e) => e > 0);
  return {
    cents: c,
    npvCents: centsOf(npv(r, flows)),
    irr: irr(flows),
    simplePaybackYears: simplePaybackYears(flows),
    discountedPaybackYears: discountedPaybackYears(r, flows),
    lcoeEurPerKWh: producesEnergy ? lcoeEurPerKWh(r, costFlows, c.productionKWh) : Number.NaN,
  };
}

/**
 * Each year's net flow, revenue (incentive, valorisation, sale, bill savings) and cost (net −
 * revenue) [€], summed in integer cents: the figures the decimal rows give, as doubles
 * (cents / 100 is the double the decimal amount reads as; a zero difference is +0 as there).
 */
export function yearTotalsEur(c: CashFlowCents): { year: number; netEur: number; revenueEur: number; costEur: number }[] {
  return c.lines.map((y, t) => {
    const revenue = y[0]! + y[1]! + y[2]! + y[3]!;
    return { year: t, netEur: y[NET]! / 100, revenueEur: revenue / 100, costEur: (y[NET]! - revenue + 0) / 100 };
  });
}

/** Cash flows and DCF measures of a configuration, with decimal rows. */
export function configurationCashFlows(input: CashFlowInput): CashFlowResult {
  const f = cashFlowFigures(input);
  const c = f.cents;
  const rows: CashFlowRow[] = c.lines.map((y, t) => ({
    year: t,
    productionKWh: c.productionKWh[t]!,
    incentiveEur: fromCents(y[0]!),
    valorisationEur: fromCents(y[1]!),
    energySaleEur: fromCents(y[2]!),
    billSavingsEur: fromCents(y[3]!),
    opexEur: fromCents(y[4]!),
    insuranceEur: fromCents(y[5]!),
    managementEur: fromCents(y[6]!),
    gseFeesEur: fromCents(y[7]!),
    inverterEur: fromCents(y[8]!),
    investmentEur: fromCents(y[9]!),
    netEur: fromCents(y[NET]!),
  }));
  return {
    rows,
    npvEur: fromCents(f.npvCents),
    irr: f.irr,
    simplePaybackYears: f.simplePaybackYears,
    discountedPaybackYears: f.discountedPaybackYears,
    lcoeEurPerKWh: f.lcoeEurPerKWh,
  };
}

/** Hourly zonal prices of a scenario: each price × multiplier [€/MWh] (low/base/high in finance.json). */
export function pzScenarioPrices(pzEurPerMWh: ArrayLike<number>, multiplier: number): Float64Array {
  if (!(multiplier >= 0)) throw new Error(`Price multiplier must be ≥ 0, got ${multiplier}`);
  const out = new Float64Array(pzEurPerMWh.length);
  for (let i = 0; i < out.length; i++) out[i] = pzEurPerMWh[i]! * multiplier;
  return out;
}
