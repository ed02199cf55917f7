/**
 * The advisor: one evaluation of a variant (a whole scenario run with economics), and a
 * 12-size sweep in this thread and on the worker pool (and with three storage sizes), on a built CER of 30 members and 3 PV
 * plants at hourly steps. No target is set by the issue; the figures show what a sweep costs.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadEconomicsParameters } from '../core/api/node/parameters-loader';
import { advisorEvaluator } from '../core/api/node/advisor-pool';
import { sweepSizes } from '../core/advisor/sizing';
import { defaultMember, defaultPlant } from '../core/model/entity-validation';
import { LOAD_PROFILES } from '../core/model/entities';
import type { ScenarioInput } from '../core/scenario/types';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function input(): ScenarioInput {
  const site = { lat: 45.46, lon: 9.19 };
  return {
    community: { name: 'Bench', legalEntity: '', type: 'CER', constitutionDate: null, municipality: 'Milano', region: 'Lombardia', referenceYear: 2025 },
    configurations: [{ id: 1, name: 'C', substationCode: '' }],
    members: Array.from({ length: 30 }, (_, i) => ({ ...defaultMember(`M${i}`), id: i + 1, configurationId: 1, annualKWh: 2000 + 500 * i, loadProfile: LOAD_PROFILES[i % 6]!, ...site })),
    plants: [20, 60, 120].map((kWp, i) => ({ ...defaultPlant(`P${i}`), id: 100 + i, kWp, configurationId: 1, ...site })),
    stepMinutes: 60,
    economics: loadEconomicsParameters(path.join(REPO, 'resources'), 2025),
  };
}

export async function benchAdvisor(): Promise<{ name: string; value: number; unit: string }[]> {
  const data = input();
  const scope = { configurationIds: [1] };
  const request = { plantId: 100, objective: 'npv' as const, currentKWp: 20, steps: 12 };
  const single = advisorEvaluator(data, scope, { threads: 1 });
  await sweepSizes({ ...request, steps: 2 }, single.evaluateMany); // warm-up
  let t0 = performance.now();
  await sweepSizes(request, single.evaluateMany);
  const singleMs = performance.now() - t0;
  const pool = advisorEvaluator(data, scope, { threads: 2 });
  t0 = performance.now();
  await sweepSizes(request, pool.evaluateMany);
  const poolMs = performance.now() - t0;
  // The kWp × storage grid: 12 sizes × (none, 20, 50 kWh) = 36 evaluations.
  t0 = performance.now();
  await sweepSizes({ ...request, storageKWh: [20, 50] }, pool.evaluateMany);
  const storageMs = performance.now() - t0;
  await pool.close();
  return [
    { name: 'advisor: one evaluation (run + economics, 30 members)', value: singleMs / 12, unit: 'ms' },
    { name: 'advisor: 12-size sweep, this thread', value: singleMs / 1000, unit: 's' },
    { name: `advisor: 12-size sweep, ${pool.threads} worker thread(s) incl. start`, value: poolMs / 1000, unit: 's' },
    { name: `advisor: 12 sizes × 3 storage sizes, ${pool.threads} worker thread(s)`, value: storageMs / 1000, unit: 's' },
  ];
}
