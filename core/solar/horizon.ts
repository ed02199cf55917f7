/**
 * Far-horizon profile helpers: PVGIS conversion and elevation lookup; the profile type lives
 * in core/model/weather-year.
 */
import type { HorizonProfile } from '../model/weather-year';

export type { HorizonProfile };

/** Converts PVGIS horizon points (A: 0 = south, 90 = west, −90 = east; H_hor [°]) to compass. */
export function horizonFromPvgis(points: readonly { azimuthPvgisDeg: number; elevationDeg: number }[]): HorizonProfile {
  const conv = points.map((p) => ({ az: (((p.azimuthPvgisDeg + 180) % 360) + 360) % 360, el: p.elevationDeg }));
  conv.sort((a, b) => a.az - b.az);
  const dedup = conv.filter((p, i) => i === 0 || p.az !== conv[i - 1]!.az);
  return { azimuthDeg: dedup.map((p) => p.az), elevationDeg: dedup.map((p) => p.el) };
}

/** Horizon elevation [°] at a compass azimuth [°], linear interpolation on the circle. */
export function horizonElevationAt(h: HorizonProfile, azimuthDeg: number): number {
  const n = h.azimuthDeg.length;
  if (n === 0) return 0;
  if (n === 1) return h.elevationDeg[0]!;
  const az = ((azimuthDeg % 360) + 360) % 360;
  let hi = 0;
  while (hi < n && h.azimuthDeg[hi]! <= az) hi++;
  const lo = (hi - 1 + n) % n;
  const h2 = hi % n;
  const a1 = h.azimuthDeg[lo]!;
  let a2 = h.azimuthDeg[h2]!;
  let x = az;
  if (a2 <= a1) {
    a2 += 360;
    if (x < a1) x += 360;
  }
  const f = a2 === a1 ? 0 : (x - a1) / (a2 - a1);
  return h.elevationDeg[lo]! + f * (h.elevationDeg[h2]! - h.elevationDeg[lo]!);
}
