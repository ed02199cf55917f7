import fs from 'node:fs';
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';
import type { SharingComparisonView, SharingView } from '../../core/api/common';
import { CATEGORY_LABELS_IT } from '../../core/io/import/memberCategory';
import { GROUP_IT } from '../../core/report/regolamento-rules';
import { formatMessage } from '../../core/model/messages';
import { cents } from '../format';

const MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];

function readRules(file: string): unknown {
  let text: string;
  try {
    if (fs.statSync(file).size > 1_000_000) throw new UserError(`${file}: larger than 1 MB, not a rule set`);
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UserError(`${file}: not JSON (${(e as Error).message})`);
  }
}

/** The Italian statement: per configuration its money and groups, then each member by month. */
function table(view: SharingView): string {
  const eur = { format: (v: number) => cents(v) };
  const lines: string[] = [];
  for (const c of view.configurations) {
    lines.push(`${c.name} (cabina ${c.substation || '—'})${view.source === 'gse' ? ' — importi degli estratti conto GSE' : ''}`);
    lines.push(`  incentivo ${eur.format(c.incentiveEur)} € · valorizzazione ${eur.format(c.valorisationEur)} € · quota vincolata 55/45 ${eur.format(c.restrictedPotEur)} €`);
    for (const g of c.groups) lines.push(`  ${GROUP_IT[g.group].padEnd(30)} ${eur.format(g.eur).padStart(12)} €`);
    const header = ['membro'.padEnd(28), 'categoria'.padEnd(14), ...MONTHS.map((m) => m.padStart(9)), 'totale'.padStart(11), 'vincolata'.padStart(10)];
    lines.push('', `  ${header.join(' ')}`);
    for (const m of view.members.filter((x) => x.configurationId === c.configurationId)) {
      const row = [m.name.slice(0, 28).padEnd(28), CATEGORY_LABELS_IT[m.category].slice(0, 14).padEnd(14), ...m.months.map((x) => eur.format(x).padStart(9)), eur.format(m.totalEur).padStart(11), eur.format(m.restrictedEur).padStart(10)];
      lines.push(`  ${row.join(' ')}`);
    }
    lines.push('');
  }
  for (const n of view.notes) lines.push(`! ${formatMessage(n.message, 'it')}`);
  if (view.stale) lines.push('! La simulazione non è aggiornata alle ultime modifiche: ripetere `condivisa simulate`.');
  return lines.join('\n');
}

/** Who gains and who loses, in Italian: members by change, then categories. */
function comparisonTable(cmp: SharingComparisonView): string {
  const eur = { format: (v: number) => cents(v, true) };
  const plain = { format: (v: number) => cents(v) };
  const pct = (v: number | null) => (v === null ? '—' : `${eur.format(v)}%`);
  const lines = [`membri che ci guadagnano ${cmp.gainers}, che ci perdono ${cmp.losers}`, '', `  ${'membro'.padEnd(28)} ${'categoria'.padEnd(14)} ${'prima €'.padStart(11)} ${'dopo €'.padStart(11)} ${'Δ €'.padStart(10)} ${'Δ %'.padStart(9)}`];
  for (const m of [...cmp.members].sort((x, y) => y.diffEur - x.diffEur)) {
    lines.push(`  ${m.name.slice(0, 28).padEnd(28)} ${CATEGORY_LABELS_IT[m.category].slice(0, 14).padEnd(14)} ${plain.format(m.aEur).padStart(11)} ${plain.format(m.bEur).padStart(11)} ${eur.format(m.diffEur).padStart(10)} ${pct(m.diffPct).padStart(9)}`);
  }
  lines.push('', '  per categoria');
  for (const c of cmp.categories) {
    lines.push(`  ${CATEGORY_LABELS_IT[c.category].padEnd(43)} ${plain.format(c.aEur).padStart(11)} ${plain.format(c.bEur).padStart(11)} ${eur.format(c.diffEur).padStart(10)} ${pct(c.diffPct).padStart(9)}`);
  }
  return lines.join('\n');
}

export const command: CommandModule = {
  summary: "who gets what: the monthly division of the last simulation's incentive and valorisation",
  usage: [
    'condivisa share <file.condivisa> [--rules <rules.json>] [--save] [--gse <statements.csv|xlsx>] [--source simulation|gse] [--compare <rules.json>] [--json]',
    '',
    '--compare shows who gains and who loses, by member and category, going from the rules in use',
    '(--rules, else the saved ones) to those of the file.',
    '--gse imports GSE monthly statements into the project and divides them (--source gse divides the',
    'statements already imported). A statement of an unknown configuration or another year is refused.',
    'Divides the last simulation (run `condivisa simulate` first) under the project\'s sharing rules,',
    'or under the rule set in --rules (--save also keeps it in the project). Every euro lands in one',
    'member or one group (costs, funds, reserve), to the cent. See README, "Sharing".',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, { rules: { type: 'string' }, save: { type: 'boolean' }, gse: { type: 'string' }, compare: { type: 'string' }, source: { type: 'string', default: 'simulation' }, json: { type: 'boolean' } }, 1);
    if (values.source !== 'simulation' && values.source !== 'gse') throw new UserError('--source must be simulation or gse');
    const source = values.gse ? 'gse' : values.source;
    const file = path.resolve(requirePositional(positionals, 0, 'project file'));
    if (values.save && !values.rules) throw new UserError('--save needs --rules <rules.json>');
    const ruleSet = values.rules ? readRules(path.resolve(values.rules)) : undefined;
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      if (values.save) await service.setSharingRules({ project: file, ruleSet: ruleSet as Record<string, unknown> });
      if (values.gse) {
        const gse = path.resolve(values.gse);
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(gse);
        } catch (e) {
          throw new UserError(`cannot read ${gse}: ${(e as Error).message}`);
        }
        await service.importGseStatements({ project: file, name: path.basename(gse), base64: bytes.toString('base64') });
      }
      if (values.compare) {
        const b = readRules(path.resolve(values.compare)) as Record<string, unknown>;
        const cmp = await service.compareSharing({ project: file, b, source, ...(ruleSet !== undefined ? { a: ruleSet as Record<string, unknown> } : {}) });
        if (values.json) printJson({ members: cmp.members, categories: cmp.categories, groups: cmp.groups, gainers: cmp.gainers, losers: cmp.losers });
        else console.log(comparisonTable(cmp));
        return 0;
      }
      const view = await service.computeSharing({ project: file, source, ...(ruleSet !== undefined ? { ruleSet: ruleSet as Record<string, unknown> } : {}) });
      if (values.json) printJson(view);
      else console.log(table(view));
      return 0;
    } finally {
      service.dispose();
    }
  },
};
