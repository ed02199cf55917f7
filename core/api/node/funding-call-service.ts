/**
 * Funding calls: the calls shipped in resources/calls/*.json, assessed on a project's plants
 * (core/report/funding-call) and exported as an xlsx (one sheet per section). Each plant's cost
 * is its investment cost when given; otherwise the call's cap is assumed (flagged per plant).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectStore } from '../../store/project-store';
import type { ExportedFile, FundingCallSummary } from '../common';
import { badRequest, notFound } from '../common/errors';
import { assessFundingCall, type CallPlant, type FundingCall, type FundingCallAssessment } from '../../report/funding-call';
import { fundingCallTables } from '../../report/funding-call-tables';
import { sheetTablesToXlsx } from '../../io/exports/sheet-tables-xlsx';
import { todayInItaly } from './rules-service';
import { parseFundingCall } from './funding-call-schema';

/** The call the technical report assesses: the PNRR CER measure. */
export const REPORT_CALL_ID = 'pnrr-cer';

interface CallFiles {
  calls: FundingCall[];
  /** Files that are not a valid call, by the id their name gives: refused when asked for by that id. */
  problems: Map<string, string>;
}
let cache: { dir: string; files: CallFiles } | undefined;

/** Every valid call file, sorted by id; an invalid one is kept aside with its problem, not guessed at. */
function callFiles(resourcesDir: string): CallFiles {
  if (cache?.dir !== resourcesDir) {
    const dir = path.join(resourcesDir, 'calls');
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    const files: CallFiles = { calls: [], problems: new Map() };
    for (const name of names) {
      let parsed: ReturnType<typeof parseFundingCall>;
      try {
        parsed = parseFundingCall(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
      } catch (e) {
        parsed = { problem: `not JSON (${(e as Error).message})` };
      }
      if ('call' in parsed) files.calls.push(parsed.call);
      else files.problems.set(name.replace(/\.json$/, ''), `${name}: ${parsed.problem}`);
    }
    cache = { dir: resourcesDir, files };
  }
  return cache.files;
}

export const loadFundingCalls = (resourcesDir: string): FundingCall[] => callFiles(resourcesDir).calls;

export function fundingCall(resourcesDir: string, id: string): FundingCall {
  const { calls, problems } = callFiles(resourcesDir);
  const call = calls.find((c) => c.id === id);
  if (call) return call;
  const problem = problems.get(id);
  if (problem) throw badRequest({ code: 'api.funding-call.invalid', params: { id: String(id), problem } }, 'call');
  const known = calls.map((c) => c.id).join(', ');
  throw notFound({ code: 'api.funding-call.unknown', params: { id: String(id), known } }, 'call');
}

export function listFundingCalls(resourcesDir: string, today = todayInItaly()): FundingCallSummary[] {
  return loadFundingCalls(resourcesDir).map((c) => {
    const a = assessFundingCall(c, [], today);
    return { id: c.id, title: c.title, closed: a.closed, template: c.template, source: c.source };
  });
}

const callPlants = (store: ProjectStore): CallPlant[] =>
  store.listPlants().map((p) => ({ id: p.id, name: p.name, kWp: p.kWp, costEur: p.capexEur ?? null, commissioningDate: p.commissioningDate, existing: p.existing, grantShare: p.grantShare }));

export function assessProjectFundingCall(store: ProjectStore, resourcesDir: string, id: string, today = todayInItaly()): FundingCallAssessment {
  return assessFundingCall(fundingCall(resourcesDir, id), callPlants(store), today);
}

/** The PNRR assessment for the technical report; null when the call file is absent. */
export function reportFundingCall(store: ProjectStore, resourcesDir: string, today: string): FundingCallAssessment | null {
  return loadFundingCalls(resourcesDir).some((c) => c.id === REPORT_CALL_ID) ? assessProjectFundingCall(store, resourcesDir, REPORT_CALL_ID, today) : null;
}

type CallXlsxArgs = { call: string; lang: 'it' | 'en'; today?: string | undefined };

/** The assessment as an xlsx with its file name (the download, and the dossier's entry). */
export async function fundingCallXlsx(store: ProjectStore, resourcesDir: string, version: string, args: CallXlsxArgs): Promise<{ name: string; buffer: Buffer }> {
  const a = assessProjectFundingCall(store, resourcesDir, args.call, args.today);
  const buffer = await sheetTablesToXlsx(fundingCallTables(a, args.lang), `Condivisa ${version}`);
  const base = path.basename(store.file).replace(/\.condivisa$/i, '');
  return { name: `${base}-${args.lang === 'it' ? 'bando' : 'call'}-${a.call.id}.xlsx`, buffer };
}

export async function exportFundingCall(store: ProjectStore, resourcesDir: string, version: string, args: CallXlsxArgs): Promise<ExportedFile> {
  const { name, buffer } = await fundingCallXlsx(store, resourcesDir, version, args);
  return { name, base64: buffer.toString('base64') };
}
