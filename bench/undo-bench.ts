/**
 * Editing comfort: what the undo log costs an edit (the triggers write the old values of
 * each changed row), and how long undoing a large step takes (replacing 20 plants' 15-minute
 * production series of a year: 20 × 35,136 values, ~11 MB of old values as hex literals).
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectStore } from '../core/store/project-store';
import { defaultMember, defaultPlant } from '../core/model/entity-validation';
import { dropUndoTriggers } from '../core/store/undo-triggers';
import { undo } from '../core/store/history';
import { saveProductionSeries } from '../core/store/production-repository';
import { referenceYearBase } from '../core/model/calendar/referenceYearBase';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

const COMMUNITY = { name: 'Bench', legalEntity: '', type: 'CER' as const, constitutionDate: null, municipality: '', region: '', referenceYear: 2024 };

function editMs(store: ProjectStore, n: number): number {
  const m = store.addMember(defaultMember('Membro'));
  const t0 = performance.now();
  for (let i = 0; i < n; i++) store.updateMember(m.id, { annualKWh: 1000 + i });
  return (performance.now() - t0) / n;
}

export function benchUndo(): Figure[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-bench-undo-'));
  try {
    const withLog = ProjectStore.create(path.join(dir, 'a.condivisa'), COMMUNITY);
    const logged = editMs(withLog, 300);
    const without = ProjectStore.create(path.join(dir, 'b.condivisa'), COMMUNITY);
    without.historyTx(() => dropUndoTriggers(without.db));
    const bare = editMs(without, 300);
    without.close();

    const base = referenceYearBase(2024, 15);
    const plants = Array.from({ length: 20 }, (_, i) => withLog.addPlant(defaultPlant(`Idro ${i}`)).id);
    const series = (k: number) => ({ base, kWh: Float64Array.from({ length: base.length }, (_, i) => (i % 96) * k) });
    withLog.tx(() => plants.forEach((id) => saveProductionSeries(withLog, id, series(1), 'a.csv', '2024-01-01')));
    const t0 = performance.now();
    withLog.tx(() => plants.forEach((id) => saveProductionSeries(withLog, id, series(2), 'b.csv', '2024-02-01')));
    const replaceMs = performance.now() - t0;
    const t1 = performance.now();
    undo(withLog);
    const undoMs = performance.now() - t1;
    withLog.close();
    return [
      { name: 'edit one member, with the undo log', value: logged, unit: 'ms' },
      { name: 'edit one member, no undo triggers (comparison)', value: bare, unit: 'ms' },
      { name: 'replace 20 yearly 15-min production series (logged)', value: replaceMs, unit: 'ms' },
      { name: 'undo that replacement (one step, ~11 MB of old values)', value: undoMs, unit: 'ms', target: 3000 },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
