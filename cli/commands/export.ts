/** `condivisa export <file.condivisa> --workbook <out.xlsx>`: the project workbook (members, plants, configurations, curves, bills, parameters). */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, requirePositional, writeBase64Output } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';

export const command: CommandModule = {
  summary: 'export the project workbook (.xlsx), re-importable into a new project',
  usage: 'condivisa export <file.condivisa> --workbook <out.xlsx>',
  async run(argv) {
    const { values, positionals } = parse(argv, { workbook: { type: 'string' } }, 1);
    const project = path.resolve(requirePositional(positionals, 0, 'project file'));
    if (typeof values.workbook !== 'string') throw new UserError('missing --workbook <out.xlsx>');
    const out = path.resolve(values.workbook);
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const file = await service.exportProjectWorkbook({ project });
      writeBase64Output(out, file.base64);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
