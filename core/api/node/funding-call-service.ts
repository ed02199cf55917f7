/**
 * Funding calls: the calls shipped in resources/calls/*.json, assessed on a project's plants
 * (core/report/funding-call) and exported as an xlsx (one sheet per section). The project holds
 * no per-plant investment, so each plant's cost is the call's cap (as the economics assume).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectStore } from '../../store/project-store';
import type { ExportedFile, FundingCallSummary } from '../common';
import { notFound } from '../common/errors';
import { assessFundingCall, type CallPlant, type FundingCall, type FundingCallAssessment } from '../../report/funding-call';
import { fundingCallTables } from '../../report/funding-call-tables';
import { sheetTablesToXlsx } from '../../io/exports/sheet-tables-xlsx';
import { todayInItaly } from './rules-service';

/** The call the technical report assesses: the PNRR CER measure. */
export const REPORT_CALL_ID = 'pnrr-cer';

let cache: { dir: string; calls: FundingCall[] } | undefined;

/** Every call file, sorted by id; a file that is not a call (wrong schema) is skipped, not guessed at. */
export function loadFundingCalls(resourcesDir: string): FundingCall[] {
  if (cache?.dir !== resourcesDir) {
    const dir = path.join(resourcesDir, 'calls');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    const calls = files
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as FundingCall)
      .filter((c) => c.schema === 'condivisa.call/1' && typeof c.id === 'string' && Array.isArray(c.deadlines) && Array.isArray(c.costCaps?.bands));
    cache = { dir: resourcesDir, calls };
  }
  return cache.calls;
}

export function fundingCall(resourcesDir: string, id: string): FundingCall {
  const call = loadFundingCalls(resourcesDir).find((c) => c.id === id);
  if (!call) {
    const known = loadFundingCalls(resourcesDir).map((c) => c.id).join(', ');
    throw notFound(`no funding call "${id}" (known: ${known})`, `nessun bando "${id}" (disponibili: ${known})`, 'call');
  }
  return call;
}

export function listFundingCalls(resourcesDir: string, today = todayInItaly()): FundingCallSummary[] {
  return loadFundingCalls(resourcesDir).map((c) => {
    const a = assessFundingCall(c, [], today);
    return { id: c.id, title: c.title, closed: a.closed, template: c.template, source: c.source };
  });
}

const callPlants = (store: ProjectStore): CallPlant[] =>
  store.listPlants().map((p) => ({ id: p.id, name: p.name, kWp: p.kWp, costEur: null, commissioningDate: p.commissioningDate, existing: p.existing, grantShare: p.grantShare }));

export function assessProjectFundingCall(store: ProjectStore, resourcesDir: string, id: string, today = todayInItaly()): FundingCallAssessment {
  return assessFundingCall(fundingCall(resourcesDir, id), callPlants(store), today);
}

/** The PNRR assessment for the technical report; null when the call file is absent. */
export function reportFundingCall(store: ProjectStore, resourcesDir: string, today: string): FundingCallAssessment | null {
  return loadFundingCalls(resourcesDir).some((c) => c.id === REPORT_CALL_ID) ? assessProjectFundingCall(store, resourcesDir, REPORT_CALL_ID, today) : null;
}

export async function exportFundingCall(store: ProjectStore, resourcesDir: string, version: string, args: { call: string; lang: 'it' | 'en'; today?: string | undefined }): Promise<ExportedFile> {
  const a = assessProjectFundingCall(store, resourcesDir, args.call, args.today);
  const buffer = await sheetTablesToXlsx(fundingCallTables(a, args.lang), `Condivisa ${version}`);
  const base = path.basename(store.file).replace(/\.condivisa$/i, '');
  return { name: `${base}-${args.lang === 'it' ? 'bando' : 'call'}-${a.call.id}.xlsx`, base64: buffer.toString('base64') };
}
