/**
 * The deliverables of the demo project, opened as files: the GSE xlsx and the checklist xlsx
 * read back with exceljs, the report PDF read with pdftotext and rendered with pdftoppm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { CoreService } from '../../../core/api/node/core-service';
import type { ScenarioResult } from '../../../core/scenario/types';
import { reportFormat } from '../../../core/report/format';
import { rejection, testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

let dir: string;
let cleanup: () => void;
let api: CoreService;
let project: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  api = testService(dir);
  project = (await api.openDemoProject({})).path;
});
afterAll(() => {
  api.dispose();
  cleanup();
});

async function readXlsx(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('GSE application data (xlsx)', () => {
  it('has one sheet per portal table, with the project data and every gap listed', async () => {
    const file = await api.exportGseData({ project });
    expect(file.name).toMatch(/-dati-gse\.xlsx$/);
    const wb = await readXlsx(file.base64);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Produttori e sezioni', 'Tabella A - POD prelievo', 'Cabine primarie', 'Da completare']);

    const plants = await api.listPlants({ project });
    const members = await api.listMembers({ project });
    const configs = await api.listConfigurations({ project });

    const producers = rowsOf(wb.getWorksheet('Produttori e sezioni')!);
    expect(producers[0]).toEqual(['Configurazione', 'Impianto', 'Produttore', 'Codice fiscale del produttore', 'Partita IVA del produttore', 'Codice ATECO del produttore', 'Codice CENSIMP', 'Codice sezione', 'POD della sezione', 'Tipo di impianto', 'Potenza (kW)', 'Data di entrata in esercizio', 'Stato']);
    expect(producers).toHaveLength(1 + plants.length);
    for (const p of plants) {
      const row = producers.find((r) => r[1] === p.name)!;
      expect(row[8]).toBe(p.pod);
      expect(row[10]).toBe(p.kWp);
      // A date cell shown the Italian way, not an ISO text.
      expect(row[11]).toEqual(new Date(`${p.commissioningDate}T00:00:00Z`));
      const cell = wb.getWorksheet('Produttori e sezioni')!.getRow(producers.indexOf(row) + 1).getCell(12);
      expect(cell.numFmt).toBe('dd/mm/yyyy');
      expect(row[2]).toBe(members.find((m) => m.id === p.ownerMemberId)!.name);
      // The demo has no CENSIMP and no tax codes: the cells stay empty (nothing invented).
      expect(row[6] ?? null).toBeNull();
      expect(row[3] ?? null).toBeNull();
    }

    const tableA = rowsOf(wb.getWorksheet('Tabella A - POD prelievo')!);
    const pods = members.filter((m) => m.configurationId !== null).flatMap((m) => m.pods.map((pod) => [pod, m.name]));
    expect(tableA.slice(1).map((r) => [r[1], r[2]])).toEqual(pods);

    const substations = rowsOf(wb.getWorksheet('Cabine primarie')!);
    expect(substations.slice(1).map((r) => [r[0], r[1]])).toEqual(configs.map((c) => [c.name, c.substationCode]));

    const missing = rowsOf(wb.getWorksheet('Da completare')!).slice(1);
    expect(missing.length).toBe(file.missing);
    for (const p of plants) expect(missing.some((r) => r[2] === 'Codice CENSIMP' && r[3] === p.name && String(r[4]).includes('Impianti'))).toBe(true);
    // An SME without a tax code is listed; a natural person's missing ATECO is not a gap.
    const sme = members.find((m) => m.category === 'sme')!;
    expect(missing.some((r) => r[0] === 'Tabella A - POD prelievo' && r[2] === 'Codice fiscale del cliente finale' && r[3] === sme.name)).toBe(true);
    const citizen = members.find((m) => m.category === 'citizen')!;
    expect(missing.some((r) => r[2] === 'Codice ATECO prevalente' && r[3] === citizen.name)).toBe(false);
  });

  it('fills what the project has and lists it no more', async () => {
    const plant = (await api.listPlants({ project }))[0]!;
    await api.updatePlant({ project, id: plant.id, patch: { censimp: 'IM_1234567' } });
    const wb = await readXlsx((await api.exportGseData({ project })).base64);
    const row = rowsOf(wb.getWorksheet('Produttori e sezioni')!).find((r) => r[1] === plant.name)!;
    expect(row[6]).toBe('IM_1234567');
    const missing = rowsOf(wb.getWorksheet('Da completare')!);
    expect(missing.some((r) => r[2] === 'Codice CENSIMP' && r[3] === plant.name)).toBe(false);
    await api.updatePlant({ project, id: plant.id, patch: { censimp: '' } });
  });
});

describe('document checklist and attachments', () => {
  it('lists Allegato 3 per configuration; an attached file makes a document present and travels in the project file', async () => {
    const view = await api.getChecklist({ project });
    expect(view.source).toContain('Allegato 3');
    const configs = await api.listConfigurations({ project });
    expect(view.configurations.map((c) => c.name)).toEqual(configs.map((c) => c.name));
    const first = view.configurations[0]!;
    const statute = first.items.find((i) => i.documentId === 'statute')!;
    expect(statute.status).toBe('missing'); // a CER
    expect(statute.clauses).toHaveLength(6);
    const plants = (await api.listPlants({ project })).filter((p) => p.configurationId === first.configurationId);
    // ≤ 20 kW: operating rules, no customs licence; > 20 kW the other way round [RO p.118].
    for (const p of plants) {
      const licence = first.items.find((i) => i.documentId === 'customs-licence' && i.plantId === p.id)!;
      const rules = first.items.find((i) => i.documentId === 'operating-rules' && i.plantId === p.id)!;
      expect([licence.status, rules.status]).toEqual(p.kWp > 20 ? ['missing', 'not-applicable'] : ['not-applicable', 'missing']);
      const grant = first.items.find((i) => i.documentId === 'grant-decree' && i.plantId === p.id)!;
      expect(grant.status).toBe(p.grantShare > 0 ? 'missing' : 'not-applicable');
    }
    // Site availability is for groups and remote self-consumers only.
    expect(first.items.filter((i) => i.documentId === 'site-availability').every((i) => i.status === 'not-applicable')).toBe(true);

    const deed = path.join(dir, 'statuto.pdf');
    fs.writeFileSync(deed, '%PDF-1.4 statuto');
    const ref = await api.addAttachment({ project, documentId: 'statute', configurationId: first.configurationId, path: deed });
    expect(ref).toMatchObject({ name: 'statuto.pdf', sizeBytes: 16 });
    expect(await api.getAttachment({ project, id: ref.id })).toEqual({ name: 'statuto.pdf', base64: Buffer.from('%PDF-1.4 statuto').toString('base64') });
    const photo = await api.addAttachment({ project, documentId: 'nameplate-photos', configurationId: first.configurationId, plantId: plants[0]!.id, name: 'targa.jpg', base64: Buffer.from('jpeg').toString('base64') });
    const after = (await api.getChecklist({ project })).configurations[0]!;
    expect(after.items.find((i) => i.documentId === 'statute')!.status).toBe('present');
    expect(after.present).toBe(2);

    const xlsx = await readXlsx((await api.exportChecklist({ project })).base64);
    const sheet = rowsOf(xlsx.worksheets[0]!);
    expect(sheet[0]).toEqual(['Documento', 'Impianto', 'Stato', 'Motivo', 'File allegati', 'Fonte']);
    const statuteRow = sheet.find((r) => String(r[0]).startsWith('Atto costitutivo'))!;
    expect([statuteRow[2], statuteRow[4], statuteRow[5]]).toEqual(['presente', 'statuto.pdf', '[RO p.117]']);
    expect(sheet.filter((r) => r[2] === 'mancante').length).toBe(after.missing);

    await api.removeAttachment({ project, id: photo.id });
    expect((await api.getChecklist({ project })).configurations[0]!.present).toBe(1);
    await api.removeAttachment({ project, id: ref.id });
  });

  it('refuses a folder, a file over 50 MB and a document of the wrong scope, with a clear message', async () => {
    const configurationId = (await api.listConfigurations({ project }))[0]!.id;
    const folder = await rejection(api.addAttachment({ project, documentId: 'statute', configurationId, path: dir }));
    expect(folder.message).toMatch(/is not a file/);
    expect(folder.messageIt).toMatch(/non è un file/);
    const big = path.join(dir, 'video.mp4');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024 + 1);
    const tooBig = await rejection(api.addAttachment({ project, documentId: 'statute', configurationId, path: big }));
    expect(tooBig.message).toMatch(/video\.mp4 is 50 MB: attachments are limited to 50 MB/);
    const scope = await rejection(api.addAttachment({ project, documentId: 'dnsh-checklist', configurationId, name: 'a.pdf', base64: 'QQ==' }));
    expect(scope.field).toBe('plantId');
    expect((await api.getChecklist({ project })).configurations[0]!.present).toBe(0);
  });
});

describe('technical report (PDF)', () => {
  let pdf: string;
  let text: string;
  let result: ScenarioResult;

  beforeAll(async () => {
    const file = await api.exportReport({ project });
    expect(file.name).toMatch(/-relazione-tecnica\.pdf$/);
    pdf = path.join(dir, file.name);
    fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    // The report ran the simulation and kept it: the same numbers `simulate --json` prints.
    result = (await api.getSimulation({ project }))!.result as ScenarioResult;
  }, 120_000);

  it('has the sections, a table of contents, page numbers and the embedded Noto Sans', () => {
    for (const s of ['Indice', '1. Comunità e configurazioni', '2. Membri e impianti', '3. Metodo e ipotesi', '4. Risultati energetici', '5. Risultati economici', '6. Emissioni di CO2', '7. Verifiche di ammissibilità', '8. Bando di finanziamento']) expect(text).toContain(s);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(text).toContain(`Pagina 1 / ${pages}`);
    expect(text).toContain(`Pagina ${pages} / ${pages}`);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSans-Regular/);
    expect(fonts).toMatch(/NotoSans-Bold/);
    expect(fonts.split('\n').slice(2).filter((l) => l.trim()).every((l) => / yes /.test(l))).toBe(true); // embedded
  });

  it('prints the simulation figures the Italian way, and the project data', async () => {
    const f = reportFormat('it');
    for (const c of result.configurations) {
      expect(text).toContain(c.substation);
      for (const v of [c.productionKWh, c.consumptionKWh, c.sharedKWh, c.incentivisedKWh]) expect(text).toContain(f.num(v));
      expect(text).toContain(f.eur(c.economics!.incentiveEur, 2));
      expect(text).toContain(f.eur(c.economics!.npvEur));
      expect(text).toContain(f.num(c.economics!.avoidedTCO2, 1));
      expect(c.productionKWh).toBeGreaterThan(1000); // so the grouping "1.234" is exercised
      expect(f.num(c.productionKWh)).toMatch(/^\d{1,3}(\.\d{3})+$/);
    }
    for (const m of await api.listMembers({ project })) expect(text).toContain(m.pods[0]!);
    // Every parameter with its source; the findings with their citations.
    for (const p of await api.getParameters({ project })) expect(text.replace(/\s+/g, ' ')).toContain((p.sourceIt ?? p.source).slice(0, 20));
    const findings = await api.checkProject({ project });
    for (const x of findings.findings) expect(text).toContain(x.source.split(';')[0]!);
    const flat = text.replace(/\s+/g, ' ');
    // Parameters in the reader's words: a category's name, not its code; the source in Italian.
    expect(flat).toContain('Prezzo in bolletta: Persona fisica');
    expect(flat).not.toMatch(/Prezzo in bolletta: citizen|Pz (low|high)|Assumption:|DOMAIN\.md/);
    expect(flat).toContain('Ipotesi: costo nominale del capitale');
    // A source that says it is secondary is not told so a second time.
    expect(flat).not.toMatch(/fonte secondaria\)? \(fonte secondaria\)/);
    expect(flat).toMatch(/Prezzo zonale basso [\d.]+ €/);
    // Units in the reader's words: the discount rate per year reads "1/anno", the horizon "anni".
    expect(flat).toMatch(/Tasso di sconto \d+,\d+ 1\/anno/);
    expect(flat).not.toMatch(/\d (1\/yr|€\/kW\/yr|€\/yr|kWh\/yr|yr)\b/);
    // The project brings no weather file: the built-in climate is named in Italian only.
    expect(text.replace(/\s+/g, ' ')).toContain('Meteo: clima tipico incorporato.');
    expect(text).not.toContain('embedded');
  });

  it('never splits a word of a member or plant name over two lines of a table', async () => {
    // Eleven columns of plants: the table takes a smaller type rather than break "capannone".
    const words = [...(await api.listPlants({ project })), ...(await api.listMembers({ project }))].flatMap((x) => x.name.split(/[\s()]+/)).filter((w) => w.length >= 6);
    expect(words).toContain('capannone');
    // The page of section 2 (pdftotext ends each page with a form feed); the names appear elsewhere too.
    const page = text.split('\f').find((p) => p.includes('2. Membri e impianti') && !p.includes('Indice'))!;
    for (const w of words) expect(page, w).toMatch(new RegExp(`(^|[\\s(])${w}($|[\\s),])`, 'm'));
  });

  it('renders every page with something on it', () => {
    const out = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-gray', '-r', '20', pdf, out]);
    const files = fs.readdirSync(dir).filter((n) => n.startsWith('page') && n.endsWith('.pgm'));
    expect(files.length).toBeGreaterThan(6);
    for (const name of files) expect(inkedPixels(fs.readFileSync(path.join(dir, name))), name).toBeGreaterThan(50);
  });

  it('is written in English on request', async () => {
    const file = await api.exportReport({ project, lang: 'en' });
    const en = path.join(dir, file.name);
    fs.writeFileSync(en, Buffer.from(file.base64, 'base64'));
    const t = execFileSync('pdftotext', [en, '-'], { encoding: 'utf8' });
    expect(t).toContain('Contents');
    expect(t).toContain('4. Energy results');
    expect(t).toContain(reportFormat('en').num(result.configurations[0]!.productionKWh));
    expect(t.replace(/\s+/g, ' ')).toContain('Weather: embedded typical climate.');
    expect(t.replace(/\s+/g, ' ')).toMatch(/Discount rate \d+\.\d+ 1\/yr Assumption: nominal cost of capital/);
    expect(t.replace(/\s+/g, ' ')).toContain('Bill price: Natural person');
    expect(t).not.toContain('clima tipico');
  }, 120_000);
});

/** Pixels darker than light grey in a binary PGM (P5) image. */
function inkedPixels(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  const offset = header[0].length;
  let n = 0;
  for (let i = offset; i < pgm.length; i++) if (pgm[i]! < 200) n++;
  return n;
}

describe('dossier (zip)', () => {
  it('holds the deliverables, a one-page sheet per member, the attachments and a provenance file that checks out', async () => {
    const { unzipSync } = await import('fflate');
    const crypto = await import('node:crypto');
    const configurationId = (await api.listConfigurations({ project }))[0]!.id;
    const deed = Buffer.from('%PDF-1.4 atto costitutivo');
    // A hostile name is kept as its last part only (core) and made safe again in the zip.
    await api.addAttachment({ project, documentId: 'statute', configurationId, name: '../../statuto.pdf', base64: deed.toString('base64') });

    const file = await api.exportDossier({ project });
    expect(file.name).toMatch(/-fascicolo\.zip$/);
    const entries = unzipSync(Buffer.from(file.base64, 'base64'));
    const names = Object.keys(entries);
    expect(names.some((n) => n.endsWith('-relazione-tecnica.pdf'))).toBe(true);
    expect(names.some((n) => n.endsWith('-dati-gse.xlsx'))).toBe(true);
    expect(names.some((n) => n.endsWith('-documenti.xlsx'))).toBe(true);
    expect(names.some((n) => n.endsWith('-regolamento.docx'))).toBe(true);
    const members = await api.listMembers({ project });
    const sheets = names.filter((n) => n.startsWith('schede-membri/'));
    expect(sheets).toHaveLength(members.length);
    const attached = names.find((n) => n.startsWith('allegati/') && n.endsWith('/statuto.pdf'))!;
    expect(attached).toMatch(/^allegati\/[^.]+\/statute\/statuto\.pdf$/);
    expect(Buffer.from(entries[attached]!)).toEqual(deed);

    const provenance = JSON.parse(Buffer.from(entries['provenienza.json']!).toString('utf8'));
    expect(provenance.app).toEqual({ name: 'Condivisa', version: 'test' });
    expect(provenance.engine.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const params = await api.getParameters({ project });
    expect(provenance.parameters.map((p: { key: string }) => p.key)).toEqual(params.map((p) => p.key));
    expect(provenance.parameters.every((p: { source: string; date: string }) => p.source && p.date)).toBe(true);
    expect(provenance.inputs.find((i: { role: string }) => i.role === 'attachment')).toMatchObject({ name: 'statuto.pdf', sha256: crypto.createHash('sha256').update(deed).digest('hex') });
    for (const o of provenance.outputs) expect(crypto.createHash('sha256').update(entries[o.path]!).digest('hex'), o.path).toBe(o.sha256);

    // A member sheet: one page, the member's figures of the run.
    const sim = (await api.getSimulation({ project }))!.result as ScenarioResult;
    const m = members.find((x) => x.configurationId !== null)!;
    const outcome = sim.members.find((o) => o.memberId === m.id)!;
    const sheet = path.join(dir, 'scheda.pdf');
    fs.writeFileSync(sheet, entries[sheets.find((n) => n.includes(m.name))!]!);
    expect(execFileSync('pdfinfo', [sheet], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const t = execFileSync('pdftotext', ['-layout', sheet, '-'], { encoding: 'utf8' });
    // The name in the title (which may wrap); the chart says what it shows, not the name again.
    expect(t.replace(/\s+/g, ' ')).toContain(`Scheda membro — ${m.name}`);
    expect(t).toContain("L'energia del membro nell'anno (kWh)");
    expect(t.split(m.name.split(' ')[0]!).length - 1).toBe(1);
    expect(t).toContain(reportFormat('it').num(outcome.consumptionKWh));
    expect(t).toContain(reportFormat('it').eur(outcome.incentiveShareEur!, 2));
  }, 120_000);
});

describe('an empty project', () => {
  it('still gets its GSE data (empty tables), and a report request says why it cannot simulate', async () => {
    const empty = (await api.createProject({ path: 'vuoto', name: 'CER Vuota', type: 'CER' })).path;
    const wb = await readXlsx((await api.exportGseData({ project: empty })).base64);
    expect(rowsOf(wb.getWorksheet('Tabella A - POD prelievo')!)).toHaveLength(1);
    expect((await api.getChecklist({ project: empty })).configurations).toEqual([]);
    const refused = await rejection(api.exportReport({ project: empty }));
    expect(refused.messageIt).toMatch(/impossibile simulare: nessuna configurazione/);
  });
});
