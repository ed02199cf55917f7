/**
 * Where an unplaced member or plant probably is: the centre of its municipality (the site's,
 * else the community's) or of the town its address names ("Via Roma 1, 20017 Rho MI"). The
 * address is searched for gazetteer names as whole words, longest name first ("San Donato
 * Milanese" before "Milano"), then the bigger place.
 */
import { foldPlaceName, placeOfMunicipality, type GazetteerPlace } from './place-search';

/** Words of a text, folded as place names are (accents, case, punctuation dropped). */
const words = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

export function placeInAddress(places: readonly GazetteerPlace[], address: string): GazetteerPlace | null {
  const w = words(address);
  if (!w.length) return null;
  const joined = ` ${w.join(' ')} `;
  let best: GazetteerPlace | null = null;
  let bestLen = 0;
  for (const p of places) {
    const pw = words(p.name);
    if (!pw.length) continue;
    const key = pw.join(' ');
    // Single short words ("Re", "Bra") would match street names too often: 4 letters at least.
    if (key.length < 4 || !joined.includes(` ${key} `)) continue;
    if (key.length > bestLen || (key.length === bestLen && best && p.rank > best.rank)) {
      best = p;
      bestLen = key.length;
    }
  }
  return best;
}

/** The proposed centre: the site's municipality, the town named in its address, the community's municipality. */
export function proposedPlace(places: readonly GazetteerPlace[], site: { municipality: string; address: string; communityMunicipality: string }): GazetteerPlace | null {
  return (
    (site.municipality ? placeOfMunicipality(places, site.municipality) : null) ??
    (site.address ? placeInAddress(places, site.address) : null) ??
    (site.communityMunicipality ? placeOfMunicipality(places, site.communityMunicipality) : null)
  );
}

export { foldPlaceName };
