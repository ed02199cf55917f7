/**
 * The advisor's sweeps (issue 16): full evaluations (energy balance P50 and P90, money,
 * outcomes) of a 100-member, 5-plant project on an hourly year, each a variant (a plant
 * resized, a subset of members), on a piscina pool of one worker per core. Each worker
 * prepares the project once (core/scenario/sweep.ts); the time counts that too. Target:
 * 10,000 evaluations in < 10 s; `evaluations` of them are run (2,000 by default;
 * `SWEEP_EVALUATIONS=10000 npm run bench -- sweep` runs all 10,000) and the figure scaled to
 * 10,000. "Threads busy" is the workers' summed batch time over threads × wall time: near 100%
 * when they run side by side.
 * The machine may be shared: the CPU time per evaluation (and the 10,000 at that time on idle
 * cores) is printed too, as the figure to compare between runs.
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import type { SweepBatch } from './sweep-worker';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

/** Variants per task: large enough that handing over costs nothing, small enough to share out evenly. */
const BATCH = 100;

export async function benchSweep(distBench: string, resourcesDir: string, evaluations = 2000): Promise<Figure[]> {
  const threads = os.availableParallelism();
  const pool = new Piscina({ filename: path.join(distBench, 'sweep-worker.mjs'), minThreads: threads, maxThreads: threads });
  try {
    const t0 = performance.timeOrigin + performance.now();
    const tasks: Promise<SweepBatch>[] = [];
    for (let from = 0; from < evaluations; from += BATCH) tasks.push(pool.run({ resourcesDir, from, count: Math.min(BATCH, evaluations - from) }));
    const batches = await Promise.all(tasks);
    const t1 = performance.timeOrigin + performance.now();
    const seconds = (t1 - t0) / 1000;
    const npv = batches.reduce((a, b) => a + b.npvEur, 0);
    if (!Number.isFinite(npv)) throw new Error('sweep: no NPV');
    const busyMs = batches.reduce((a, b) => a + (b.endMs - b.startMs), 0);
    const used = new Set(batches.map((b) => b.threadId)).size;
    const cpuMs = batches.reduce((a, b) => a + b.cpuMs, 0) / evaluations;
    return [
      { name: `sweep: one evaluation, 100 members × 5 plants, hourly, money (${threads} workers; wall time / evaluations)`, value: (seconds * 1000) / evaluations, unit: 'ms' },
      // The machine is shared: CPU time per evaluation does not depend on what else runs.
      { name: 'sweep: CPU time of one evaluation in a worker (preparing included)', value: cpuMs, unit: 'ms' },
      { name: `sweep: 10,000 evaluations at that CPU time on ${threads} idle cores`, value: (cpuMs * 10) / threads, unit: 's' },
      { name: `sweep: threads busy (${used} of ${threads} threads ran batches of ${BATCH})`, value: (100 * busyMs) / (threads * (t1 - t0)), unit: '%' },
      { name: `sweep: 10,000 evaluations (${evaluations.toLocaleString('en')} timed${evaluations === 10000 ? '' : ', scaled'})`, value: (seconds * 10000) / evaluations, unit: 's', target: 10 },
    ];
  } finally {
    await pool.destroy();
  }
}
