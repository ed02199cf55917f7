import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { CoreService } from '../../../core/api/node/core-service';
import { ApiError } from '../../../core/api/common/errors';
import type { ImportJobStatus, ImportPreview } from '../../../core/api/common';
import { importWorkbook } from '../../../core/io/workbook/importWorkbook';
import { testService, rejection } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';
import { hhmm, writeXlsx, type XCell } from '../io/import/fixtures';
import { malformedFiles } from '../io/import/malformedFiles';

const POD_A = 'IT001E00000011';
const POD_B = 'IT001E00000022';

let tmp: ReturnType<typeof tempDir>;
let api: CoreService;
let project: string;

beforeEach(async () => {
  tmp = tempDir();
  api = testService(tmp.dir);
  project = (await api.createProject({ path: 'import', name: 'CER Import', type: 'CER', referenceYear: 2024 })).path;
  await api.addMember({ project, member: { name: 'Anna', taxCode: 'NNAXXX80A41H501X', pods: [POD_A] } });
  await api.addMember({ project, member: { name: 'Bar Sport', category: 'sme', pods: [POD_B] } });
});
afterEach(() => {
  api.dispose();
  tmp.cleanup();
});


/** Digest of every table of the project file, read through a second connection. */
function digest(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const h = crypto.createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      h.update(`#${name}`);
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]) {
        h.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
      }
    }
    return h.digest('hex');
  } catch (e) {
    throw new Error(`digest: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/** Row-per-day, 96 quarter-hour columns, POD column; `days` civil days from 2024-03-29 (DST change on the 31st). */
async function dailyCurveFile(name: string, pods: string[], days = 5, value = (p: number, q: number) => 0.1 + p + q / 100): Promise<string> {
  const rows: XCell[][] = [['POD', 'Data', ...Array.from({ length: 96 }, (_, i) => `${hhmm(i * 15)}-${hhmm(i * 15 + 15)}`)]];
  pods.forEach((pod, p) => {
    for (let d = 0; d < days; d++) {
      const date = new Date(Date.UTC(2024, 2, 29 + d));
      const dst = date.getUTCDate() === 31;
      rows.push([pod, date, ...Array.from({ length: 96 }, (_, q) => (dst && q >= 8 && q < 12 ? null : value(p, q)))]);
    }
  });
  return writeXlsx(name, { Curve: rows });
}

const b64 = (file: string) => fs.readFileSync(file).toString('base64');

async function waitJob(jobId: string): Promise<ImportJobStatus> {
  for (let i = 0; i < 600; i++) {
    const s = await api.getImportJob({ jobId });
    if (s.status !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('job did not finish');
}

async function importViaUpload(file: string, extra: Record<string, unknown> = {}): Promise<{ preview: ImportPreview; status: ImportJobStatus }> {
  const preview = await api.previewImportFile({ project, name: path.basename(file), base64: b64(file) });
  const { jobId } = await api.startImport({ project, fileId: preview.fileId, kind: preview.kind, ...extra });
  return { preview, status: await waitJob(jobId) };
}

describe('import operations of CoreService', () => {
  it('previews and imports a daily quarter-hour curve file as a job, keeps the quality report', async () => {
    const file = await dailyCurveFile('curve-2pod.xlsx', [POD_A, POD_B]);
    const { preview, status } = await importViaUpload(file, { mapping: { unit: 'kWh' } });
    expect(preview.kind).toBe('curves');
    expect(preview.curve).toMatchObject({ layout: 'daily', stepMinutes: 15 });
    expect(preview.firstRows.length).toBeGreaterThan(1);
    expect(status.status, JSON.stringify(status.error)).toBe('done');
    expect(status.progress).toBe(1);
    const result = status.result!;
    expect(result.curves!.map((c) => [c.pod, c.memberName, c.stepMinutes, c.length])).toEqual([
      [POD_A, 'Anna', 15, 5 * 96 - 4],
      [POD_B, 'Bar Sport', 15, 5 * 96 - 4],
    ]);
    expect(result.reports).toHaveLength(2);
    const data = await api.listImportedData({ project });
    expect(data.curves.map((c) => c.pod)).toEqual([POD_A, POD_B]);
    expect(data.reports[0]).toMatchObject({ pod: POD_A, memberName: 'Anna', sourceFile: 'curve-2pod.xlsx' });
    expect(data.reports[0]!.report.coveragePct).toBe(100);
    const curve = await api.getLoadCurve({ project, pod: POD_A });
    expect(curve.start).toBe('2024-03-28T23:00:00.000Z');
    expect(curve.stepMinutes).toBe(15);
    expect(curve.kWh[0]).toBeCloseTo(0.1);
    expect(curve.kWh[95]).toBeCloseTo(0.1 + 0.95);
  });

  it('asks for the unit when unsure and imports power [kW] as energy [kWh]', async () => {
    const rows: XCell[][] = [['POD', 'Data', ...Array.from({ length: 24 }, (_, h) => String(h + 1))]];
    for (let d = 0; d < 3; d++) rows.push([POD_A, new Date(Date.UTC(2024, 0, 10 + d)), ...Array.from({ length: 24 }, () => 2)]);
    const file = await writeXlsx('no-unit.xlsx', { Foglio1: rows });
    const preview = await api.previewImportFile({ project, name: 'no-unit.xlsx', base64: b64(file) });
    expect(preview.curve?.unit).toBe('unknown');
    const failed = await waitJob((await api.startImport({ project, fileId: preview.fileId, kind: 'curves' })).jobId);
    expect(failed.status).toBe('failed');
    const { jobId } = await api.startImport({ project, fileId: preview.fileId, kind: 'curves', mapping: { unit: 'kW' } });
    const done = await waitJob(jobId);
    expect(done.status).toBe('done');
    expect(done.result!.curves![0]!.totalKWh).toBeCloseTo(3 * 24 * 2);
  });

  it('refuses a POD unknown to the project and leaves every table as it was', async () => {
    const file = await dailyCurveFile('unknown-pod.xlsx', [POD_A, 'IT001E99999999']);
    const before = digest(project);
    const { status } = await importViaUpload(file, { mapping: { unit: 'kWh' } });
    expect(status.status).toBe('failed');
    expect(status.error!.messageIt).toMatch(/unknown-pod\.xlsx.*foglio «Curve».*colonna A.*IT001E99999999/);
    expect(status.location).toMatchObject({ file: 'unknown-pod.xlsx', sheet: 'Curve', column: 'A' });
    expect(digest(project)).toBe(before);
  });

  it('names file, sheet, row and column of a bad cell and changes nothing', async () => {
    const rows: XCell[][] = [['POD', 'Anno', 'Mese', 'F1', 'F2', 'F3'], [POD_A, 2024, 1, 100, 80, 120], [POD_A, 2024, 2, 'molto', 80, 120]];
    const file = await writeXlsx('bollette-bad.xlsx', { Bollette: rows });
    const before = digest(project);
    const e = await rejection(api.importFromPath({ project, path: file, kind: 'bills' }));
    expect(e.code).toBe('bad-request');
    expect(e.messageIt).toMatch(/bollette-bad\.xlsx.*foglio «Bollette».*riga 3.*colonna D/);
    expect(e.message).toMatch(/sheet "Bollette", row 3, column D/);
    expect(digest(project)).toBe(before);
  });

  it('imports bills by band, detecting the kind, and reports unknown PODs with their row', async () => {
    const rows: XCell[][] = [['POD', 'Anno', 'Mese', 'F1', 'F2', 'F3']];
    for (let m = 1; m <= 12; m++) rows.push([POD_B, 2023, m, 100 + m, 80, 120]);
    const file = await writeXlsx('bollette.xlsx', { Bollette: rows });
    const r = await api.importFromPath({ project, path: file });
    expect(r.kind).toBe('bills');
    expect(r.bills).toMatchObject({ pods: [POD_B], records: 12, years: [2023] });
    expect((await api.listImportedData({ project })).bills[0]).toMatchObject({ pod: POD_B, memberName: 'Bar Sport', records: 12 });
    const bad = await writeXlsx('bollette-pod.xlsx', { Bollette: [rows[0]!, [POD_B, 2024, 1, 1, 1, 1], ['IT001E55555555', 2024, 1, 1, 1, 1]] });
    const before = digest(project);
    const e = await rejection(api.importFromPath({ project, path: bad }));
    expect(e.messageIt).toMatch(/riga 3, colonna A: il POD IT001E55555555/);
    expect(digest(project)).toBe(before);
  });

  it('creates and updates members from a registry (matched by tax code or POD) in one transaction', async () => {
    const rows: XCell[][] = [
      ['Ragione sociale', 'Tipologia', 'Codice fiscale', 'Partita IVA', 'POD', 'Indirizzo', 'Cabina primaria', 'Consumo annuo'],
      ['Anna Bianchi', 'privato', 'nnaxxx80a41h501x', '', `${POD_A}`, 'Via Roma 1', 'AC001E00934', '3.100'],
      ['Bar Sport srl', 'PMI', '', 'IT01234567890', `${POD_B}, IT001E00000033`, 'Piazza 2', '', 9000],
      ['Comune di Prova', 'Comune', '80012345678', '', 'IT001E00000044', '', 'AC001E00934', ''],
    ];
    const file = await writeXlsx('anagrafica.xlsx', { Soci: rows });
    const r = await api.importFromPath({ project, path: file });
    expect(r.members).toMatchObject({ created: 1, updated: 2, configurationsCreated: 1 });
    const members = await api.listMembers({ project });
    expect(members.map((m) => [m.name, m.pods, m.annualKWh])).toEqual([
      ['Anna Bianchi', [POD_A], 3100],
      ['Bar Sport srl', [POD_B, 'IT001E00000033'], 9000],
      ['Comune di Prova', ['IT001E00000044'], 2700],
    ]);
    expect(members[2]).toMatchObject({ category: 'local_authority', loadProfile: 'municipal_building', taxCode: '80012345678' });
    const configs = await api.listConfigurations({ project });
    expect(configs).toEqual([{ id: 1, name: 'Cabina AC001E00934', substationCode: 'AC001E00934' }]);
    expect(members[0]!.configurationId).toBe(1);

    // a POD owned by another member: refused with row and column, nothing written
    const conflict = await writeXlsx('anagrafica-conflitto.xlsx', { Soci: [rows[0]!, ['Nuovo', 'privato', 'XXXYYY', '', 'IT001E00000099', '', '', ''], ['Anna B.', 'privato', 'NNAXXX80A41H501X', '', POD_B, '', '', '']] });
    const before = digest(project);
    const e = await rejection(api.importFromPath({ project, path: conflict }));
    expect(e.messageIt).toMatch(/riga 3, colonna E: il POD IT001E00000022 appartiene già al membro «Bar Sport srl»/);
    expect(digest(project)).toBe(before);
  });

  it('exports the project workbook and imports it into a new project losslessly', async () => {
    await api.addConfiguration({ project, configuration: { name: 'Cabina Nord', substationCode: 'AC001E00934' } });
    await api.addPlant({ project, plant: { name: 'FV scuola', kWp: 50, ownerMemberId: 1, configurationId: 1, pod: 'IT001E00000077' } });
    await api.importFromPath({ project, path: await dailyCurveFile('wb-curve.xlsx', [POD_A], 3), mapping: { unit: 'kWh' } });
    await api.importFromPath({ project, path: await writeXlsx('wb-bills.xlsx', { B: [['POD', 'Periodo', 'F0'], [POD_B, '01/2024', 321.5]] }), kind: 'bills' });
    const out = await api.exportProjectWorkbook({ project });
    expect(out.name).toBe('import.xlsx');
    const first = path.join(tmp.dir, 'first.xlsx');
    fs.writeFileSync(first, Buffer.from(out.base64, 'base64'));
    const summary = await api.createProjectFromWorkbook({ path: 'copia', name: 'first.xlsx', base64: out.base64 });
    expect(summary.fileName).toBe('copia.condivisa');
    expect(summary.counts).toMatchObject({ members: 2, plants: 1, configurations: 1 });
    const again = await api.exportProjectWorkbook({ project: summary.path });
    const second = path.join(tmp.dir, 'second.xlsx');
    fs.writeFileSync(second, Buffer.from(again.base64, 'base64'));
    expect(await importWorkbook(second)).toEqual(await importWorkbook(first));
    expect(await api.listMembers({ project: summary.path })).toEqual(await api.listMembers({ project }));
    const [a, b] = await Promise.all([api.getLoadCurve({ project, pod: POD_A }), api.getLoadCurve({ project: summary.path, pod: POD_A })]);
    expect(b).toEqual(a);
    // a new project only: an existing path is refused
    expect((await rejection(api.createProjectFromWorkbook({ path: 'copia', name: 'first.xlsx', base64: out.base64 }))).code).toBe('conflict');
    // the template is a workbook the importer reads back as an empty project
    const tpl = await api.getWorkbookTemplate({});
    const tplFile = path.join(tmp.dir, tpl.name);
    fs.writeFileSync(tplFile, Buffer.from(tpl.base64, 'base64'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tplFile);
    expect(wb.worksheets.map((w) => w.name)).toContain('Istruzioni');
  });

  it('cancels a running import and writes nothing', async () => {
    const file = await dailyCurveFile('big.xlsx', [POD_A, POD_B], 60);
    const before = digest(project);
    const preview = await api.previewImportFile({ project, name: 'big.xlsx', base64: b64(file) });
    const { jobId } = await api.startImport({ project, fileId: preview.fileId, kind: 'curves', mapping: { unit: 'kWh' } });
    await api.cancelImportJob({ jobId });
    const s = await waitJob(jobId);
    expect(s.status).toBe('cancelled');
    expect(digest(project)).toBe(before);
  });

  it('validates its arguments', async () => {
    expect((await rejection(api.startImport({ project, fileId: 'nope' }))).code).toBe('not-found');
    expect((await rejection(api.previewImportFile({ project, name: 'x.csv', base64: '###' }))).field).toBe('base64');
    expect((await rejection(api.previewImportFile({ project, name: 'x.csv', base64: 'YQ==', kind: 'photos' as never }))).field).toBe('kind');
    expect((await rejection(api.getLoadCurve({ project, pod: POD_A }))).code).toBe('not-found');
  });

  it('fuzz: 220 malformed files never crash the service, and a refused file changes nothing', async () => {
    const gen = malformedFiles(777);
    const bases = await gen.bases();
    const kinds = ['curves', 'bills', 'members', 'auto'] as const;
    let rejected = 0;
    for (let i = 0; i < 220; i++) {
      const name = `svc-case-${i}.${gen.extension(i)}`;
      const data = await gen.file(i, bases);
      const kind = kinds[i % kinds.length]!;
      const before = digest(project);
      let failed = false;
      try {
        const preview = await api.previewImportFile({ project, name, base64: data.toString('base64') });
        const { jobId } = await api.startImport({ project, fileId: preview.fileId, kind, mapping: { unit: 'kWh' } });
        const s = await waitJob(jobId);
        expect(['done', 'failed']).toContain(s.status);
        if (s.status === 'failed') {
          failed = true;
          expect(s.error!.code, `${name}: ${s.error!.message}`).toBe('bad-request');
          expect(s.error!.messageIt).toContain(name);
        }
      } catch (e) {
        expect(e, `${name}: ${(e as Error).stack}`).toBeInstanceOf(ApiError);
        expect((e as ApiError).code, `${name}: ${(e as Error).message}`).toBe('bad-request');
        failed = true;
      }
      if (failed) {
        rejected++;
        expect(digest(project), `${name} changed the project`).toBe(before);
      }
    }
    expect(rejected).toBeGreaterThan(150);
  }, 240_000);
});
