/** Parameter types the economics step reads (re-exported so scenario types stay small). */
export type {
  EnergySaleParameters,
  FinanceParameters,
  GseFeeParameters,
  PnrrGrantParameters,
  ValorisationParameters,
  ZonalPriceParameters,
} from '../economics/parameters';
export type { BillPriceParameters } from '../economics/billPrices';
export type { CarbonParameters as CarbonParametersLike } from '../carbon/carbonParameters';
