/** `condivisa template <out.xlsx>`: the blank project workbook to fill in (instructions in Italian). */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, requirePositional, writeBase64Output } from '../args';
import { createHostService } from '../../core/api/node/host-setup';

export const command: CommandModule = {
  summary: 'write the blank project workbook template (.xlsx)',
  usage: 'condivisa template <out.xlsx>',
  async run(argv) {
    const { positionals } = parse(argv, {}, 1);
    const out = path.resolve(requirePositional(positionals, 0, 'output file'));
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const file = await service.getWorkbookTemplate({});
      writeBase64Output(out, file.base64);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
