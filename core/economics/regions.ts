/**
 * Italian regions as data: market zone, TIP insolation zone and the GSE macro-zone used
 * for monthly advances. Pure lookups; names are matched by core/model/regions (Italian
 * names, English accepted).
 */

/** Market zones of the day-ahead market (MGP) [RO App. A p.147]. */
export const MARKET_ZONES = ['NORD', 'CNOR', 'CSUD', 'SUD', 'CALA', 'SICI', 'SARD'] as const;
export type MarketZone = (typeof MARKET_ZONES)[number];

/** Zone of the TIP PV correction: 'north' +10 €/MWh, 'centre' +4 €/MWh, 'none' 0 [RO p.39, App. B p.148]. */
export type FcZone = 'north' | 'centre' | 'none';

/** GSE macro-zone for the advance's yearly hours H [RO p.36 note 4, p.40 note 9]. */
export type AdvanceZone = 'north' | 'centre' | 'south';

import { findRegion, ITALIAN_REGIONS, unknownRegionMessage, type ItalianRegion } from '../model/regions';
import { formatMessage } from '../model/messages';

// The list and the name matching live in core/model (the UI and validation use them too).
export { findRegion, ITALIAN_REGIONS, type ItalianRegion };

interface RegionRow {
  marketZone: MarketZone;
  fcZone: FcZone;
  advanceZone: AdvanceZone;
}

/**
 * Region table.
 * - marketZone: Terna's market-zone configuration in force since 1 Jan 2021 (Umbria in
 *   CSUD, Calabria its own zone CALA, Molise in SUD) — Terna, "Individuazione zone della
 *   rete rilevante" 2021–2023; checked in tests against the ISTAT/zone list in
 *   shared/reference/data/comuni-italiani.csv.
 * - fcZone: lists in [RO p.39 notes 7–8] and [RO App. B p.148].
 * - advanceZone: list in [RO p.36 note 4] (same list repeated at p.40 note 9).
 */
const REGION_TABLE: Record<ItalianRegion, RegionRow> = {
  Abruzzo: { marketZone: 'CSUD', fcZone: 'centre', advanceZone: 'centre' },
  Basilicata: { marketZone: 'SUD', fcZone: 'none', advanceZone: 'south' },
  Calabria: { marketZone: 'CALA', fcZone: 'none', advanceZone: 'south' },
  Campania: { marketZone: 'CSUD', fcZone: 'none', advanceZone: 'south' },
  'Emilia-Romagna': { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
  'Friuli-Venezia Giulia': { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
  Lazio: { marketZone: 'CSUD', fcZone: 'centre', advanceZone: 'centre' },
  Liguria: { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
  Lombardia: { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
  Marche: { marketZone: 'CNOR', fcZone: 'centre', advanceZone: 'centre' },
  Molise: { marketZone: 'SUD', fcZone: 'none', advanceZone: 'south' },
  Piemonte: { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
  Puglia: { marketZone: 'SUD', fcZone: 'none', advanceZone: 'south' },
  Sardegna: { marketZone: 'SARD', fcZone: 'none', advanceZone: 'south' },
  Sicilia: { marketZone: 'SICI', fcZone: 'none', advanceZone: 'south' },
  Toscana: { marketZone: 'CNOR', fcZone: 'centre', advanceZone: 'centre' },
  'Trentino-Alto Adige': { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
  Umbria: { marketZone: 'CSUD', fcZone: 'centre', advanceZone: 'centre' },
  "Valle d'Aosta": { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
  Veneto: { marketZone: 'NORD', fcZone: 'north', advanceZone: 'north' },
};

/** Canonical region name. @throws naming the input when it is not an Italian region. */
export function canonicalRegion(name: string): ItalianRegion {
  const r = findRegion(name);
  if (r === null) {
    throw new RangeError(formatMessage(unknownRegionMessage(name), 'en'));
  }
  return r;
}

/** Day-ahead market zone of a region (Terna configuration from 2021). */
export function marketZoneOfRegion(region: string): MarketZone {
  return REGION_TABLE[canonicalRegion(region)].marketZone;
}

/** TIP insolation zone of a region [RO p.39 notes 7–8; App. B p.148]. */
export function fcZoneOfRegion(region: string): FcZone {
  return REGION_TABLE[canonicalRegion(region)].fcZone;
}

/** GSE macro-zone for the monthly advance [RO p.36 note 4]. */
export function advanceZoneOfRegion(region: string): AdvanceZone {
  return REGION_TABLE[canonicalRegion(region)].advanceZone;
}
