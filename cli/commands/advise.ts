import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';
import { OBJECTIVES, type Objective } from '../../core/advisor/types';
import { LOAD_PROFILES, MEMBER_CATEGORIES, type LoadProfileKind, type MemberCategory } from '../../core/model/entities';
import type { AdviceResult } from '../../core/api/node/advisor-service';
import type { JobStatus } from '../../core/api/common';
import { fixed, num as fmtNum, pct as pctOf } from '../format';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const num = (v: string | undefined, what: string): number | undefined => {
  if (v === undefined) return undefined;
  const x = Number(v.replace(',', '.'));
  if (!Number.isFinite(x)) throw new UserError(`${what} must be a number, not "${v}"`);
  return x;
};

/** `household:5:2700,sme:2` → typical candidates (category, count, yearly kWh). */
function categories(text: string): { category: MemberCategory; count: number; annualKWh?: number; loadProfile?: LoadProfileKind }[] {
  return text.split(',').map((part) => {
    const [category, count, kWh, profile] = part.trim().split(':');
    if (!MEMBER_CATEGORIES.includes(category as MemberCategory)) throw new UserError(`--categories: "${category}" is not one of ${MEMBER_CATEGORIES.join(', ')}`);
    if (profile !== undefined && !LOAD_PROFILES.includes(profile as LoadProfileKind)) throw new UserError(`--categories: load profile "${profile}" is not one of ${LOAD_PROFILES.join(', ')}`);
    return {
      category: category as MemberCategory,
      count: num(count ?? '1', '--categories count')!,
      ...(kWh ? { annualKWh: num(kWh, '--categories kWh')! } : {}),
      ...(profile ? { loadProfile: profile as LoadProfileKind } : {}),
    };
  });
}

export const command: CommandModule = {
  summary: 'advice: best size of a plant, which roofs to build, which members to recruit',
  usage: [
    'condivisa advise <file.condivisa> --size <plantId> [--objective shared|npv|irr|co2|members] [--max-kwp N] [--min-kwp N] [--steps N] [--budget €] [--within-5545] [--storage 0,10,20 kWh] [--storage-cost €/kWh] [--json]',
    'condivisa advise <file.condivisa> --roofs [--plants 1,2,3] [--budget €] [--objective …] [--json]',
    'condivisa advise <file.condivisa> --members <candidates.xlsx> | --categories household:5:2700,sme:2 [--configuration id] [--max-count N] [--json]',
    '  investment: [--cost-per-kwp €] [--plant-cost id:€,id:€] [--vat 0,1] [--loan share:rate:years] [--deduction rate:years]; [--threads N] [--methods greedy,swap,exhaustive]',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        size: { type: 'string' },
        roofs: { type: 'boolean' },
        members: { type: 'string' },
        categories: { type: 'string' },
        objective: { type: 'string' },
        'max-kwp': { type: 'string' },
        'min-kwp': { type: 'string' },
        steps: { type: 'string' },
        budget: { type: 'string' },
        plants: { type: 'string' },
        configuration: { type: 'string' },
        'max-count': { type: 'string' },
        methods: { type: 'string' },
        threads: { type: 'string' },
        'cost-per-kwp': { type: 'string' },
        'plant-cost': { type: 'string' },
        vat: { type: 'string' },
        loan: { type: 'string' },
        deduction: { type: 'string' },
        'within-5545': { type: 'boolean' },
        storage: { type: 'string' },
        'storage-cost': { type: 'string' },
        json: { type: 'boolean' },
      },
      1,
    );
    const file = path.resolve(requirePositional(positionals, 0, 'project file'));
    const objective = (values.objective ?? (values.members || values.categories ? 'shared' : 'npv')) as Objective;
    if (!OBJECTIVES.includes(objective)) throw new UserError(`--objective must be one of ${OBJECTIVES.join(', ')}`);
    const kinds = [values.size !== undefined, !!values.roofs, values.members !== undefined || values.categories !== undefined].filter(Boolean).length;
    if (kinds !== 1) throw new UserError('give one of --size <plantId>, --roofs, --members <file> / --categories');
    if ((values.storage !== undefined || values['storage-cost'] !== undefined) && values.size === undefined) throw new UserError('--storage and --storage-cost go with --size <plantId>');
    const triple = (v: string | undefined, what: string) => (v === undefined ? undefined : v.split(':').map((x) => num(x, what)!));
    const loan = triple(values.loan, '--loan');
    const deduction = triple(values.deduction, '--deduction');
    const investment = {
      ...(values['cost-per-kwp'] ? { costEurPerKWp: num(values['cost-per-kwp'], '--cost-per-kwp')! } : {}),
      ...(values['plant-cost']
        ? { plantCosts: values['plant-cost'].split(',').map((pair) => ((a) => ({ plantId: num(a[0], '--plant-cost id')!, costEur: num(a[1] ?? '', '--plant-cost €')! }))(pair.split(':'))) }
        : {}),
      ...(values.vat ? { vatRate: num(values.vat, '--vat')!, vatRecoverable: false } : {}),
      ...(loan ? { loan: { share: loan[0]!, ratePerYear: loan[1]!, years: loan[2]! } } : {}),
      ...(deduction ? { taxDeduction: { rate: deduction[0]!, years: deduction[1]! } } : {}),
    };
    const opt = (k: string, v: number | undefined) => (v === undefined ? {} : { [k]: v });
    const common = {
      project: file,
      objective,
      ...opt('budgetEur', num(values.budget, '--budget')),
      ...opt('threads', num(values.threads, '--threads')),
      ...(Object.keys(investment).length ? { investment } : {}),
    };
    // Storage sizes [kWh]: 0,10,20 — or 0;10,5;20 with decimal commas.
    const storage = {
      ...(values.storage !== undefined ? { storageKWh: values.storage.split(values.storage.includes(';') ? ';' : ',').map((x) => num(x.trim(), '--storage')!) } : {}),
      ...opt('storageEurPerKWh', num(values['storage-cost'], '--storage-cost')),
    };
    const methods = values.methods ? { methods: values.methods.split(',') as ('greedy' | 'swap' | 'exhaustive')[] } : {};
    const args =
      values.size !== undefined
        ? { kind: 'sizing' as const, plantId: num(values.size, '--size')!, ...common, ...opt('maxKWp', num(values['max-kwp'], '--max-kwp')), ...opt('minKWp', num(values['min-kwp'], '--min-kwp')), ...opt('steps', num(values.steps, '--steps')), ...(values['within-5545'] ? { within5545: true } : {}), ...storage }
        : values.roofs
          ? { kind: 'roofs' as const, ...common, ...methods, ...(values.plants ? { plantIds: values.plants.split(',').map((x) => num(x, '--plants')!) } : {}) }
          : {
              kind: 'members' as const,
              ...common,
              ...methods,
              ...(values.members ? { path: path.resolve(values.members) } : {}),
              ...(values.categories ? { categories: categories(values.categories) } : {}),
              ...opt('configurationId', num(values.configuration, '--configuration')),
              ...opt('maxCount', num(values['max-count'], '--max-count')),
            };
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const { jobId } = await service.startAdvice(args as Parameters<typeof service.startAdvice>[0]);
      let job: JobStatus = await service.getJob({ jobId });
      while (job.status === 'running') {
        if (!values.json && process.stderr.isTTY) process.stderr.write(`\r${Math.round(job.progress * 100)}% `);
        await sleep(50);
        job = await service.getJob({ jobId });
      }
      if (!values.json && process.stderr.isTTY) process.stderr.write('\r      \r');
      if (job.status !== 'done') throw new UserError(job.error?.message ?? `advice ${job.status}`);
      const r = job.result as AdviceResult;
      if (values.json) printJson(r.kind === 'sizing' ? sizingJson(r) : r);
      else print(r);
      return 0;
    } finally {
      service.dispose();
    }
  },
};

/** The sizing JSON contract: plantId, objective, bestKWp (and storage) and per size the headline figures. */
function sizingJson(r: Extract<AdviceResult, { kind: 'sizing' }>) {
  return {
    plantId: r.plantId,
    objective: r.objective,
    bestKWp: r.bestKWp,
    bestStorageKWh: r.bestStorageKWh,
    sizes: r.sizes.map((s) => ({ kWp: s.kWp, storageKWh: s.storageKWh, sharedKWh: s.sharedKWh, npvEur: s.npvEur, irr: s.irr, paybackYears: s.paybackYears, avoidedTCO2: s.avoidedTCO2 })),
  };
}

// Figures as the reports print them (cli/format.ts): one fixed decimal in the columns that
// have one (9,0% under 11,9%; 17,0 under 22,7).
const f0 = { format: (v: number) => fmtNum(v, 0) };
const f1 = { format: (v: number) => fmtNum(v, 1) };
const fixed1 = { format: (v: number) => fixed(v, 1) };
const pct = { format: (v: number) => pctOf(v, 1) };
const OBJ_IT: Record<Objective, string> = { shared: 'energia condivisa', npv: 'VAN', irr: 'TIR', co2: 'CO2 evitata', members: 'beneficio dei membri' };
const METHOD_IT = { greedy: 'scelta golosa', swap: 'ricerca locale (scambi)', exhaustive: 'ricerca esaustiva' } as const;

function print(r: AdviceResult): void {
  if (r.kind === 'sizing') {
    console.log(`${r.plantName}: taglie da ${f1.format(r.sizes[0]!.kWp)} a ${f1.format(r.sizes.at(-1)!.kWp)} kWp (ora ${f1.format(r.currentKWp)} kWp), obiettivo ${OBJ_IT[r.objective]}`);
    const withStorage = r.sizes.some((s) => s.storageKWh > 0);
    console.log(`  kWp       ${withStorage ? ' accumulo kWh' : ''} condivisa kWh   VAN €        TIR      rientro anni  CO2 t`);
    for (const s of r.sizes) {
      const mark = s.kWp === r.bestKWp && s.storageKWh === r.bestStorageKWh ? '★' : s.feasible ? ' ' : '×';
      console.log(
        `${mark} ${f1.format(s.kWp).padStart(8)}  ${withStorage ? f1.format(s.storageKWh).padStart(12) + '  ' : ''}${f0.format(s.sharedKWh).padStart(13)}  ${f0.format(s.npvEur).padStart(10)}  ${(s.irr === null ? '—' : pct.format(s.irr)).padStart(7)}  ${(s.paybackYears === null ? '—' : fixed1.format(s.paybackYears)).padStart(12)}  ${fixed1.format(s.avoidedTCO2).padStart(5)}${s.reasons.length ? `  (${s.reasons.join(', ')})` : ''}`,
      );
    }
    const storageText = withStorage && r.bestStorageKWh ? ` con ${f1.format(r.bestStorageKWh)} kWh di accumulo` : withStorage ? ' senza accumulo' : '';
    console.log(r.bestKWp === null ? 'nessuna taglia rispetta i vincoli' : `taglia consigliata: ${f1.format(r.bestKWp)} kWp${storageText}`);
    if (r.bestStorageAtTop) console.log("! l'accumulo migliore è il più grande provato: provare taglie maggiori con --storage");
    if (r.bestAtTop) console.log('! la migliore è la taglia più grande provata: l\'ottimo può essere oltre (indicare --max-kwp, ad es. la superficie del tetto)');
    return;
  }
  const names = new Map<string, string>(r.kind === 'roofs' ? r.candidates.map((c) => [c.key, `${c.name} (${f1.format(c.kWp)} kWp, ${f0.format(c.costEur)} €)`]) : r.candidates.map((c) => [c.key, c.name]));
  console.log(`Obiettivo ${OBJ_IT[r.objective]}; situazione di partenza: condivisa ${f0.format(r.baseline.sharedKWh)} kWh, VAN ${f0.format(r.baseline.npvEur)} €`);
  console.log('Guadagno marginale di ciascun candidato da solo:');
  for (const m of [...r.marginal].sort((a, b) => b.gain - a.gain)) {
    const dn = r.kind === 'members' ? r.candidates.find((c) => c.key === m.key)!.dayNight : null;
    console.log(`  ${names.get(m.key)}: ${f1.format(m.gain)}${dn ? ` — ${pct.format(dn.daytimeShare)} dei consumi nelle ore di produzione` : ''}`);
  }
  for (const c of r.choices) console.log(`${METHOD_IT[c.method]}: ${c.keys.map((k) => names.get(k)).join('; ') || 'nessuno'} → ${f1.format(c.score)} (${c.evaluations} valutazioni)`);
  console.log(`consiglio: ${r.best.keys.map((k) => names.get(k)).join('; ') || 'nessuno'} (${METHOD_IT[r.best.method]})`);
}
