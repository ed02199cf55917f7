/**
 * `npm run bench`: prints the performance figures the issues set as targets.
 * Timings live here, never in tests.
 */
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectStore } from '../core/store/project-store';
import { defaultMember } from '../core/model/entity-validation';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

function benchStoreEdits(): Figure[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-bench-'));
  const file = path.join(dir, 'bench.condivisa');
  const store = ProjectStore.create(file, {
    name: 'Bench', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: '', referenceYear: 2025,
  });
  const n = 500;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) store.addMember({ ...defaultMember(`Membro ${i}`), pods: [`IT001E${String(i).padStart(8, '0')}`] });
  const addMs = (performance.now() - t0) / n;
  const t1 = performance.now();
  const members = store.listMembers();
  const listMs = performance.now() - t1;
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    { name: 'store: add one member (one durable transaction)', value: addMs, unit: 'ms' },
    { name: `store: list ${members.length} members`, value: listMs, unit: 'ms' },
  ];
}

const figures: Figure[] = [...benchStoreEdits()];
console.log(`Condivisa benchmarks — ${os.cpus().length} cores, Node ${process.version}`);
for (const f of figures) {
  console.log(`  ${f.name.padEnd(60)} ${f.value.toFixed(2).padStart(10)} ${f.unit}${f.target ? `   (target ${f.target})` : ''}`);
}
