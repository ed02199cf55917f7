import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { count } from '../format';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';
import type { EntityRef, Finding, Severity } from '../../core/rules';
import { formatMessage } from '../../core/model/messages';

/** Exit code when at least one finding blocks the application. */
export const EXIT_BLOCKING = 3;

type Lang = 'it' | 'en';

const HEADINGS: Record<Lang, Record<Severity, string>> = {
  it: { blocking: 'BLOCCANTI', warning: 'AVVISI', info: 'INFORMAZIONI' },
  en: { blocking: 'BLOCKING', warning: 'WARNINGS', info: 'INFORMATION' },
};
const MARK: Record<Severity, string> = { blocking: '✖', warning: '!', info: 'i' };
const KIND: Record<Lang, Record<EntityRef['kind'], string>> = {
  it: { community: 'Comunità', configuration: 'Configurazione', member: 'Membro', plant: 'Impianto' },
  en: { community: 'Community', configuration: 'Configuration', member: 'Member', plant: 'Plant' },
};

export const command: CommandModule = {
  summary: 'check the project against the operating rules (exit 3 when a finding blocks)',
  usage: [
    'condivisa check <file.condivisa> [--json] [--today YYYY-MM-DD] [--lang it|en]',
    '',
    'Prints every finding grouped by severity, with its source [RO p.N] and how to fix it.',
    '--today sets the date for deadline checks (default: today in Italy).',
    'Exit codes: 0 no blocking finding, 3 at least one blocking finding, 1 user error, 2 internal error.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { json: { type: 'boolean' }, today: { type: 'string' }, lang: { type: 'string', default: 'it' } },
      1,
    );
    const file = path.resolve(requirePositional(positionals, 0, 'project file'));
    const lang = values.lang as Lang;
    if (lang !== 'it' && lang !== 'en') throw new UserError('--lang must be it or en');
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UserError('--today must be a date YYYY-MM-DD');
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const result = await service.checkProject({ project: file, ...(values.today ? { today: values.today } : {}) });
      if (values.json) {
        printJson(result);
        return result.blocking > 0 ? EXIT_BLOCKING : 0;
      }
      const [summary, configurations, members, plants] = await Promise.all([
        service.getProjectSummary({ project: file }),
        service.listConfigurations({ project: file }),
        service.listMembers({ project: file }),
        service.listPlants({ project: file }),
      ]);
      const names = new Map<string, string>([
        ['community:0', summary.community.name],
        ...configurations.map((c) => [`configuration:${c.id}`, c.name] as [string, string]),
        ...members.map((m) => [`member:${m.id}`, m.name] as [string, string]),
        ...plants.map((p) => [`plant:${p.id}`, p.name] as [string, string]),
      ]);
      const entity = (f: Finding) => `${KIND[lang][f.entity.kind]} "${names.get(`${f.entity.kind}:${f.entity.id}`) ?? `#${f.entity.id}`}"`;
      const [y, m, d] = result.today.split('-');
      const lines: string[] = [
        lang === 'it'
          ? `${summary.community.name} (${summary.community.type}) — controllo delle regole al ${d}/${m}/${y}`
          : `${summary.community.name} (${summary.community.type}) — rules check on ${d}/${m}/${y}`,
      ];
      for (const severity of ['blocking', 'warning', 'info'] as const) {
        const group = result.findings.filter((f) => f.severity === severity);
        if (group.length === 0) continue;
        lines.push('', `${HEADINGS[lang][severity]} (${group.length})`);
        for (const f of group) {
          lines.push(`  ${MARK[severity]} ${entity(f)}: ${formatMessage(f.message, lang)}`);
          lines.push(`      ${lang === 'it' ? 'Fonte' : 'Source'}: ${f.source} · ${f.ruleId}`);
          lines.push(`      ${lang === 'it' ? 'Come risolvere' : 'How to fix'}: ${formatMessage(f.fix, lang)}`);
        }
      }
      if (configurations.length === 0) {
        lines.push(
          '',
          lang === 'it'
            ? 'Nota: il progetto non ha configurazioni: le regole di configurazione (membri, punti, cabina primaria) non sono state applicate.'
            : 'Note: the project has no configuration: configuration rules (members, points, primary substation) were not applied.',
        );
      } else if (result.unassigned.members + result.unassigned.plants > 0) {
        lines.push(
          '',
          lang === 'it'
            ? `Nota: ${count(result.unassigned.members, 'membro', 'membri')} e ${count(result.unassigned.plants, 'impianto', 'impianti')} non in una configurazione: le regole di configurazione non li vedono.`
            : `Note: ${result.unassigned.members} members and ${result.unassigned.plants} plants are in no configuration: configuration rules do not see them.`,
        );
      }
      lines.push(
        '',
        lang === 'it'
          ? `Esito: ${result.blocking} bloccanti, ${result.warnings} avvisi, ${result.infos} informazioni — ${result.blocking > 0 ? 'non ammissibile così com\'è' : 'nessun requisito bloccante violato'} (${result.rules.length} regole nazionali, ${result.localRules} locali).`
          : `Result: ${result.blocking} blocking, ${result.warnings} warnings, ${result.infos} information — ${result.blocking > 0 ? 'not eligible as it stands' : 'no blocking requirement broken'} (${result.rules.length} national rules, ${result.localRules} local).`,
      );
      console.log(lines.join('\n'));
      return result.blocking > 0 ? EXIT_BLOCKING : 0;
    } finally {
      service.dispose();
    }
  },
};
