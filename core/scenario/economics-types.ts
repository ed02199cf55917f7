/** Parameters and outcomes of the money and carbon step of a run. */
import type {
  BillPriceParameters,
  EnergySaleParameters,
  CarbonParametersLike,
  FinanceParameters,
  GseFeeParameters,
  PnrrGrantParameters,
  ValorisationParameters,
  ZonalPriceParameters,
} from './economics-imports';
import type { Text } from '../model/messages';

/** Everything read from resources/parameters (each value carries its source and date). */
export interface EconomicsParameters {
  valorisation: ValorisationParameters;
  finance: FinanceParameters;
  gseFees: GseFeeParameters;
  pnrr: PnrrGrantParameters;
  zonalPrices: ZonalPriceParameters;
  carbon: CarbonParametersLike;
  billPrices: BillPriceParameters;
  energySale: EnergySaleParameters;
  /** Sale of injected energy: 0 = dedicated withdrawal (RID) at the hourly zonal price, with
   * guaranteed minimum prices where eligible; > 0 = market sale at this price [€/MWh]. */
  sale: { marketPriceEurPerMWh: number };
}

export interface CashFlowYear {
  year: number;
  netEur: number;
  cumulativeEur: number;
  revenueEur: number;
  costEur: number;
}

/** Valorisation's parts [RO pp.41–42] with the energies they are computed on. */
export interface ValorisationParts {
  /** CU_Afa × E_ACV: TRASe on all shared energy [€]. */
  trasEEur: number;
  /** CU_Afb × E_ACVC: BTAU on the building's self-consumed energy (AUC only) [€]. */
  btauEur: number;
  /** Σ E_ACVC,i × cPR,i × Pz: avoided grid losses (AUC only) [€]. */
  avoidedLossesEur: number;
  /** Shared energy E_ACV [kWh]. */
  eacvKWh: number;
  /** AUC: self-consumed energy of the plants inside the building E_ACVC [kWh]; 0 otherwise. */
  eacvcKWh: number;
  /** AUC: E_ACVC from plants connected in low voltage (cPR 2.6%) [kWh]. */
  eacvcLvKWh: number;
  /** AUC: E_ACVC from plants connected in medium voltage (cPR 1.2%) [kWh]. */
  eacvcMvKWh: number;
}

/** One scenario, every line it changes re-run: energies from its own balance, money from its own prices. */
export interface ScenarioLine {
  name: string;
  npvEur: number;
  irr: number | null;
  /** Production of the first year [kWh]. */
  productionKWh: number;
  sharedKWh: number;
  incentivisedKWh: number;
  year1IncentiveEur: number;
  year1ValorisationEur: number;
  year1EnergySaleEur: number;
  year1BillSavingsEur: number;
  restrictedPotEur: number;
}

export interface ConfigurationEconomics {
  marketZone: string;
  /** Incentive (TIP × E_ACI) of the reference year [€]. */
  incentiveEur: number;
  monthlyIncentiveEur: number[];
  /** Valorisation (TRASe × E_ACV, AUC also BTAU and avoided losses) [€]. */
  valorisationEur: number;
  /** Its parts and energies (`simulate --json` shows them). */
  valorisation: ValorisationParts;
  /** Part of the incentive above the 55%/45% threshold: only for non-enterprise consumers or social purposes [€]. */
  restrictedPotEur: number;
  /** Sale of injected energy at the zonal price (RID) [€]. */
  energySaleEur: number;
  /** Bill savings of prosumers from physical self-consumption [€]. */
  billSavingsEur: number;
  gseFeesEurPerYear: number;
  capexEur: number;
  grantEur: number;
  npvEur: number;
  irr: number | null;
  simplePaybackYears: number | null;
  lcoeEurPerKWh: number;
  cashFlows: CashFlowYear[];
  /**
   * P50, P90 (a balance re-run on production × P90/P50) and low/high zonal prices (every
   * price-dependent line re-priced): NPV, IRR and their first-year lines.
   */
  scenarios: ScenarioLine[];
  /** Monthly advances of the year A = P × H/12 × α × TIPa, summed [RO p.36] [€]. */
  advancesEur: number;
  /** Incentive due − advances: paid by GSE at year end (> 0) or given back (< 0) [€]. */
  yearEndBalanceEur: number;
  /** Months whose amount (with carry) stayed under the €50 minimum payment [RO p.39]. */
  monthsBelowMinimumPayment: number;
  tornado: { driver: string; npvLowEur: number; npvHighEur: number }[];
  /** Avoided CO2 in the first year [t]. */
  avoidedTCO2: number;
  embodiedTCO2: number;
  carbonPaybackYears: number | null;
  /** PNRR capital grant check of each plant with a grant share [RO Part III, p.47; App. E p.158]. */
  pnrr: { plantId: number; eligible: boolean; reasons: string[]; costCapEur: number; maxGrantEur: number }[];
  /** Catalogue messages; a result stored before messages had codes holds `{ it, en }`. */
  assumptions: Text[];
}
