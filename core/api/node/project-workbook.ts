/**
 * The project workbook: everything a project holds as one xlsx (export), the blank template,
 * and a new project created from a workbook, ids kept, in one transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileContent, ProjectSummary } from '../common';
import { conflict } from '../common/errors';
import { ProjectStore } from '../../store/project-store';
import { MEMBER_COLUMNS as MEMBER_DB_COLUMNS, PLANT_COLUMNS as PLANT_DB_COLUMNS, plantSqlValue, toSqlValue } from '../../store/rows';
import { allCurves, listBills, saveBills, saveCurve } from '../../store/import-repository';
import { buildWorkbook, EMPTY_PROJECT } from '../../io/workbook/exportWorkbook';
import { importWorkbook } from '../../io/workbook/importWorkbook';
import type { ProjectWorkbookData } from '../../io/workbook/projectWorkbookData';
import { parameterOverrides, setParameterOverride } from './simulation-service';
import { decodeBase64, fileNameOf } from './upload-args';
import type { ImportHost } from './import-service';

/** Everything the workbook carries, read from the project. */
export function workbookData(store: ProjectStore): ProjectWorkbookData {
  const data: ProjectWorkbookData = {
    community: store.getCommunity(),
    configurations: store.listConfigurations(),
    members: store.listMembers().map(({ locatedAreaCode: _a, ...m }) => m),
    plants: store.listPlants().map(({ locatedAreaCode: _a, ...p }) => p),
  };
  const curves = allCurves(store);
  if (curves.length) data.curves = curves;
  const bills = listBills(store);
  if (bills.length) data.bills = bills;
  const overrides = parameterOverrides(store);
  if (Object.keys(overrides).length) data.parameters = overrides;
  return data;
}

export async function exportProjectWorkbook(store: ProjectStore): Promise<FileContent> {
  const buf = Buffer.from(await buildWorkbook(workbookData(store)).xlsx.writeBuffer());
  const base = path.basename(store.file).replace(/\.condivisa$/i, '');
  return { name: `${base}.xlsx`, base64: buf.toString('base64') };
}

export async function getWorkbookTemplate(): Promise<FileContent> {
  const buf = Buffer.from(await buildWorkbook(EMPTY_PROJECT).xlsx.writeBuffer());
  return { name: 'modello-progetto-condivisa.xlsx', base64: buf.toString('base64') };
}

export async function createProjectFromWorkbook(
  host: Pick<ImportHost, 'newProjectPath' | 'adopt'>,
  args: { path: string; name: string; base64: string },
): Promise<ProjectSummary> {
  const file = host.newProjectPath(args.path);
  const name = fileNameOf(args.name);
  const data = decodeBase64(args.base64);
  if (fs.existsSync(file)) {
    throw conflict({ code: 'api.workbook.target-exists', params: { file } }, 'path');
  }
  const wb = await importWorkbook({ name, data });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const store = ProjectStore.create(file, wb.community);
  try {
    store.tx(() => writeWorkbookData(store, wb, name));
  } catch (e) {
    store.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    throw e;
  }
  return host.adopt(store);
}

/** Writes a workbook's content into an empty project, keeping every id. Call inside `store.tx`. */
export function writeWorkbookData(store: ProjectStore, wb: ProjectWorkbookData, sourceFile: string): void {
  const db = store.db;
  const insertConfig = db.prepare('INSERT INTO configurations (id, name, substation_code) VALUES (?, ?, ?)');
  for (const c of wb.configurations) insertConfig.run(c.id, c.name, c.substationCode);
  const mcols = Object.keys(MEMBER_DB_COLUMNS) as (keyof typeof MEMBER_DB_COLUMNS)[];
  const insertMember = db.prepare(`INSERT INTO members (id, ${mcols.map((c) => MEMBER_DB_COLUMNS[c]).join(', ')}) VALUES (?, ${mcols.map(() => '?').join(', ')})`);
  const insertPod = db.prepare('INSERT INTO connection_points (pod, member_id) VALUES (?, ?)');
  for (const m of wb.members) {
    insertMember.run(m.id, ...mcols.map((c) => toSqlValue(m[c])));
    for (const p of m.pods) insertPod.run(p, m.id);
  }
  const pcols = Object.keys(PLANT_DB_COLUMNS) as (keyof typeof PLANT_DB_COLUMNS)[];
  const insertPlant = db.prepare(`INSERT INTO plants (id, ${pcols.map((c) => PLANT_DB_COLUMNS[c]).join(', ')}) VALUES (?, ${pcols.map(() => '?').join(', ')})`);
  for (const p of wb.plants) insertPlant.run(p.id, ...pcols.map((c) => plantSqlValue(p, c)));
  const now = new Date().toISOString();
  for (const c of wb.curves ?? []) saveCurve(store, c.pod, c.series, 'kWh', sourceFile, now, c.measure ?? 'withdrawal');
  if (wb.bills?.length) saveBills(store, wb.bills, sourceFile, now);
  // The Parametri rows are overrides of the economic parameters (checked by importWorkbook).
  for (const [key, value] of Object.entries(wb.parameters ?? {})) if (typeof value === 'number') setParameterOverride(store, key, value);
}
