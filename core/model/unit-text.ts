/**
 * Units of the economic parameters are stored in one notation (resources/parameters: "yr",
 * "1/yr", "€/kW/yr", "inhabitants") and shown in the reader's words: an Italian report or
 * table reads "20 anni", "0,05 1/anno", "15 €/kW/anno", never "yr". English keeps them.
 */
const ITALIAN_WHOLE: Record<string, string> = { yr: 'anni', inhabitants: 'abitanti' };

export function unitText(unit: string, lang: 'it' | 'en'): string {
  if (lang === 'en') return unit;
  return ITALIAN_WHOLE[unit] ?? unit.replace(/\/yr$/, '/anno');
}
