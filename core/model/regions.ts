/**
 * The twenty Italian regions, by their Italian names; English names and common variants are
 * accepted on input (case, accents, hyphens, apostrophes and spaces ignored; "Friuli",
 * "Trentino", "Valle d'Aosta/Vallée d'Aoste", the provinces of Trento and Bolzano), always
 * stored and shown in Italian. The region sets the market zone, FC_zonale and the advance's
 * hours [RO p.39, App. B p.148], so an unknown name is refused and an empty one is flagged.
 */
import type { Message } from './messages';

export const ITALIAN_REGIONS = [
  'Abruzzo',
  'Basilicata',
  'Calabria',
  'Campania',
  'Emilia-Romagna',
  'Friuli-Venezia Giulia',
  'Lazio',
  'Liguria',
  'Lombardia',
  'Marche',
  'Molise',
  'Piemonte',
  'Puglia',
  'Sardegna',
  'Sicilia',
  'Toscana',
  'Trentino-Alto Adige',
  'Umbria',
  "Valle d'Aosta",
  'Veneto',
] as const;
export type ItalianRegion = (typeof ITALIAN_REGIONS)[number];

function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const ALIASES: Record<string, ItalianRegion> = {
  // English names
  apulia: 'Puglia',
  aostavalley: "Valle d'Aosta",
  lombardy: 'Lombardia',
  piedmont: 'Piemonte',
  sardinia: 'Sardegna',
  sicily: 'Sicilia',
  tuscany: 'Toscana',
  trentinosouthtyrol: 'Trentino-Alto Adige',
  southtyrol: 'Trentino-Alto Adige',
  // Italian variants
  friuli: 'Friuli-Venezia Giulia',
  trentino: 'Trentino-Alto Adige',
  trentinoaltoadigesudtirol: 'Trentino-Alto Adige',
  trentinosudtirol: 'Trentino-Alto Adige',
  provinciaautonomaditrento: 'Trentino-Alto Adige',
  provinciaautonomadibolzano: 'Trentino-Alto Adige',
  trento: 'Trentino-Alto Adige',
  bolzano: 'Trentino-Alto Adige',
  altoadige: 'Trentino-Alto Adige',
  valledaostavalleedaoste: "Valle d'Aosta",
  valleedaoste: "Valle d'Aosta",
};

const BY_KEY = new Map<string, ItalianRegion>([...ITALIAN_REGIONS.map((r) => [key(r), r] as const), ...Object.entries(ALIASES)]);

/** Canonical (Italian) region name, or null when `name` is not an Italian region. */
export function findRegion(name: string): ItalianRegion | null {
  return BY_KEY.get(key(name)) ?? null;
}

/** Why a region name is refused, with the list to choose from. */
export function unknownRegionMessage(name: string): Message {
  return { code: 'entities.region.unknown', params: { name: name.slice(0, 40), list: ITALIAN_REGIONS } };
}
