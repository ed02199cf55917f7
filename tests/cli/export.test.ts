/**
 * `condivisa export` with the real built command: the report prints the figures that
 * `condivisa simulate --json` prints, formatted the Italian way; the GSE and checklist files and the regolamento open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { tempDir } from '../helpers/tmp';
import { cliRunner, ensureCliBuilt } from '../helpers/cli';
import { reportFormat } from '../../core/report/format';

let tmp: ReturnType<typeof tempDir>;
const condivisa = cliRunner(() => tmp.dir);

beforeAll(() => {
  tmp = tempDir();
  ensureCliBuilt();
});
afterAll(() => tmp.cleanup());

describe('condivisa export', () => {
  it('writes the report, the GSE data and the checklist of the demo project', async () => {
    const demo = condivisa('api', '-', 'openDemoProject', '{}');
    const project = demo.code === 0 ? (JSON.parse(demo.stdout) as { path: string }).path : null;
    expect(project, demo.stderr).not.toBeNull();
    const sim = condivisa('simulate', project!, '--json');
    expect(sim.code, sim.stderr).toBe(0);
    const json = JSON.parse(sim.stdout) as { configurations: { name: string; productionKWh: number; sharedKWh: number; incentiveEur: number; npvEur: number }[] };

    const r = condivisa('export', project!, '--report', 'r.pdf', '--gse', 'g.xlsx', '--checklist', 'c.xlsx', '--regolamento', 'rg.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/dati da completare: vedere il foglio «Da completare» di g\.xlsx/);
    const text = execFileSync('pdftotext', ['-layout', path.join(tmp.dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    const f = reportFormat('it');
    // The PNRR measure's section: its cost caps with their source.
    expect(text).toContain('Bando di finanziamento');
    expect(text).toMatch(/App\. E p\.158/);
    for (const c of json.configurations) {
      expect(text).toContain(c.name);
      expect(text).toContain(f.num(c.productionKWh));
      expect(text).toContain(f.num(c.sharedKWh));
      expect(text).toContain(f.eur(c.incentiveEur, 2));
      expect(text).toContain(f.eur(c.npvEur));
    }
    const docx = unzipSync(fs.readFileSync(path.join(tmp.dir, 'rg.docx')));
    expect(Buffer.from(docx['word/document.xml']!).toString('utf8')).toContain('Tariffa premio eccedentaria (regola 55/45)');
    for (const name of ['g.xlsx', 'c.xlsx']) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(path.join(tmp.dir, name)) as unknown as ArrayBuffer);
      expect(wb.worksheets.length).toBeGreaterThan(1);
    }
  }, 120_000);

  it('writes a funding-call assessment: --call <id> <out.xlsx>', async () => {
    const demo = condivisa('api', '-', 'openDemoProject', '{}');
    const project = (JSON.parse(demo.stdout) as { path: string }).path;
    const r = condivisa('export', project, '--call', 'pnrr-cer', 'bando.xlsx');
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(tmp.dir, 'bando.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bando', 'Impianti', 'Scadenze']);
    const missing = condivisa('export', project, '--call', 'pnrr-cer');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--call <id> needs the output file/);
  }, 60_000);

  it('puts the funding call in the dossier: --dossier <out.zip> --call <id>; an unknown call is named and nothing is written', async () => {
    const demo = condivisa('api', '-', 'openDemoProject', '{}');
    const project = (JSON.parse(demo.stdout) as { path: string }).path;
    const plants = JSON.parse(condivisa('api', project, 'listPlants').stdout) as { name: string; kWp: number; existing: boolean }[];
    const r = condivisa('export', project, '--dossier', 'fascicolo.zip', '--call', 'pnrr-cer');
    expect(r.code, r.stderr).toBe(0);
    const entries = unzipSync(fs.readFileSync(path.join(tmp.dir, 'fascicolo.zip')));
    const name = Object.keys(entries).find((n) => n.endsWith('-bando-pnrr-cer.xlsx'));
    expect(name, Object.keys(entries).join(', ')).toBeDefined();
    const provenance = JSON.parse(Buffer.from(entries['provenienza.json']!).toString('utf8')) as { outputs: { path: string }[] };
    expect(provenance.outputs.map((o) => o.path)).toContain(name);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(entries[name!]!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bando', 'Impianti', 'Scadenze']);
    // A new plant of 20 kW or less: 1,500 €/kW cap, 40 % grant [RO App. E p.158, p.52]; no cost given, the cap is the cost.
    const small = plants.find((p) => !p.existing && p.kWp > 0 && p.kWp <= 20)!;
    expect(small, 'the demo has a new plant of 20 kW or less').toBeDefined();
    let row: ExcelJS.CellValue[] | undefined;
    wb.getWorksheet('Impianti')!.eachRow((x) => {
      if (String(x.getCell(1).value) === small.name) row = x.values as ExcelJS.CellValue[];
    });
    expect(row?.[5]).toBe(1500);
    expect(row?.[10] as number).toBeCloseTo(0.4 * 1500 * small.kWp, 2);
    // With its own output file too, the call workbook is also written alone.
    const both = condivisa('export', project, '--dossier', 'f2.zip', '--call', 'pnrr-cer', 'bando2.xlsx');
    expect(both.code, both.stderr).toBe(0);
    expect(fs.existsSync(path.join(tmp.dir, 'bando2.xlsx'))).toBe(true);

    const unknown = condivisa('export', project, '--report', 'r-nope.pdf', '--dossier', 'nope.zip', '--call', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no funding call "nope" \(known: .*pnrr-cer/);
    expect(fs.existsSync(path.join(tmp.dir, 'nope.zip'))).toBe(false);
    expect(fs.existsSync(path.join(tmp.dir, 'r-nope.pdf'))).toBe(false);
    // Without --dossier the call still needs its own output file.
    expect(condivisa('export', project, '--call', 'pnrr-cer').stderr).toMatch(/--dossier <out\.zip> --call <id>/);
    expect(condivisa('export', '--help').stdout).toMatch(/--dossier <out\.zip> --call <id>/);
  }, 180_000);

  it('writes one member’s sheet by its POD: --member-sheet <POD> <out.pdf>', () => {
    const demo = condivisa('api', '-', 'openDemoProject', '{}');
    const project = (JSON.parse(demo.stdout) as { path: string }).path;
    const members = JSON.parse(condivisa('api', project, 'listMembers').stdout) as { name: string; pods: string[] }[];
    const member = members.find((m) => m.pods.length > 0)!;
    const r = condivisa('export', project, '--member-sheet', member.pods[0]!.toLowerCase(), 'scheda.pdf');
    expect(r.code, r.stderr).toBe(0);
    const pdf = path.join(tmp.dir, 'scheda.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    // The member's name is in the title, which may wrap over two lines.
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(member.name);
    const unknown = condivisa('export', project, '--member-sheet', 'IT999E99999999', 'x.pdf');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no member has POD IT999E99999999/);
  }, 60_000);

  it('asks for an output and refuses an unknown language', () => {
    const none = condivisa('export', 'x.condivisa');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/--report <out\.pdf>/);
    expect(condivisa('export', 'x.condivisa', '--report', 'r.pdf', '--lang', 'fr').code).toBe(1);
  });
});
