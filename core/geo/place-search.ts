/**
 * Finding a town or locality by name, offline, in the shipped gazetteer (GeoNames places of
 * resources/basemap). Names are compared folded (no accents, case, apostrophes or spaces), so
 * "sant'angelo" finds "Sant’Angelo Lodigiano" and "forli" finds "Forlì". Exact names first,
 * then names starting with the query, then names containing it; bigger places first within each.
 */

export interface GazetteerPlace {
  name: string;
  /** Province sigla (e.g. "MI"). */
  prov: string;
  /** 2 regional capital, 1 provincial capital, 0 other. */
  rank: number;
  lat: number;
  lon: number;
}

export const foldPlaceName = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/gi, '').toLowerCase();

export function searchPlaces(places: readonly GazetteerPlace[], query: string, limit = 10): GazetteerPlace[] {
  const q = foldPlaceName(query);
  if (q.length < 2) return [];
  const scored: { p: GazetteerPlace; score: number }[] = [];
  for (const p of places) {
    const n = foldPlaceName(p.name);
    const score = n === q ? 0 : n.startsWith(q) ? 1 : q.length >= 3 && n.includes(q) ? 2 : -1;
    if (score >= 0) scored.push({ p, score });
  }
  scored.sort((a, b) => a.score - b.score || b.p.rank - a.p.rank || a.p.name.localeCompare(b.p.name, 'it'));
  return scored.slice(0, limit).map((s) => s.p);
}

/** The place of a municipality name (ISTAT spelling), when the gazetteer has exactly that name; the biggest if several. */
export function placeOfMunicipality(places: readonly GazetteerPlace[], municipality: string): GazetteerPlace | null {
  const q = foldPlaceName(municipality);
  if (!q) return null;
  let best: GazetteerPlace | null = null;
  for (const p of places) if (foldPlaceName(p.name) === q && (!best || p.rank > best.rank)) best = p;
  return best;
}
