/**
 * The advisor's sweeps (issue 16): full evaluations (energy balance P50 and P90, money,
 * outcomes) of a 100-member, 5-plant project on an hourly year, each a variant (a plant
 * resized, a subset of members), on a piscina pool of one worker per core. Each worker
 * prepares the project once (core/scenario/sweep.ts); the time counts that too. Target:
 * 10,000 evaluations in < 10 s; `evaluations` of them are run and the figure scaled to 10,000
 * (the whole 10,000 take minutes today).
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

const BATCH = 25;

export async function benchSweep(distBench: string, resourcesDir: string, evaluations = 200): Promise<Figure[]> {
  const threads = os.cpus().length;
  const pool = new Piscina({ filename: path.join(distBench, 'sweep-worker.mjs'), minThreads: threads, maxThreads: threads });
  try {
    const t0 = performance.now();
    const tasks: Promise<number>[] = [];
    for (let from = 0; from < evaluations; from += BATCH) tasks.push(pool.run({ resourcesDir, from, count: Math.min(BATCH, evaluations - from) }));
    const npv = (await Promise.all(tasks)).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - t0) / 1000;
    if (!Number.isFinite(npv)) throw new Error('sweep: no NPV');
    return [
      { name: `sweep: one evaluation, 100 members × 5 plants, hourly, money (${threads} workers)`, value: (seconds * 1000) / evaluations, unit: 'ms' },
      { name: `sweep: 10,000 evaluations (${evaluations.toLocaleString('en')} timed, scaled)`, value: (seconds * 10000) / evaluations, unit: 's', target: 10 },
    ];
  } finally {
    await pool.destroy();
  }
}
