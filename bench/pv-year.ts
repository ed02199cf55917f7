/**
 * Micro-benchmark: milliseconds for one hourly plant-year through `simulatePvYear`
 * (synthetic weather at 45°N 8°E, 1 kWp, 30° south), after warm-up runs. Target < 20 ms.
 */
import { performance } from 'node:perf_hooks';
import { simulatePvYear } from '../core/solar/pvYear';
import { syntheticTypicalYear } from '../core/solar/syntheticYear';

export function benchPvYear(runs = 10): number {
  const w = syntheticTypicalYear(45, 8, 250, 2025);
  const p = { kWp: 1, tiltDeg: 30, azimuthDeg: 180 };
  for (let k = 0; k < 5; k++) simulatePvYear(w, p);
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) simulatePvYear(w, p);
  return (performance.now() - t0) / runs;
}
