import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeBenchWorkbook } from '../../bench/curve-workbook';
import { importCurves } from '../../core/io/import/parseCurves';

it('imports the bench layout (3 PODs, one year of quarter-hours) exactly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'condivisa-bench-'));
  try {
    const file = await writeBenchWorkbook(dir, 3);
    const { preview, curves } = await importCurves(file);
    expect(preview).toMatchObject({ layout: 'daily', unit: 'kWh', stepMinutes: 15, podColumn: 0 });
    expect(curves.map((c) => c.series.base.length)).toEqual([35040, 35040, 35040]);
    expect(curves[0]!.series.base.startUtcMs).toBe(Date.UTC(2022, 11, 31, 23));
    expect(curves[0]!.quality.coveragePct).toBe(100);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
