/**
 * Import parsing off the main thread: the built io worker returns what the parser returns in
 * this thread (curves with their typed arrays, tables), and a bad file's IoError crosses the
 * thread with its file, sheet, row and column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { importCurves } from '../../../../core/io/import/parseCurves';
import { readTables } from '../../../../core/io/import/readTables';
import { IoError } from '../../../../core/io/io-error';
import { importAreasOffThread, importCurvesOffThread, readTablesOffThread } from '../../../../core/api/node/workers/io-off-thread';
import { importAreasFile } from '../../../../core/io/geo';
import fs from 'node:fs';
import os from 'node:os';
import { ensureCliBuilt } from '../../../helpers/cli';
import { REPO_ROOT } from '../../../helpers/tmp';

const WORKER = path.join(REPO_ROOT, 'dist', 'workers', 'io.mjs');

/** A day of hourly values for one POD, the distributor-portal layout (a row per day). */
async function dailyCurve(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Curve');
  ws.addRow(['POD', 'Data', ...Array.from({ length: 24 }, (_, h) => `${h + 1} (kWh)`)]);
  for (let d = 1; d <= 3; d++) ws.addRow(['IT001E00000011', `0${d}/01/2025`, ...Array.from({ length: 24 }, (_, h) => 0.25 + h / 100)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(() => ensureCliBuilt());
afterAll(() => undefined);

describe('import parsing in a worker thread', () => {
  it('gives the curves and tables the parser gives in this thread', async () => {
    const src = { name: 'curva.xlsx', data: await dailyCurve() };
    const progress: number[] = [];
    const off = await importCurvesOffThread(src, { unit: 'kWh' }, { workerFile: WORKER, onProgress: (f) => progress.push(f) });
    const here = await importCurves(src, { mapping: { unit: 'kWh' } });
    expect(off.curves.map((c) => c.pod)).toEqual(['IT001E00000011']);
    expect(off.curves[0]!.series.kWh).toBeInstanceOf(Float64Array);
    expect(off).toEqual(here);
    expect(progress.length).toBeGreaterThan(0);
    expect(await readTablesOffThread(src, { workerFile: WORKER })).toEqual(await readTables(src));
  });

  it('rebuilds a bad file’s IoError with its location', async () => {
    const csv = ['Data;Ora;kWh', '01/01/2024;00:00;1', '01/01/2024;01:00;1', '01/01/2024;02:00;tanto'].join('\n');
    const src = { name: 'testo.csv', data: new TextEncoder().encode(csv) };
    const mapping = { pod: 'IT001E00000001' };
    const here = await importCurves(src, { mapping }).catch((x: unknown) => x);
    const e = await importCurvesOffThread(src, mapping, { workerFile: WORKER }).catch((x: unknown) => x);
    expect(here).toBeInstanceOf(IoError);
    expect(e).toBeInstanceOf(IoError);
    expect(e).toEqual(here);
    expect(e).toMatchObject({ code: 'io/not-a-number', file: 'testo.csv', row: 4, column: 'C' });
  });

  it('reads an areas file as the importer does in this thread', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-areas-'));
    try {
      const file = path.join(dir, 'aree.geojson');
      const ring = [[9.1, 45.4], [9.3, 45.4], [9.3, 45.55], [9.1, 45.55], [9.1, 45.4]];
      fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { cod_ac: 'AC001E00934', nome: 'Centro' }, geometry: { type: 'Polygon', coordinates: [ring] } }] }));
      const off = await importAreasOffThread(file, { unofficial: true }, { workerFile: WORKER });
      expect(off.areas.map((a) => a.code)).toEqual(['AC001E00934']);
      expect(off).toEqual(importAreasFile(file, { unofficial: true }));
      fs.writeFileSync(file, '{ "type": "FeatureCollection", "features": [ ');
      const e = await importAreasOffThread(file, {}, { workerFile: WORKER }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(IoError);
      expect((e as IoError).file).toBe('aree.geojson');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const run = readTablesOffThread({ name: 'curva.xlsx', data: await dailyCurve() }, { workerFile: WORKER, signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ code: 'io/aborted' });
  });
});
