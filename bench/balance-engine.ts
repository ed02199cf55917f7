/**
 * Benchmarks of `computeBalance` on deterministic synthetic data: 1,000 members and 50 plants
 * at 15-minute steps for a year (35,040 intervals), and the advisor's sweep case, 100 members
 * and 5 plants on hourly data (8,760 intervals), which a sweep runs thousands of times. The clock and the memory probe are read
 * from globals when present, or injected by the caller (it once lived in the pure core).
 */
import type { TimeBase } from '../core/model/timeseries';
import { computeBalance, computeBalanceTotals } from '../core/balance/compute';
import { ConsumerFlowsCache } from '../core/balance/consumer-memo';
import type { BalanceInput, PointInput } from '../core/balance/types';

export interface BenchProbes {
  /** Monotonic clock [ms]. */
  now?: () => number;
  /** Bytes in use (JS heap + typed-array buffers). */
  memoryBytes?: () => number;
}

interface NodeLikeGlobals {
  performance?: { now(): number };
  process?: { memoryUsage(): { heapUsed: number; arrayBuffers?: number }; threadCpuUsage?: () => { user: number; system: number } };
}

/**
 * CPU time of this thread so far [ms] (Node ≥ 22.19), NaN without it. On a shared machine the
 * wall clock also counts the time other processes hold the core; this does not.
 */
function threadCpuMs(): number {
  const u = (globalThis as unknown as NodeLikeGlobals).process?.threadCpuUsage?.();
  return u ? (u.user + u.system) / 1000 : NaN;
}


/** Park–Miller generator: deterministic noise in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

/**
 * Synthetic input: `members` consumers (10 % with EV charging, the first 8 with a
 * self-consumption battery, the next 2 with a shared-energy one, one in 50 outside the
 * substation), `plants` plants (60 % on prosumers), `days` days at `stepMinutes` (15 or 60;
 * hourly values are four times the quarter-hour ones, kWh per interval).
 */
export function syntheticBalanceInput(members = 1000, plants = 50, days = 365, stepMinutes: 15 | 60 = 15): BalanceInput {
  const perHour = 60 / stepMinutes;
  const perDay = 24 * perHour;
  const q = stepMinutes / 15; // kWh per interval relative to a quarter hour
  const n = days * perDay;
  const base: TimeBase = { startUtcMs: Date.UTC(2024, 0, 1, -1), stepMinutes, length: n, timeZone: 'Europe/Rome' };
  const month = new Uint8Array(n);
  const hourOfDay = new Uint8Array(n);
  const monthStartDay = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
  for (let i = 0; i < n; i++) {
    const day = Math.floor(i / perDay);
    let m = 0;
    while (m < 11 && day >= monthStartDay[m + 1]!) m++;
    month[i] = m;
    hourOfDay[i] = Math.floor((i % perDay) / perHour);
  }
  const rnd = lcg(12345);
  const points: PointInput[] = [];
  const prosumers = Math.round(plants * 0.6);
  for (let k = 0; k < members; k++) {
    const load = new Float64Array(n);
    const scale = 0.05 + 0.15 * rnd();
    for (let i = 0; i < n; i++) {
      const h = (i % perDay) / perHour;
      load[i] = q * scale * (0.6 + 0.4 * Math.sin(((h - 6) * Math.PI) / 12) ** 2 + 0.3 * rnd());
    }
    const p: PointInput = { id: k + 1, memberId: k + 1, load, plants: [], inSubstation: k % 50 !== 49 };
    if (k % 10 === 3) {
      const ev = new Float64Array(n);
      for (let i = 0; i < n; i++) ev[i] = (i % perDay) >= 19 * perHour && (i % perDay) < 22 * perHour ? 1.8 * q : 0;
      p.ev = ev;
    }
    if (k < prosumers) p.plants.push(pvPlant(k + 1, 3 + 20 * rnd(), n, rnd, stepMinutes));
    if (k < 8) p.battery = { capacityKWh: 10, powerKW: 5, roundTripEfficiency: 0.9, minSoc: 0.1, strategy: 'self-consumption' };
    if (k === 8 || k === 9) p.battery = { capacityKWh: 200, powerKW: 100, roundTripEfficiency: 0.88, minSoc: 0.05, strategy: 'shared-energy' };
    points.push(p);
  }
  for (let j = prosumers; j < plants; j++) {
    points.push({ id: 100000 + j, memberId: null, plants: [pvPlant(j + 1, 50 + 200 * rnd(), n, rnd, stepMinutes)], inSubstation: true });
  }
  points.forEach((p, k) => {
    for (const pl of p.plants) {
      pl.existing = k % 17 === 5;
      pl.commissioningDate = `20${10 + ((pl.plantId * 7) % 15)}-0${1 + (pl.plantId % 9)}-15`;
    }
  });
  return { base, points, calendar: { month, hourOfDay } };
}

function pvPlant(plantId: number, kW: number, n: number, rnd: () => number, stepMinutes: number) {
  const production = new Float64Array(n);
  const perHour = 60 / stepMinutes;
  const perDay = 24 * perHour;
  for (let i = 0; i < n; i++) {
    const h = (i % perDay) / perHour;
    const day = Math.floor(i / perDay);
    const season = 0.6 + 0.4 * Math.sin(((day - 80) * 2 * Math.PI) / 365);
    const sun = h > 6 && h < 19 ? Math.sin(((h - 6) * Math.PI) / 13) : 0;
    production[i] = kW * (stepMinutes / 60) * sun * season * (0.7 + 0.3 * rnd());
  }
  return { plantId, production, commissioningDate: '2024-01-01' as string | null, existing: false, kW };
}

/**
 * The floor the balance is measured against: summing once the 35,040 values of each of the
 * 1,000 loads (35 M doubles, 280 MB), the least any balance must do with them. Four running
 * sums per load so the adds overlap and the loop is bound by memory, not by add latency.
 */
export function sumLoadsOnce(input: BalanceInput): number {
  let total = 0;
  for (const p of input.points) {
    const a = p.load;
    if (a === undefined) continue;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i = 0;
    for (; i + 3 < a.length; i += 4) {
      s0 += a[i]!;
      s1 += a[i + 1]!;
      s2 += a[i + 2]!;
      s3 += a[i + 3]!;
    }
    for (; i < a.length; i++) s0 += a[i]!;
    total += s0 + s1 + s2 + s3;
  }
  return total;
}

/**
 * The least a pro-rata balance does with the same input, written as tightly as this engine's
 * kernels (four loads side by side): the plants' injection I_h per hour, each member's quarter
 * hours summed per hour and kept for the hours with injection (compact rows, as the engine
 * does), the configuration's withdrawal W_h, kS_h = min(I_h, W_h) / W_h, and each member's
 * Σ_h w_h × kS_h. No value checks, no EV charging, no
 * self-consumption, batteries, split among plants, months or incentive: a lower bound on any
 * JavaScript balance of this input, printed beside the floor so the target can be weighed
 * against what the language reaches. Returns the members' shared energy [kWh].
 */
/** Doubles of minimalBalance's work buffer for `input` (members' hourly rows, W, I, kS). */
export function minimalScratchLength(input: BalanceInput): number {
  const members = input.points.filter((p) => p.load && p.memberId !== null).length;
  const hours = Math.floor(input.base.length / 4);
  return members * (hours + 1) + 3 * hours;
}

/**
 * `scratch` (minimalScratchLength doubles) is the caller's, touched before the clock starts, as
 * the engine keeps its scratch (scratch.ts): a fresh 70 MB array is zeroed and faulted in page
 * by page, which no balance needs to do.
 */
export function minimalBalance(input: BalanceInput, scratch: Float64Array): number {
  const loads = input.points.flatMap((p) => (p.load && p.memberId !== null ? [p.load] : []));
  const hours = Math.floor(input.base.length / 4);
  const need = minimalScratchLength(input);
  if (scratch.length < need) throw new RangeError('minimalBalance: scratch too short');
  const slot = new Int32Array(hours);
  const w = scratch.subarray(0, hours).fill(0);
  const inj = scratch.subarray(hours, 2 * hours).fill(0);
  const k = scratch.subarray(2 * hours, 3 * hours);
  const rows = scratch.subarray(3 * hours, need);
  // The plants first (2 M values): an hour without injection shares nothing, so the members'
  // hourly withdrawal is kept only for the hours with some (compact rows; the others go to
  // one spare slot), as the engine does.
  for (const p of input.points) {
    for (const pl of p.plants) {
      const e = pl.production;
      for (let h = 0, i = 0; h < hours; h++, i += 4) inj[h] = inj[h]! + e[i]! + e[i + 1]! + e[i + 2]! + e[i + 3]!;
    }
  }
  let n = 0;
  for (let h = 0; h < hours; h++) if (inj[h]! > 0) slot[h] = n++;
  const spare = n;
  for (let h = 0; h < hours; h++) if (!(inj[h]! > 0)) slot[h] = spare;
  const stride = n + 1;
  let g = 0;
  for (; g + 4 <= loads.length; g += 4) {
    const a = loads[g]!;
    const b = loads[g + 1]!;
    const c = loads[g + 2]!;
    const d = loads[g + 3]!;
    const oa = g * stride;
    const ob = oa + stride;
    const oc = ob + stride;
    const od = oc + stride;
    for (let h = 0, i = 0; h < hours; h++, i += 4) {
      const ya = a[i]! + a[i + 1]! + a[i + 2]! + a[i + 3]!;
      const yb = b[i]! + b[i + 1]! + b[i + 2]! + b[i + 3]!;
      const yc = c[i]! + c[i + 1]! + c[i + 2]! + c[i + 3]!;
      const yd = d[i]! + d[i + 1]! + d[i + 2]! + d[i + 3]!;
      const x = slot[h]!;
      rows[oa + x] = ya;
      rows[ob + x] = yb;
      rows[oc + x] = yc;
      rows[od + x] = yd;
      w[h] = w[h]! + ya + yb + yc + yd;
    }
  }
  for (; g < loads.length; g++) {
    const a = loads[g]!;
    for (let h = 0, i = 0; h < hours; h++, i += 4) {
      const y = a[i]! + a[i + 1]! + a[i + 2]! + a[i + 3]!;
      rows[g * stride + slot[h]!] = y;
      w[h] = w[h]! + y;
    }
  }
  // kS per compact slot, in hour order.
  for (let h = 0; h < hours; h++) if (slot[h]! < spare) k[slot[h]!] = w[h]! > 0 ? Math.min(inj[h]!, w[h]!) / w[h]! : 0;
  let total = 0;
  for (let m = 0; m < loads.length; m++) {
    let s0 = 0;
    let s1 = 0;
    const o = m * stride;
    let t = 0;
    for (; t + 1 < n; t += 2) {
      s0 += rows[o + t]! * k[t]!;
      s1 += rows[o + t + 1]! * k[t + 1]!;
    }
    for (; t < n; t++) s0 += rows[o + t]! * k[t]!;
    total += s0 + s1;
  }
  return total;
}

/**
 * Time one `computeBalance` run on the synthetic year, after two warm-up runs on a smaller
 * input (100 members, 50 plants, a year) so the hot loops are compiled by the optimising tier,
 * and the floor (sumLoadsOnce) on the same input just before it: wall clock (`ms`, `floorMs`)
 * and this thread's CPU time (`cpuMs`, `floorCpuMs`); then the least a JavaScript balance does
 * (minimalBalance, `minimalMs`).
 * `heapMB` is the JS heap plus typed-array buffers in use after the run, inputs included.
 */
export function benchBalance(probes: BenchProbes = {}): { ms: number; floorMs: number; minimalMs: number; cpuMs: number; floorCpuMs: number; heapMB: number } {
  const g = globalThis as unknown as NodeLikeGlobals;
  const now = probes.now ?? (() => (g.performance ? g.performance.now() : Date.now()));
  const memory =
    probes.memoryBytes ??
    (() => {
      const u = g.process?.memoryUsage();
      return u ? u.heapUsed + (u.arrayBuffers ?? 0) : NaN;
    });
  const warm = syntheticBalanceInput(100, 50, 365);
  computeBalance(warm);
  computeBalance(warm);
  sumLoadsOnce(warm);
  sumLoadsOnce(warm);
  const warmScratch = new Float64Array(minimalScratchLength(warm));
  minimalBalance(warm, warmScratch);
  minimalBalance(warm, warmScratch);
  const input = syntheticBalanceInput();
  const c0 = threadCpuMs();
  const f0 = now();
  const sum = sumLoadsOnce(input);
  const floorMs = now() - f0;
  const c1 = threadCpuMs();
  const t0 = now();
  const result = computeBalance(input);
  const ms = now() - t0;
  const c2 = threadCpuMs();
  const heapMB = memory() / (1024 * 1024);
  // After the memory reading: its 70 MB buffer is the bench's, not the balance's.
  const scratch = new Float64Array(minimalScratchLength(input)).fill(1);
  const m0 = now();
  const minimal = minimalBalance(input, scratch);
  const minimalMs = now() - m0;
  if (!(result.configuration.sharedKWh > 0) || !(sum > 0) || !(minimal > 0)) throw new Error('bench: no shared energy');
  return { ms, floorMs, minimalMs, cpuMs: c2 - c1, floorCpuMs: c1 - c0, heapMB };
}

/**
 * The sweep's synthetic case and its P90 copy: every plant's production × 0.9 in new arrays,
 * new point objects (a loop compiled for one input's objects must serve the other's).
 */
function sweepCaseInputs(): [BalanceInput, BalanceInput] {
  const p50 = syntheticBalanceInput(100, 5, 365, 60);
  const p90: BalanceInput = {
    ...p50,
    points: p50.points.map((p) => ({ ...p, plants: p.plants.map((pl) => ({ ...pl, production: pl.production.map((x) => x * 0.9) })) })),
  };
  return [p50, p90];
}

/**
 * The sweep's case: 100 members × 5 plants on an hourly year, the balance an advisor's sweep
 * runs for each candidate (twice, P50 and P90). Median of `runs` calls after 300 warm-up
 * calls [ms] (after 100, the median of the next 50 was still 10–30 % above its value a few
 * hundred calls later, on the heels of the 1,000-member runs), alternating as a sweep does between the input and its P90 copy (every plant's
 * production × 0.9 in new arrays, new point objects: a loop compiled for one input's objects
 * must serve the other's): its fixed cost per call (checks, set-up, result building) matters
 * as much as its loops.
 */
export function benchBalanceHourly(runs = 50, probes: BenchProbes = {}): number {
  const g = globalThis as unknown as NodeLikeGlobals & { gc?: () => void };
  const now = probes.now ?? (() => (g.performance ? g.performance.now() : Date.now()));
  // A full collection first (node --expose-gc): the 1,000-member runs before leave some 400 MB
  // of garbage whose collection would otherwise fall inside these 4 ms calls, or take the
  // other core from them (measured: 3.9–5.0 ms medians then, 2.7–3.1 ms after a collection).
  g.gc?.();
  const [p50, p90] = sweepCaseInputs();
  const inputs = [p50, p90];
  for (let i = 0; i < 300; i++) computeBalance(inputs[i % 2]!);
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    const result = computeBalance(inputs[r % 2]!);
    ms.push(now() - t0);
    if (!(result.configuration.sharedKWh > 0)) throw new Error('bench: no shared energy');
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(runs / 2)]!;
}

/**
 * The two balances of one sweep evaluation as the scenario run makes them: P50 in full, then
 * P90 (every plant's production × 0.9) with the members' shares summed only
 * (computeBalanceTotals, two members named), the pure consumers' sums kept in one
 * ConsumerFlowsCache as a sweep's prepared series do; the same synthetic input as
 * benchBalanceHourly, after 300 warm-up pairs. `pairCpu`: this thread's CPU time over `runs`
 * pairs, per pair [ms] (the thread clock ticks in milliseconds here: one call cannot be timed
 * by it); `p50`, `p90`: medians of each call on the wall clock [ms].
 */
export function benchBalancePairHourly(runs = 200, probes: BenchProbes = {}): { pairCpu: number; p50: number; p90: number } {
  const g = globalThis as unknown as NodeLikeGlobals & { gc?: () => void };
  const now = probes.now ?? (() => (g.performance ? g.performance.now() : Date.now()));
  g.gc?.();
  const [p50, p90] = sweepCaseInputs();
  const consumers = new ConsumerFlowsCache();
  const named = { sharesOfMembers: [3, 7], consumers };
  for (let i = 0; i < 300; i++) {
    computeBalance(p50, { consumers });
    computeBalanceTotals(p90, named);
  }
  const a: number[] = [];
  const b: number[] = [];
  const c0 = threadCpuMs();
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    const full = computeBalance(p50, { consumers });
    const t1 = now();
    const totals = computeBalanceTotals(p90, named);
    b.push(now() - t1);
    a.push(t1 - t0);
    if (!(totals.configuration.sharedKWh > 0 && full.configuration.sharedKWh >= totals.configuration.sharedKWh)) throw new Error('bench: no shared energy, or P90 sharing more than P50');
  }
  const pairCpu = (threadCpuMs() - c0) / runs;
  const median = (v: number[]) => v.sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
  return { pairCpu, p50: median(a), p90: median(b) };
}
