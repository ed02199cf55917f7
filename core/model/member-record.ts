/**
 * A member as read from a registry file (anagrafica), before the project assigns ids.
 * The importer produces it; core/model/member-reconciliation matches it to the project.
 */
import type { MemberCategory } from './entities';

export interface MemberRecord {
  /** Source row (1-based). */
  sourceRow: number;
  name: string;
  category: MemberCategory;
  /** Codice fiscale ('' when absent). */
  taxCode: string;
  /** Partita IVA ('' when absent). */
  vatNumber: string;
  ateco: string;
  pods: string[];
  address: string;
  lat: number | null;
  lon: number | null;
  /** Primary-substation code ('' when absent). */
  substationCode: string;
  vulnerable: boolean;
  /** Yearly consumption [kWh], null when absent. */
  annualKWh: number | null;
}

/** Registry fields the member entity does not carry. */
export interface MemberRegistryFields {
  vatNumber: string;
  address: string;
}
