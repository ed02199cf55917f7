import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { createHostService } from '../../core/api/node/host-setup';
import { num } from '../format';

export const command: CommandModule = {
  summary: 'show what a project file contains',
  usage: 'condivisa info <file.condivisa> [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, 1);
    const file = path.resolve(requirePositional(positionals, 0, 'project file'));
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const summary = await service.getProjectSummary({ project: file });
      if (values.json) {
        const configurations = await service.listConfigurations({ project: file });
        printJson({ ...summary, configurations });
        return 0;
      }
      const c = summary.community;
      const fmt = { format: (v: number) => num(v, 1) };
      console.log(
        [
          `${c.name} (${c.type})${summary.demo ? ' — dati illustrativi' : ''}`,
          `  file:            ${summary.path} (schema ${summary.schemaVersion})`,
          `  soggetto:        ${c.legalEntity || '—'}; costituzione ${c.constitutionDate ?? '—'}`,
          `  configurazioni:  ${summary.counts.configurations}`,
          `  membri:          ${summary.counts.members}`,
          `  impianti:        ${summary.counts.plants} (${fmt.format(summary.counts.totalKWp)} kWp)`,
          `  consumi annui:   ${fmt.format(summary.counts.annualConsumptionKWh)} kWh`,
        ].join('\n'),
      );
      return 0;
    } finally {
      service.dispose();
    }
  },
};
