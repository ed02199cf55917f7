/**
 * Values a run assumes where the project is silent. They are parameters of the run
 * (`ScenarioInput.defaults`; these shipped values when the host passes none), each with its
 * source, and every use is written into the run's assumptions or warnings — a missing region
 * or cost never quietly becomes a number.
 */
import { ITALY_CENTRE } from './sites';
import { DEFAULT_HUB_HEIGHT_M } from '../wind/windYear';

/** A value assumed in place of a missing input, with why it is that value. */
export interface AssumedValue<T> {
  value: T;
  source: string;
  /** The same in Italian, for Italian documents and screens (core/model/sourced-value.ts). */
  sourceIt?: string;
}

export interface ScenarioDefaults {
  /**
   * Italian region when the community names none (or none recognised): it sets the market
   * zone of the zonal prices, the TIP's zonal correction FC_zonale and the GSE advance zone.
   */
  region: AssumedValue<string>;
  /** Investment of a new plant above the largest PNRR cost-cap band (over 1,000 kW) [€/kW]. */
  capexAboveCapsEurPerKw: AssumedValue<number>;
  /** Place of a member without coordinates, for the sunrise and sunset of its load shape [°N, °E]. */
  memberSite: AssumedValue<{ lat: number; lon: number }>;
  /** Hub height of a micro-wind plant that states none [m]. */
  windHubHeightM: AssumedValue<number>;
}

export const SCENARIO_DEFAULTS: ScenarioDefaults = {
  region: {
    value: 'Lombardia',
    source: 'Condivisa assumption: the most populous region (ISTAT), market zone NORD, FC_zonale North',
    sourceIt: 'ipotesi di Condivisa: la regione più popolosa (ISTAT), zona di mercato NORD, FC_zonale Nord',
  },
  capexAboveCapsEurPerKw: {
    value: 1000,
    source: 'Condivisa assumption: below the 1,050 €/kW PNRR cap of the 600–1,000 kW band [RO App. E p.158], for the economies of scale above 1 MW',
    sourceIt: 'ipotesi di Condivisa: sotto il massimale PNRR di 1.050 €/kW della classe 600–1.000 kW [RO App. E p.158], per le economie di scala oltre 1 MW',
  },
  memberSite: {
    value: ITALY_CENTRE,
    source: 'Condivisa assumption: geographic centre of Italy (near Narni)',
    sourceIt: 'ipotesi di Condivisa: centro geografico dell\'Italia (presso Narni)',
  },
  windHubHeightM: {
    value: DEFAULT_HUB_HEIGHT_M,
    source: 'Condivisa assumption: the lowest tower of small turbines such as the Bergey Excel 10 (18–49 m)',
    sourceIt: 'ipotesi di Condivisa: la torre più bassa di piccole turbine come la Bergey Excel 10 (18–49 m)',
  },
};
