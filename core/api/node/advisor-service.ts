/**
 * The advisor's operations: the project's scenario input read once, the pure searches of
 * core/advisor run on the thread pool (advisor-pool), the outlook on an optional forecast file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as v from 'valibot';
import type { ProjectStore } from '../../store/project-store';
import { scenarioInput } from './simulation-service';
import { badRequest } from '../common/errors';
import type { AdviceResult, adviceArgs } from '../common/ops/advisor';

export type { AdviceResult } from '../common/ops/advisor';
import { advisorEvaluator } from './advisor-pool';
import { sweepSizes } from '../../advisor/sizing';
import { chooseSubset, EXHAUSTIVE_MAX_ITEMS, type SubsetMethod } from '../../advisor/subset';
import { dayNightOf } from '../../advisor/day-night';
import { productionPerKWp } from '../../advisor/scenario-evaluator';
import { buildOutlook, type Outlook } from '../../advisor/outlook';
import { AdvisorCancelled, type CandidateMember } from '../../advisor/types';
import type { InvestmentInputs } from '../../advisor/investment';
import { parseForecast } from '../../io/forecast/open-meteo';
import { writeReportPdf } from '../../io/pdf/write-report-pdf';
import { outlookSheet } from '../../report/outlook-sheet';
import { importMembers } from '../../io/import/members';
import { costCapEurPerKw } from '../../economics/pnrrGrant';
import { SCENARIO_DEFAULTS } from '../../scenario/defaults';
import { PROFILE_OF_CATEGORY } from '../../model/member-reconciliation';
import { DEFAULT_MEMBER_ANNUAL_KWH } from '../../model/entity-validation';
import { ScenarioCancelled } from '../../scenario/errors';
import type { ScenarioInput } from '../../scenario/types';
import type { JobHooks } from './jobs';

export type AdviceArgs = v.InferOutput<typeof adviceArgs>;

/** Where an uploaded or named file comes from (`path` already resolved by the caller). */
export type FileArg = { path: string } | { name: string; base64: string };

function readFileArg(f: FileArg): { name: string; data: Uint8Array } {
  if ('path' in f) {
    const file = path.resolve(f.path);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw badRequest({ code: 'api.file-not-found', params: { file } }, 'path');
    return { name: path.basename(file), data: fs.readFileSync(file) };
  }
  return { name: path.basename(f.name), data: Buffer.from(f.base64.replace(/^data:[^,]*,/, ''), 'base64') };
}

/** Inputs are read when the job starts, so later edits belong to the next advice. */
export function prepareAdvice(store: ProjectStore, resourcesDir: string): ScenarioInput {
  return scenarioInput(store, 60, resourcesDir);
}

export async function runAdvice(input: ScenarioInput, args: AdviceArgs, file: FileArg | null, hooks: JobHooks): Promise<AdviceResult> {
  // The API takes plant costs as a list; the evaluator as a map by plant id.
  const { plantCosts, ...terms } = args.investment ?? {};
  const investment: InvestmentInputs | undefined = args.investment
    ? { ...terms, ...(plantCosts?.length ? { costEurByPlant: Object.fromEntries(plantCosts.map((c) => [c.plantId, c.costEur])) } : {}) }
    : undefined;
  const options = args.threads !== undefined ? { threads: args.threads } : {};
  const jobHooks = { onProgress: hooks.onProgress, signal: hooks.signal };
  const withPool = async <T>(scope: number[], work: (ev: ReturnType<typeof advisorEvaluator>) => Promise<T>): Promise<T> => {
    const ev = advisorEvaluator(input, { configurationIds: scope, ...(investment ? { investment } : {}) }, options);
    try {
      return await work(ev);
    } catch (e) {
      if (e instanceof AdvisorCancelled) throw new ScenarioCancelled();
      throw e;
    } finally {
      await ev.close();
    }
  };

  if (args.kind === 'sizing') {
    const plant = input.plants.find((p) => p.id === args.plantId);
    if (!plant) throw badRequest({ code: 'api.advisor.plant-not-found', params: { plantId: String(args.plantId) } }, 'plantId');
    if (plant.configurationId === null) throw badRequest({ code: 'api.advisor.plant-in-no-configuration', params: { name: plant.name } }, 'plantId');
    const { plantId: _p, kind: _k, project: _pr, objective, threads: _t, investment: _i, ...limits } = args;
    // A pre-existing plant costs nothing in the run: its storage would come free.
    if (plant.existing && args.storageKWh?.some((x) => x > 0)) throw badRequest({ code: 'api.advisor.storage-existing-plant', params: { name: plant.name } }, 'storageKWh');
    return withPool([plant.configurationId], async (ev) => ({
      kind: 'sizing' as const,
      plantName: plant.name,
      currentKWp: plant.kWp,
      threads: ev.threads,
      ...(await sweepSizes({ plantId: plant.id, objective, currentKWp: plant.kWp, ...limits }, ev.evaluateMany, jobHooks)),
    }));
  }

  if (args.kind === 'roofs') {
    const candidates = input.plants.filter((p) => p.configurationId !== null && (args.plantIds ? args.plantIds.includes(p.id) : !p.existing));
    if (!candidates.length) throw badRequest({ code: 'api.advisor.no-candidate-plant' }, 'plantIds');
    if (args.plantIds) for (const id of args.plantIds) if (!candidates.some((p) => p.id === id)) throw badRequest({ code: 'api.advisor.plant-not-in-configuration', params: { id: String(id) } }, 'plantIds');
    // What a roof costs against the budget: the promoters' €/kWp, else the PNRR cost cap of its class [RO App. E p.158].
    const caps = input.economics?.pnrr.rules.costCaps ?? [];
    const costOf = (id: number, kWp: number, grantShare: number) =>
      (investment?.costEurByPlant?.[id] ?? kWp * (investment?.costEurPerKWp ?? costCapEurPerKw(kWp, caps) ?? (input.defaults ?? SCENARIO_DEFAULTS).capexAboveCapsEurPerKw.value)) * (1 - grantShare);
    const items = candidates.map((p) => ({ key: String(p.id), plantId: p.id, name: p.name, kWp: p.kWp, costEur: Math.round(costOf(p.id, p.kWp, p.grantShare)) }));
    const scope = [...new Set(candidates.map((p) => p.configurationId!))];
    return withPool(scope, async (ev) => ({
      kind: 'roofs' as const,
      threads: ev.threads,
      budgetEur: args.budgetEur ?? null,
      candidates: items,
      ...(await chooseSubset(
        {
          items,
          objective: args.objective,
          ...(args.budgetEur !== undefined ? { budgetEur: args.budgetEur } : {}),
          methods: methodsOf(args.methods, items.length),
          variantOf: (chosen) => ({ kWp: Object.fromEntries(items.map((it, i) => [it.plantId, chosen.includes(i) ? it.kWp : 0])) }),
        },
        ev.evaluateMany,
        jobHooks,
      )),
    }));
  }

  // Members: candidates from a registry and/or typical categories, added to one configuration.
  const configurationId = args.configurationId ?? input.configurations[0]?.id;
  if (configurationId === undefined || !input.configurations.some((c) => c.id === configurationId)) {
    throw badRequest({ code: 'api.advisor.no-such-configuration' }, 'configurationId');
  }
  const candidates: CandidateMember[] = [];
  const skipped: { name: string; row: number; substationCode: string }[] = [];
  if (file) {
    const records = await importMembers(readFileArg(file));
    const code = input.configurations.find((c) => c.id === configurationId)!.substationCode.trim().toUpperCase();
    for (const r of records) {
      // A row declaring another primary substation cannot join this configuration [RO §1.1.4 p.6].
      if (r.substationCode !== '' && code !== '' && r.substationCode !== code) {
        skipped.push({ name: r.name, row: r.sourceRow, substationCode: r.substationCode });
        continue;
      }
      candidates.push({
        key: `${r.name} (r.${r.sourceRow})`,
        name: r.name,
        category: r.category,
        taxCode: r.taxCode,
        ateco: r.ateco,
        pods: r.pods,
        lat: r.lat,
        lon: r.lon,
        vulnerable: r.vulnerable,
        annualKWh: r.annualKWh ?? DEFAULT_MEMBER_ANNUAL_KWH,
        loadProfile: PROFILE_OF_CATEGORY[r.category],
      });
    }
  }
  for (const c of args.categories ?? []) {
    for (let i = 1; i <= c.count; i++) {
      const name = `${c.name ?? c.category} ${i}`;
      candidates.push({ key: name, name, category: c.category, taxCode: '', ateco: '', pods: [], lat: null, lon: null, vulnerable: false, annualKWh: c.annualKWh ?? DEFAULT_MEMBER_ANNUAL_KWH, loadProfile: c.loadProfile ?? PROFILE_OF_CATEGORY[c.category] });
    }
  }
  if (!candidates.length) throw badRequest({ code: 'api.advisor.no-candidates' }, 'categories');
  if (candidates.length > 40) throw badRequest({ code: 'api.advisor.too-many-candidates', params: { count: String(candidates.length) } }, 'categories');
  const dayNight = dayNightOf(input, productionPerKWp(input), configurationId, candidates);
  return withPool([configurationId], async (ev) => ({
    kind: 'members' as const,
    threads: ev.threads,
    configurationId,
    skipped,
    candidates: candidates.map((c, i) => ({ key: c.key, name: c.name, category: c.category, annualKWh: c.annualKWh, loadProfile: c.loadProfile, dayNight: dayNight[i]! })),
    ...(await chooseSubset(
      {
        items: candidates.map((c) => ({ key: c.key, costEur: 0 })),
        objective: args.objective,
        ...(args.maxCount !== undefined ? { maxCount: args.maxCount } : {}),
        methods: methodsOf(args.methods, candidates.length),
        variantOf: (chosen) => ({ addMembers: chosen.map((i) => ({ candidate: candidates[i]!, configurationId })) }),
      },
      ev.evaluateMany,
      jobHooks,
    )),
  }));
}

/** Default: greedy and swap; exhaustive too on small lists (2^8 = 256 sets at most). */
function methodsOf(asked: SubsetMethod[] | undefined, n: number): SubsetMethod[] {
  if (asked?.length) {
    if (asked.includes('exhaustive') && n > EXHAUSTIVE_MAX_ITEMS) {
      throw badRequest({ code: 'api.advisor.exhaustive-too-many', params: { max: String(EXHAUSTIVE_MAX_ITEMS), n: String(n) } }, 'methods');
    }
    return [...new Set(['greedy' as const, ...asked])];
  }
  return n <= 8 ? ['greedy', 'swap', 'exhaustive'] : ['greedy', 'swap'];
}

export function outlookOf(store: ProjectStore, file: FileArg | null, nowUtcMs: number): Outlook {
  const forecast = file ? parseForecast(...((f) => [f.name, f.data] as const)(readFileArg(file))) : null;
  const plants = store.listPlants().filter((p) => p.configurationId !== null);
  return buildOutlook(plants, store.listMembers(), forecast, nowUtcMs);
}

/** The outlook as a one-page PDF for members. */
export async function outlookSheetPdf(store: ProjectStore, file: FileArg | null, nowUtcMs: number, lang: 'it' | 'en', version: string): Promise<{ name: string; base64: string }> {
  const community = store.getCommunity();
  const doc = outlookSheet(outlookOf(store, file, nowUtcMs), lang, community.name);
  const data = await writeReportPdf(doc, { author: `Condivisa ${version}`, layout: 'sheet' });
  return { name: `${path.basename(store.file, '.condivisa')}-${lang === 'it' ? 'prossimi-3-giorni' : 'next-3-days'}.pdf`, base64: Buffer.from(data).toString('base64') };
}
