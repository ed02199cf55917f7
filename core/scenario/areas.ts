/**
 * Who is under the substation [RO §1.1.4 p.6; App. A p.143]: a withdrawal or injection point
 * counts in a configuration's shared energy only when it lies inside that configuration's
 * primary-substation area. Where the project holds that area (imported from the map), the
 * map's point-in-polygon location decides; where it holds no area with the configuration's
 * code, the point's declared area code (a rule field) must equal it. A point in no area, or
 * in another one, does not count: it is listed as excluded with the reason, never assumed in.
 */
import type { Configuration } from '../model/entities';

/** Where a member or plant lies, as the map located it and as the user declared it. */
export interface PointPlace {
  /** Area code the map located the point in (point-in-polygon); null: in no area or not placed. */
  locatedAreaCode?: string | null;
  /** Area code declared in the rule fields, used only where the project holds no such area. */
  declaredAreaCode?: string | null;
}

export type AreaExclusion =
  /** Not inside any area the project holds, and no declared code standing in. */
  | 'no-area'
  /** Located (or declared) in an area other than the configuration's. */
  | 'other-area';

export type AreaVerdict = { counts: true } | { counts: false; reason: AreaExclusion; areaCode: string | null };

const norm = (code: string | null | undefined): string => (code ?? '').trim().toUpperCase();

/**
 * Whether a point counts for the configuration's shared energy.
 * @param heldAreaCodes codes of the substation areas the project holds (its map layer).
 *
 * A configuration with no area code cannot be checked: its points count, and the run says so
 * (the rules flag the missing code, `config.substation-code`).
 */
export function areaVerdict(place: PointPlace, configuration: Configuration, heldAreaCodes: ReadonlySet<string>): AreaVerdict {
  const code = norm(configuration.substationCode);
  if (code === '') return { counts: true };
  const located = norm(place.locatedAreaCode);
  const held = heldAreaCodes.has(code);
  // The map decides where it can; a declared code stands in only where the project has no area.
  const where = located !== '' ? located : held ? '' : norm(place.declaredAreaCode);
  if (where === code) return { counts: true };
  if (where === '') return { counts: false, reason: 'no-area', areaCode: null };
  return { counts: false, reason: 'other-area', areaCode: where };
}

/** The held area codes, normalised for `areaVerdict`. */
export function heldAreaSet(codes: readonly string[] | undefined): Set<string> {
  return new Set((codes ?? []).map(norm).filter((c) => c !== ''));
}
