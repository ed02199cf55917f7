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
import { Decimal, roundEur } from './money';
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

/** Cash flows and DCF measures of a configuration. */
export function configurationCashFlows(input: CashFlowInput): CashFlowResult {
  const years = input.years ?? 20;
  const incentiveYears = input.incentiveYears ?? 20;
  const factor = input.productionFactor ?? 1;
  const invYear = input.inverterReplacementYear ?? 12;
  if (!Number.isInteger(years) || years < 1) throw new Error(`Horizon must be a whole number of years ≥ 1, got ${years}`);
  if (!(input.productionKWhYear1 >= 0)) throw new Error('Year-1 production must be ≥ 0 kWh');
  const capex = input.plants.reduce((a, p) => a + p.capexEur, 0);
  const grants = input.plants.reduce((a, p) => a + p.grantEur, 0);
  const powerKw = input.plants.reduce((a, p) => a + p.powerKw, 0);
  for (const p of input.plants) {
    if (p.grantEur > p.capexEur) throw new Error(`Plant ${p.plantId}: grant exceeds investment`);
  }

  const rows: CashFlowRow[] = [];
  const zero = new Decimal(0);
  const net0 = roundEur(-(capex - grants));
  rows.push({
    year: 0,
    productionKWh: 0,
    incentiveEur: zero,
    valorisationEur: zero,
    energySaleEur: zero,
    billSavingsEur: zero,
    opexEur: zero,
    insuranceEur: zero,
    managementEur: zero,
    gseFeesEur: zero,
    inverterEur: zero,
    investmentEur: net0,
    netEur: net0,
  });
  const costFlows = [capex - grants];
  const energyFlows = [0];
  for (let t = 1; t <= years; t++) {
    const prodRatio = factor * Math.pow(1 - input.degradationPerYear, t - 1);
    const infl = Math.pow(1 + input.inflationPerYear, t - 1);
    const incentive = roundEur(t <= incentiveYears ? input.year1.incentiveEur * prodRatio : 0);
    const valorisation = roundEur(input.year1.valorisationEur * prodRatio * infl);
    const sale = roundEur(input.year1.energySaleEur * prodRatio * infl);
    const savings = roundEur(input.year1.billSavingsEur * prodRatio * infl);
    const opex = roundEur(-input.opexEurPerKwYear * powerKw * infl);
    const insurance = roundEur(-input.insuranceShareOfCapexPerYear * capex * infl);
    const management = roundEur(-input.managementEurPerYear * infl);
    const fees = roundEur(-input.gseFeesEurPerYear);
    const inverter = roundEur(t === invYear ? -input.inverterReplacementEurPerKw * powerKw * infl : 0);
    const net = incentive.plus(valorisation).plus(sale).plus(savings).plus(opex).plus(insurance).plus(management).plus(fees).plus(inverter);
    rows.push({
      year: t,
      productionKWh: input.productionKWhYear1 * prodRatio,
      incentiveEur: incentive,
      valorisationEur: valorisation,
      energySaleEur: sale,
      billSavingsEur: savings,
      opexEur: opex,
      insuranceEur: insurance,
      managementEur: management,
      gseFeesEur: fees,
      inverterEur: inverter,
      investmentEur: zero,
      netEur: net,
    });
    costFlows.push(-opex.plus(insurance).plus(management).plus(fees).plus(inverter).toNumber());
    energyFlows.push(input.productionKWhYear1 * prodRatio);
  }
  const flows = rows.map((r) => r.netEur.toNumber());
  const r = input.discountRatePerYear;
  const producesEnergy = energyFlows.some((e) => e > 0);
  return {
    rows,
    npvEur: roundEur(npv(r, flows)),
    irr: irr(flows),
    simplePaybackYears: simplePaybackYears(flows),
    discountedPaybackYears: discountedPaybackYears(r, flows),
    lcoeEurPerKWh: producesEnergy ? lcoeEurPerKWh(r, costFlows, energyFlows) : Number.NaN,
  };
}

/** Hourly zonal prices of a scenario: each price × multiplier [€/MWh] (low/base/high in finance.json). */
export function pzScenarioPrices(pzEurPerMWh: ArrayLike<number>, multiplier: number): Float64Array {
  if (!(multiplier >= 0)) throw new Error(`Price multiplier must be ≥ 0, got ${multiplier}`);
  const out = new Float64Array(pzEurPerMWh.length);
  for (let i = 0; i < out.length; i++) out[i] = pzEurPerMWh[i]! * multiplier;
  return out;
}
