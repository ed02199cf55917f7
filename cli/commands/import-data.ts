/**
 * The data kinds of `condivisa import`: load curves, bills, members registry and
 * the project workbook, through CoreApi. Plugged into IMPORT_KINDS of ./import.ts.
 *
 * `--kind auto` on .xlsx/.csv/.txt files looks at the content (sheets and headers): a
 * project workbook goes into a NEW project (the .condivisa file must not exist yet); other
 * files go into an existing project as curves, bills or members.
 * Curve options: --unit kWh|kW, --step 15|60, --pod <POD> (files without a POD column),
 * --start YYYY-MM-DD[THH:mm] (single column of values), --sheet <name>,
 * --measure withdrawal|injection|consumption (what the curve measures at its POD: metered
 * withdrawal — a distributor download, the default — metered injection, or gross consumption).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import type { CoreService } from '../../core/api/node/core-service';
import type { CurveMappingData, ImportKind, ImportResult, ProjectSummary } from '../../core/api/common';
import { count, num } from '../format';

type Values = Record<string, string | boolean | undefined>;

/** Shape of an entry of IMPORT_KINDS in ./import.ts. */
export interface DataImportKind {
  describe: string;
  extensions: readonly string[];
  run(service: CoreService, project: string, file: string, values: Values): Promise<{ json: unknown; text: string }>;
}

/** Options the data kinds add to `condivisa import`. */
export const DATA_IMPORT_OPTIONS = {
  unit: { type: 'string' },
  step: { type: 'string' },
  pod: { type: 'string' },
  start: { type: 'string' },
  sheet: { type: 'string' },
  plant: { type: 'string' },
  measure: { type: 'string' },
} as const;

const MEASURES = ['withdrawal', 'injection', 'consumption'] as const;

function measureOption(raw: string): (typeof MEASURES)[number] {
  const m = MEASURES.find((x) => x === raw);
  if (!m) throw new UserError(`--measure must be withdrawal, injection or consumption, not "${raw}"`);
  return m;
}

function mapping(values: Values): Partial<CurveMappingData> | undefined {
  const m: Partial<CurveMappingData> = {};
  if (typeof values.unit === 'string') {
    if (values.unit !== 'kWh' && values.unit !== 'kW') throw new UserError(`--unit must be kWh or kW, not "${values.unit}"`);
    m.unit = values.unit;
  }
  if (typeof values.step === 'string') {
    if (values.step !== '15' && values.step !== '60') throw new UserError(`--step must be 15 or 60, not "${values.step}"`);
    m.stepMinutes = Number(values.step) as 15 | 60;
  }
  if (typeof values.start === 'string') m.start = values.start;
  if (typeof values.sheet === 'string') m.sheet = values.sheet;
  return Object.keys(m).length ? m : undefined;
}

const fmt = (n: number, digits = 1) => num(n, digits);

/** One line per thing imported, Italian like the rest of the CLI's text output. */
export function describeImport(r: ImportResult): string {
  const lines: string[] = [];
  if (r.curves) {
    lines.push(`${r.file}: ${r.curves.length} curve di carico importate`);
    for (const c of r.curves) {
      lines.push(`  ${c.pod} [${c.measure}] ${c.memberName ? `(${c.memberName}) ` : ''}da ${c.start}, passo ${c.stepMinutes} min, ${fmt(c.length, 0)} valori, ${fmt(c.totalKWh)} kWh, copertura ${fmt(c.coveragePct)}%${c.repaired ? ', riparata' : ''}`);
    }
  }
  if (r.production) lines.push(`${r.file}: produzione dell'impianto ${r.production.plantName} (${r.production.plantId}), ${fmt(r.production.length ?? 0, 0)} valori da ${r.production.start}, ${fmt(r.production.totalKWh)} kWh`);
  if (r.bills) lines.push(`${r.file}: ${r.bills.records} bollette mensili per ${r.bills.pods.length} POD (anni ${r.bills.years.join(', ')}), ${fmt(r.bills.totalKWh)} kWh`);
  if (r.members) lines.push(`${r.file}: ${count(r.members.created, 'membro creato', 'membri creati')}, ${count(r.members.updated, 'aggiornato', 'aggiornati')}, ${count(r.members.configurationsCreated, 'configurazione creata', 'configurazioni create')}`);
  if (r.project) lines.push(`${r.file}: nuovo progetto ${r.project.path} (${count(r.project.counts.members, 'membro', 'membri')}, ${count(r.project.counts.plants, 'impianto', 'impianti')})`);
  return lines.join('\n');
}

async function intoNewProject(service: CoreService, project: string, file: string): Promise<{ json: unknown; text: string }> {
  if (fs.existsSync(project)) throw new UserError(`${project} already exists: a project workbook is imported into a new project file`);
  const summary: ProjectSummary = await service.createProjectFromWorkbook({
    path: project,
    name: path.basename(file),
    base64: fs.readFileSync(file).toString('base64'),
  });
  const result: ImportResult = { kind: 'workbook', file: path.basename(file), project: summary };
  return { json: result, text: describeImport(result) };
}

function plantIdOption(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`--plant must be a plant id (a positive integer), not "${raw}"`);
  return n;
}

/** Imports `file` into `project` as `kind` ('auto': by content). */
export async function importDataFile(service: CoreService, project: string, file: string, kind: ImportKind | 'auto', values: Values): Promise<{ json: unknown; text: string }> {
  if (!fs.existsSync(file)) throw new UserError(`file ${file} not found`);
  if (kind === 'workbook' || (kind === 'auto' && !fs.existsSync(project))) return intoNewProject(service, project, file);
  const m = mapping(values);
  const result = await service.importFromPath({
    project,
    path: file,
    kind,
    ...(m ? { mapping: m } : {}),
    ...(typeof values.pod === 'string' ? { pod: values.pod } : {}),
    ...(typeof values.plant === 'string' ? { plantId: plantIdOption(values.plant) } : {}),
    ...(typeof values.measure === 'string' ? { measure: measureOption(values.measure) } : {}),
  });
  return { json: result, text: describeImport(result) };
}

const kindEntry = (kind: ImportKind, describe: string, extensions: readonly string[] = []): DataImportKind => ({
  describe,
  extensions,
  // an explicit --kind runs this kind; `auto` (reaching the entry by extension) reads the content
  run: (service, project, file, values) => importDataFile(service, project, file, values.kind === kind ? kind : 'auto', values),
});

/** The data kinds, in the order --help lists them; `curves` also catches `auto` for .xlsx/.csv. */
export const DATA_IMPORT_KINDS: Record<ImportKind, DataImportKind> = {
  curves: kindEntry('curves', 'load curves (.xlsx/.csv): a row per day with 24/96 columns, timestamp/value pairs, or one column of a year of values, or a timestamp and one column per POD [--unit --step --pod --start --sheet --measure withdrawal|injection|consumption]; with --plant <id> the file is the PRODUCTION of that plant', ['.xlsx', '.xlsm', '.csv', '.txt', '.tsv']),
  bills: kindEntry('bills', 'monthly bills F1/F2/F3 or F0 per POD (.xlsx/.csv) [--pod]'),
  members: kindEntry('members', 'members registry (anagrafica): name, category, tax code/VAT, POD(s), address…; creates or updates members'),
  workbook: kindEntry('workbook', 'the project workbook (.xlsx): creates the NEW project <file.condivisa> with its content'),
};
