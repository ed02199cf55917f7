/** `condivisa template <out.xlsx>`: the blank project workbook to fill in (instructions in Italian). */
import fs from 'node:fs';
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, requirePositional } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/host-setup';

export const command: CommandModule = {
  summary: 'write the blank project workbook template (.xlsx)',
  usage: 'condivisa template <out.xlsx>',
  async run(argv) {
    const { positionals } = parse(argv, {}, 1);
    const out = path.resolve(requirePositional(positionals, 0, 'output file'));
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const file = await service.getWorkbookTemplate({});
      try {
        fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
      } catch (e) {
        throw new UserError(`cannot write ${out}: ${(e as Error).message}`);
      }
      console.log(`scritto ${out}`);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
