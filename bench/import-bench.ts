/**
 * Import figures for `npm run bench` (issue 4): one year of quarter-hour data for 100 PODs
 * (row-per-day workbook from bench/curve-workbook, ≈3.5 million values) imported through
 * the service path a user takes (CoreService.importFromPath: parse, checks, one
 * transaction writing 100 curves and quality reports), then the simulation inputs
 * (memberLoadInputs on the reference year). Target: < 5 s (issue 10, XLSX read from the sheet XML) and < 1 GB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCoreService } from '../core/api/node/core-service';
import { writeBenchWorkbook } from './curve-workbook';
import { ProjectStore } from '../core/store/project-store';
import { memberLoadInputs } from '../core/store/import-repository';
import { referenceYearBase } from '../core/model/calendar/referenceYearBase';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

export async function benchImport(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-bench-import-'));
  const service = createCoreService({ host: 'cli', workspaceDir: dir, recentFile: path.join(dir, 'recent.json'), resourcesDir: path.join(dir, 'res'), version: 'bench' });
  try {
    const file = await writeBenchWorkbook(dir);
    const project = (await service.createProject({ path: 'bench', name: 'Bench import', type: 'CER', referenceYear: 2023 })).path;
    for (let p = 0; p < 100; p++) await service.addMember({ project, member: { name: `Membro ${p}`, pods: [`IT001E${10000000 + p}`] } });
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const t0 = performance.now();
    let values = 0;
    try {
      const r = await service.importFromPath({ project, path: file, kind: 'curves' });
      values = (r.curves ?? []).reduce((s, c) => s + c.length, 0);
    } finally {
      clearInterval(timer);
    }
    const seconds = (performance.now() - t0) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    service.dispose();
    const store = ProjectStore.open(project);
    const t1 = performance.now();
    const inputs = memberLoadInputs(store, referenceYearBase(2024, 15));
    const relayMs = performance.now() - t1;
    store.close();
    return [
      { name: `import: 100 PODs × 35,040 values (${(values / 1e6).toFixed(2)} M), xlsx → project`, value: seconds, unit: 's', target: 5 },
      { name: 'import: peak resident memory during that import', value: peak / 1e6, unit: 'MB', target: 1000 },
      { name: 'import: memory growth during that import', value: (peak - baseline) / 1e6, unit: 'MB' },
      { name: `import: memberLoadInputs, ${inputs.loadCurves.size} curves 2023 → 2024 (15 min)`, value: relayMs, unit: 'ms' },
    ];
  } finally {
    service.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
