/**
 * Points at the same coordinates (members imported with their municipality's centre, a plant on
 * its owner's roof) would be drawn one on another and only the top one could be clicked. Each
 * group of coincident points is spread on a small circle, in screen pixels, so they stay apart
 * at every zoom; the saved coordinates do not change.
 */

/** Radius of the circle in CSS pixels (a member's marker is 7 px across its outline). */
export const SPREAD_PX = 14;

/** Pixel offset [dx, dy] of each point that shares its coordinates with another, by `kind:id`. */
export function spreadOffsets(points: readonly { kind: string; id: number; lat: number; lon: number }[]): Map<string, [number, number]> {
  const groups = new Map<string, string[]>();
  for (const p of points) {
    // 1e-6° ≈ 0.1 m: what a user sees as the same place.
    const key = `${Math.round(p.lat * 1e6)}:${Math.round(p.lon * 1e6)}`;
    const g = groups.get(key);
    if (g) g.push(`${p.kind}:${p.id}`);
    else groups.set(key, [`${p.kind}:${p.id}`]);
  }
  const out = new Map<string, [number, number]>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const r = SPREAD_PX * Math.max(1, g.length / 6); // wider rings for big piles: about 15 px between neighbours
    g.forEach((k, i) => {
      const a = (2 * Math.PI * i) / g.length - Math.PI / 2;
      out.set(k, [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))]);
    });
  }
  return out;
}
