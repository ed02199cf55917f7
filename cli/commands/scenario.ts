/**
 * `condivisa scenario <file.condivisa> --list | --save <name> | --open <id|name> | --compare <a> <b> [<c>] [--json]`:
 * *Scenari di progetto* — saved states of the project with their results, compared side by side.
 */
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError } from '../errors';
import { count, date, num } from '../format';
import { projectFile, withService } from '../service';
import type { ProjectScenarioItem, ProjectScenarioComparison } from '../../core/api/common';
import type { SummaryCell, SummaryKey } from '../../core/scenario/project-scenario-summary';

const LABELS: Record<SummaryKey, [string, (n: number) => string]> = {
  kWp: ['potenza (kWp)', (n) => num(n, 1)],
  members: ['membri', (n) => num(n, 0)],
  sharedKWh: ['energia condivisa (kWh/anno)', (n) => num(n, 0)],
  selfSufficiency: ['autosufficienza (%)', (n) => num(n * 100, 1)],
  incentiveEur: ['incentivo (€/anno)', (n) => num(n, 0)],
  valorisationEur: ['valorizzazione (€/anno)', (n) => num(n, 0)],
  npvEur: ['VAN 20 anni (€)', (n) => num(n, 0)],
  avoidedTCO2: ['CO2 evitata (t/anno)', (n) => num(n, 1)],
  membersBenefitEur: ['beneficio dei membri (€/anno)', (n) => num(n, 0)],
};

/** A scenario by id (digits) or by name (case-insensitive). */
function find(list: ProjectScenarioItem[], ref: string): ProjectScenarioItem {
  const found = /^\d+$/.test(ref) ? list.find((s) => s.id === Number(ref)) : list.find((s) => s.name.toLocaleLowerCase('it') === ref.toLocaleLowerCase('it'));
  if (!found) throw new UserError(`no scenario "${ref}" (condivisa scenario <file> --list)`);
  return found;
}

function cellText(key: SummaryKey, c: SummaryCell): string {
  const [, fmt] = LABELS[key];
  if (c.value === null) return '—';
  if (c.delta === null) return fmt(c.value);
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  return `${fmt(c.value)} (${sign}${fmt(Math.abs(c.delta))})`;
}

function printComparison(cmp: ProjectScenarioComparison): void {
  const head = ['', ...cmp.scenarios.map((s) => `${s.name} [${s.id}]`)];
  const rows = (Object.keys(LABELS) as SummaryKey[]).map((k) => [LABELS[k][0], ...cmp.cells[k].map((c) => cellText(k, c))]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) console.log(r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  '));
  console.log('tra parentesi: differenza dal primo scenario');
}

export const command: CommandModule = {
  summary: 'project scenarios: list, save the working state, reopen one, compare two or three',
  usage: [
    'condivisa scenario <file.condivisa> --list [--json]',
    'condivisa scenario <file.condivisa> --save <name> [--json]     (simulates first when the results are out of date)',
    'condivisa scenario <file.condivisa> --open <id|name> [--json]  (the working state is saved first unless a scenario holds it)',
    'condivisa scenario <file.condivisa> --compare <a> <b> [<c>] [--json]',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { list: { type: 'boolean' }, save: { type: 'string' }, open: { type: 'string' }, compare: { type: 'boolean' }, json: { type: 'boolean' } },
      4,
    );
    const project = projectFile(positionals);
    const refs = positionals.slice(1);
    const chosen = [values.list, values.save !== undefined, values.open !== undefined, values.compare].filter(Boolean).length;
    if (chosen !== 1) throw new UserError('choose one of --list, --save <name>, --open <id|name>, --compare <a> <b> [<c>]');
    if (!values.compare && refs.length) throw new UserError(`unexpected argument "${refs[0]}"`);
    if (values.compare && (refs.length < 2 || refs.length > 3)) throw new UserError('--compare takes two or three scenarios (id or name)');
    return withService(async (service) => {
      if (values.save !== undefined) {
        const saved = await service.saveProjectScenario({ project, name: values.save });
        if (values.json) printJson(saved);
        else console.log(`salvato lo scenario «${saved.name}» [${saved.id}]`);
        return 0;
      }
      const { scenarios } = await service.listProjectScenarios({ project });
      if (values.open !== undefined) {
        const target = find(scenarios, values.open);
        const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
        const opened = await service.openProjectScenario({ project, id: target.id, saveCurrentAs: `Stato di lavoro ${stamp}` });
        if (values.json) printJson(opened);
        else {
          if (opened.savedPreviousAs) console.log(`stato di lavoro salvato come «${opened.savedPreviousAs.name}» [${opened.savedPreviousAs.id}]`);
          console.log(`riaperto lo scenario «${target.name}» [${target.id}]`);
        }
        return 0;
      }
      if (values.compare) {
        const cmp = await service.compareProjectScenarios({ project, ids: refs.map((r) => find(scenarios, r).id) });
        if (values.json) printJson(cmp);
        else printComparison(cmp);
        return 0;
      }
      if (values.json) printJson(scenarios);
      else if (scenarios.length === 0) console.log('nessuno scenario salvato (--save <nome>)');
      else
        for (const s of scenarios) {
          const shared = s.summary.sharedKWh === null ? 'non simulato' : `${num(s.summary.sharedKWh, 0)} kWh condivisi`;
          console.log(`${s.current ? '*' : ' '} [${s.id}] ${s.name} — ${date(s.createdAt)} · ${num(s.summary.kWp, 1)} kWp · ${count(s.summary.members, 'membro', 'membri')} · ${shared}`);
        }
      return 0;
    });
  },
};
