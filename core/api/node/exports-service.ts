/**
 * The deliverables of a project: GSE application data, the Allegato 3 document checklist
 * with the files attached to it, and the technical report. Each gathers the project's data,
 * asks core/report for the document, and an adapter (core/io/exports, core/io/pdf) for the file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectStore } from '../../store/project-store';
import type { ChecklistView, ExportedFile } from '../common';
import { badRequest, notFound } from '../common/errors';
import type { AttachmentRef, DocumentRules } from '../../report/checklist';
import { buildChecklist } from '../../report/checklist';
import { checklistTables } from '../../report/checklist-tables';
import { technicalReport } from '../../report/technical-report';
import { gseApplicationXlsx } from '../../io/exports/gse-xlsx';
import { sheetTablesToXlsx } from '../../io/exports/sheet-tables-xlsx';
import { writeReportPdf } from '../../io/pdf/write-report-pdf';
import { MAX_ATTACHMENT_BYTES, addAttachment, listAttachments, readAttachment, removeAttachment } from '../../store/attachments-repository';
import { inputDigests } from '../../store/input-digests';
import { memberRegistry } from '../../store/import-repository';
import { memberSheet } from '../../report/member-sheet';
import { normalisePod } from '../../model/pod';
import { dossierZip, type DossierEntry } from '../../io/exports/dossier-zip';
import { readRuleFields } from '../../store/rules-fields-repository';
import { readSimulationCache } from '../../store/simulation-cache';
import { readSimulationSeries } from '../../store/simulation-series';
import type { ScenarioResult } from '../../scenario/types';
import { ENGINE_VERSION, inputHash, projectParameters, scenarioInput, simulate } from './simulation-service';
import { todayInItaly, type RulesService } from './rules-service';
import { regolamentoDocx } from './regolamento-service';
import { fundingCallXlsx, reportFundingCall } from './funding-call-service';
import { formatMessage } from '../../model/messages';

export interface ExportsEnv {
  resourcesDir: string;
  version: string;
  rules: RulesService;
}

const baseName = (store: ProjectStore) => path.basename(store.file).replace(/\.condivisa$/i, '');
const file = (name: string, buffer: Buffer, extra: Partial<ExportedFile> = {}): ExportedFile => ({ name, base64: buffer.toString('base64'), ...extra });

export async function exportGseData(store: ProjectStore, env: ExportsEnv): Promise<ExportedFile> {
  const { buffer, missing } = await gseApplicationXlsx(
    { community: store.getCommunity(), configurations: store.listConfigurations(), members: store.listMembers(), plants: store.listPlants(), registry: memberRegistry(store) },
    `Condivisa ${env.version}`,
  );
  return file(`${baseName(store)}-dati-gse.xlsx`, buffer, { missing });
}

/** A table shown in the app (the dashboard's KPIs and configurations) as an xlsx; the name gets its .xlsx. */
export async function exportTable(t: { name: string; sheet: string; caption: string; columns: string[]; rows: (string | number | null)[][] }, version: string): Promise<ExportedFile> {
  const width = t.columns.length;
  const bad = t.rows.findIndex((r) => r.length > width);
  if (bad >= 0) throw badRequest({ code: 'api.exports.row-too-wide', params: { row: String(bad), cells: t.rows[bad]!.length, columns: width } }, 'rows');
  const buffer = await sheetTablesToXlsx([{ name: t.sheet, caption: t.caption, columns: t.columns, rows: t.rows }], `Condivisa ${version}`);
  return file(`${path.basename(t.name).replace(/\.xlsx$/i, '')}.xlsx`, buffer);
}

let rulesCache: { dir: string; rules: DocumentRules } | undefined;
export function documentRules(resourcesDir: string): DocumentRules {
  if (rulesCache?.dir !== resourcesDir) {
    const rules = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'checklist', 'allegato3-documents.json'), 'utf8')) as DocumentRules;
    rulesCache = { dir: resourcesDir, rules };
  }
  return rulesCache.rules;
}

export function getChecklist(store: ProjectStore, env: ExportsEnv): ChecklistView {
  const rules = documentRules(env.resourcesDir);
  const configurations = store.listConfigurations();
  const referentKind = new Map(
    configurations.map((c) => {
      const r = readRuleFields(store, 'configuration', c.id).referent as { kind?: unknown } | undefined;
      return [c.id, typeof r?.kind === 'string' ? r.kind : null];
    }),
  );
  const list = buildChecklist(rules, { community: store.getCommunity(), configurations, plants: store.listPlants(), referentKind, attachments: listAttachments(store) });
  return { source: rules.source, date: rules.date, configurations: list };
}

export async function exportChecklist(store: ProjectStore, env: ExportsEnv, lang: 'it' | 'en'): Promise<ExportedFile> {
  const buffer = await sheetTablesToXlsx(checklistTables(getChecklist(store, env).configurations, lang), `Condivisa ${env.version}`);
  return file(`${baseName(store)}-${lang === 'it' ? 'documenti' : 'documents'}.xlsx`, buffer);
}

/** Megabytes to one decimal, a number the message writes the language's way. */
const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10;

/** Reads the file to attach, refusing what is not a regular file or is over 50 MB, by name. */
function attachmentContent(args: { path?: string | undefined; name?: string | undefined; base64?: string | undefined }): { name: string; content: Buffer } {
  const limit = MAX_ATTACHMENT_BYTES / 1048576;
  if (args.path !== undefined) {
    const name = path.basename(args.path);
    let st: fs.Stats;
    try {
      st = fs.statSync(args.path);
    } catch {
      throw notFound({ code: 'api.attachments.no-such-file', params: { path: String(args.path) } }, 'path');
    }
    if (!st.isFile()) throw badRequest({ code: 'api.attachments.not-a-file', params: { name } }, 'path');
    if (st.size > MAX_ATTACHMENT_BYTES) throw badRequest({ code: 'api.attachments.too-large', params: { name, mb: mb(st.size), limit } }, 'path');
    return { name, content: fs.readFileSync(args.path) };
  }
  const name = path.basename(args.name ?? '');
  const body = (args.base64 ?? '').replace(/^data:[^,]*,/, '');
  if (!/^[A-Za-z0-9+/=\r\n]*$/.test(body)) throw badRequest({ code: 'api.upload.not-base64' }, 'base64');
  const content = Buffer.from(body, 'base64');
  if (content.byteLength > MAX_ATTACHMENT_BYTES) throw badRequest({ code: 'api.attachments.too-large', params: { name, mb: mb(content.byteLength), limit } }, 'base64');
  if (content.byteLength === 0) throw badRequest({ code: 'api.attachments.empty', params: { name } }, 'base64');
  return { name, content };
}

export function attach(
  store: ProjectStore,
  env: ExportsEnv,
  args: { documentId: string; configurationId: number; plantId: number | null; path?: string | undefined; name?: string | undefined; base64?: string | undefined },
): AttachmentRef {
  const rule = documentRules(env.resourcesDir).documents.find((d) => d.id === args.documentId);
  if (!rule) throw badRequest({ code: 'api.attachments.unknown-document', params: { documentId: String(args.documentId) } }, 'documentId');
  if (!store.listConfigurations().some((c) => c.id === args.configurationId)) throw notFound({ code: 'api.attachments.no-configuration', params: { configurationId: String(args.configurationId) } }, 'configurationId');
  if (rule.scope === 'plant') {
    const plant = store.listPlants().find((p) => p.id === args.plantId);
    if (!plant || plant.configurationId !== args.configurationId) {
      throw badRequest({ code: 'api.attachments.plant-document-needs-plant', params: { documentId: String(args.documentId), configurationId: String(args.configurationId) } }, 'plantId');
    }
  } else if (args.plantId !== null) {
    throw badRequest({ code: 'api.attachments.configuration-document-no-plant', params: { documentId: String(args.documentId) } }, 'plantId');
  }
  const { name, content } = attachmentContent(args);
  return addAttachment(store, { documentId: args.documentId, configurationId: args.configurationId, plantId: args.plantId, name, content });
}

export function attachmentFile(store: ProjectStore, id: number): ExportedFile {
  const a = readAttachment(store, id);
  if (!a) throw notFound({ code: 'api.attachments.not-found', params: { id: String(id) } }, 'id');
  return file(a.ref.name, a.content);
}

export function detach(store: ProjectStore, id: number): null {
  if (!removeAttachment(store, id)) throw notFound({ code: 'api.attachments.not-found', params: { id: String(id) } }, 'id');
  return null;
}

/** The last simulation when it is up to date; otherwise a fresh run (kept in the project, as the Simulazione tab does). */
export async function currentResult(store: ProjectStore, resourcesDir: string): Promise<{ result: ScenarioResult; computedAt: string }> {
  const cached = readSimulationCache<ScenarioResult>(store);
  const step = cached?.result.stepMinutes ?? 60;
  const input = scenarioInput(store, step, resourcesDir);
  if (cached && cached.inputHash === inputHash(input)) return { result: cached.result, computedAt: cached.createdAt };
  const controller = new AbortController();
  const result = await simulate(store, input, { onProgress: () => {}, signal: controller.signal, yieldControl: () => new Promise((r) => setImmediate(r)) });
  return { result, computedAt: new Date().toISOString() };
}

async function reportPdf(store: ProjectStore, env: ExportsEnv, lang: 'it' | 'en', sim: { result: ScenarioResult; computedAt: string }): Promise<Buffer> {
  const today = todayInItaly();
  const doc = technicalReport({
    lang,
    community: store.getCommunity(),
    configurations: store.listConfigurations(),
    members: store.listMembers(),
    plants: store.listPlants(),
    result: sim.result,
    computedAt: sim.computedAt,
    hourly: sim.result.configurations.map((c) => readSimulationSeries(store, c.configurationId)).filter((h) => h !== null),
    parameters: projectParameters(store, env.resourcesDir),
    findings: env.rules.check(store, today).findings,
    today,
    appVersion: env.version,
    fundingCall: reportFundingCall(store, env.resourcesDir, today),
  });
  return writeReportPdf(doc, { author: `Condivisa ${env.version}` });
}

export async function exportReport(store: ProjectStore, env: ExportsEnv, lang: 'it' | 'en'): Promise<ExportedFile> {
  const buffer = await reportPdf(store, env, lang, await currentResult(store, env.resourcesDir));
  return file(`${baseName(store)}-${lang === 'it' ? 'relazione-tecnica' : 'technical-report'}.pdf`, buffer);
}

/** The regolamento draft (DOCX, Italian) from the project's sharing rules and the last simulation's division. */
export async function exportRegolamento(store: ProjectStore, env: ExportsEnv): Promise<ExportedFile> {
  return file(`${baseName(store)}-regolamento.docx`, await regolamentoDocx(store, env, await currentResult(store, env.resourcesDir)));
}

/** One member's sheet, found by one of its PODs (PDF, one page). */
export async function exportMemberSheet(store: ProjectStore, env: ExportsEnv, pod: string, lang: 'it' | 'en'): Promise<ExportedFile> {
  const wanted = normalisePod(pod);
  const member = store.listMembers().find((m) => m.pods.includes(wanted));
  if (!member) throw notFound({ code: 'api.exports.no-member-with-pod', params: { pod: wanted } }, 'pod');
  const sim = await currentResult(store, env.resourcesDir);
  const outcome = sim.result.members.find((o) => o.memberId === member.id) ?? null;
  const doc = memberSheet({ lang, community: store.getCommunity(), configurations: store.listConfigurations(), member, plants: store.listPlants(), outcome, referenceYear: sim.result.referenceYear });
  const data = await writeReportPdf(doc, { author: `Condivisa ${env.version}`, layout: 'sheet' });
  return file(`${baseName(store)}-${lang === 'it' ? 'scheda' : 'sheet'}-${member.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.pdf`, Buffer.from(data));
}

const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * The dossier: report, GSE data, checklist, regolamento draft, the chosen funding call's assessment (when one is
 * given), one sheet per member, the attached documents and provenienza.json (app version, input digests, every parameter with its source, the engine's
 * input hash), so a reviewer can tell which inputs and parameters produced these figures.
 */
export async function exportDossier(store: ProjectStore, env: ExportsEnv, lang: 'it' | 'en', call?: string): Promise<ExportedFile> {
  // An unknown call is refused before the (long) simulation and report, by its id.
  const callFile = call === undefined ? null : await fundingCallXlsx(store, env.resourcesDir, env.version, { call, lang });
  const sim = await currentResult(store, env.resourcesDir);
  const community = store.getCommunity();
  const configurations = store.listConfigurations();
  const members = store.listMembers();
  const plants = store.listPlants();
  const base = baseName(store);
  const it = lang === 'it';
  const entries: DossierEntry[] = [
    { folder: '', name: `${base}-${it ? 'relazione-tecnica' : 'technical-report'}.pdf`, data: await reportPdf(store, env, lang, sim) },
    { folder: '', name: `${base}-dati-gse.xlsx`, data: Buffer.from((await exportGseData(store, env)).base64, 'base64') },
    { folder: '', name: `${base}-${it ? 'documenti' : 'documents'}.xlsx`, data: Buffer.from((await exportChecklist(store, env, lang)).base64, 'base64') },
    // The regolamento is an Italian document whatever the dossier's language.
    { folder: '', name: `${base}-regolamento.docx`, data: await regolamentoDocx(store, env, sim) },
    ...(callFile ? [{ folder: '', name: callFile.name, data: callFile.buffer }] : []),
  ];
  for (const m of members) {
    const outcome = sim.result.members.find((o) => o.memberId === m.id) ?? null;
    const doc = memberSheet({ lang, community, configurations, member: m, plants, outcome, referenceYear: sim.result.referenceYear });
    entries.push({ folder: it ? 'schede-membri' : 'member-sheets', name: `${String(m.id).padStart(3, '0')} ${m.name}.pdf`, data: await writeReportPdf(doc, { author: `Condivisa ${env.version}`, layout: 'sheet' }) });
  }
  const configName = new Map(configurations.map((c) => [c.id, c.name]));
  const plantName = new Map(plants.map((p) => [p.id, p.name]));
  for (const ref of listAttachments(store)) {
    const a = readAttachment(store, ref.id)!;
    const where = [configName.get(ref.configurationId) ?? String(ref.configurationId), ref.plantId === null ? ref.documentId : `${ref.documentId} - ${plantName.get(ref.plantId) ?? ref.plantId}`];
    entries.push({ folder: `${it ? 'allegati' : 'attachments'}/${where.join('/')}`, name: ref.name, data: a.content });
  }
  const input = scenarioInput(store, sim.result.stepMinutes, env.resourcesDir);
  const provenance = {
    app: { name: 'Condivisa', version: env.version },
    generatedAt: new Date().toISOString(),
    project: { file: path.basename(store.file), schemaVersion: store.schemaVersion(), community: community.name },
    engine: { version: ENGINE_VERSION, inputHash: inputHash(input), note: 'SHA-256 of every input of the run (entities, curves, bills, production, weather, prices, parameters): the simulation figures of this dossier come from these inputs' },
    simulation: { computedAt: sim.computedAt, referenceYear: sim.result.referenceYear, stepMinutes: sim.result.stepMinutes, weatherSource: sim.result.weatherSource },
    inputs: inputDigests(store),
    parameters: projectParameters(store, env.resourcesDir).map((p) => ({ key: p.key, label: formatMessage(p.label, lang), value: p.value, unit: p.unit, source: p.source, ...(p.sourceIt ? { sourceIt: p.sourceIt } : {}), date: p.date, secondary: p.secondary, overridden: p.overridden })),
    documentRules: { source: documentRules(env.resourcesDir).source, date: documentRules(env.resourcesDir).date },
    outputs: entries.map((e) => ({ path: e.folder ? `${e.folder}/${e.name}` : e.name, sha256: sha256(e.data), bytes: e.data.byteLength })),
  };
  entries.push({ folder: '', name: 'provenienza.json', data: Buffer.from(JSON.stringify(provenance, null, 2)) });
  return file(`${base}-${it ? 'fascicolo' : 'dossier'}.zip`, Buffer.from(dossierZip(entries, new Date())));
}
