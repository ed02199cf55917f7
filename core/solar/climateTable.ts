/**
 * Monthly climate table (stations with monthly mean daily GHI and mean temperature) and its
 * spatial interpolation to an arbitrary site.
 */
export interface ClimateStation {
  name: string;
  lat: number;
  lon: number;
  elevationM: number;
  /** Monthly mean daily global horizontal irradiation [kWh/m²/day], January first. */
  ghiKWhM2Day: readonly number[];
  /** Monthly mean air temperature [°C]. */
  tMeanC: readonly number[];
}

export interface ClimateTable {
  name: string;
  sources: string;
  stations: readonly ClimateStation[];
}

export interface MonthlyClimate {
  ghiKWhM2Day: number[];
  tMeanC: number[];
  /** Stations used and their weights. */
  neighbours: { name: string; distanceKm: number; weight: number }[];
}

/** Standard-atmosphere temperature lapse rate [°C/m] (ICAO). */
export const LAPSE_RATE_C_PER_M = 0.0065;

/** Great-circle distance [km] (haversine, Earth radius 6371 km). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Inverse-distance-squared interpolation (Shepard 1968) from the `k` nearest stations;
 * temperatures are first reduced to the site elevation with the standard lapse rate.
 */
export function interpolateClimate(table: ClimateTable, lat: number, lon: number, elevationM: number, k = 4): MonthlyClimate {
  if (table.stations.length === 0) throw new Error('climate table has no stations');
  const near = table.stations
    .map((s) => ({ s, d: distanceKm(lat, lon, s.lat, s.lon) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, k);
  const exact = near.find((n) => n.d < 0.5);
  const weights = exact ? near.map((n) => (n === exact ? 1 : 0)) : near.map((n) => 1 / (n.d * n.d));
  const wSum = weights.reduce((a, b) => a + b, 0);
  const ghi = new Array<number>(12).fill(0);
  const t = new Array<number>(12).fill(0);
  near.forEach((n, j) => {
    const w = weights[j]! / wSum;
    for (let m = 0; m < 12; m++) {
      ghi[m] = ghi[m]! + w * n.s.ghiKWhM2Day[m]!;
      t[m] = t[m]! + w * (n.s.tMeanC[m]! - LAPSE_RATE_C_PER_M * (elevationM - n.s.elevationM));
    }
  });
  return {
    ghiKWhM2Day: ghi,
    tMeanC: t,
    neighbours: near.map((n, j) => ({ name: n.s.name, distanceKm: n.d, weight: weights[j]! / wSum })),
  };
}
