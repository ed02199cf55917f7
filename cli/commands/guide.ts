/**
 * `condivisa guide --pdf <out.pdf> [--lang it|en]`: the user guide (Guida d'uso) as a PDF,
 * for a desk to print for a workshop; without --pdf, the list of its pages.
 */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, writeBase64Output } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';

export const command: CommandModule = {
  summary: "the user guide (Guida d'uso): its pages, or a PDF to print",
  usage: 'condivisa guide [--pdf <out.pdf>] [--lang it|en]',
  async run(argv) {
    const { values } = parse(argv, { pdf: { type: 'string' }, lang: { type: 'string', default: 'it' } }, 0);
    const lang = values.lang;
    if (lang !== 'it' && lang !== 'en') throw new UserError('--lang must be it or en');
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      if (values.pdf === undefined) {
        for (const p of await service.listGuidePages({ lang })) console.log(`  ${p.id.padEnd(16)} ${p.title}`);
        return 0;
      }
      writeBase64Output(path.resolve(values.pdf), (await service.exportGuide({ lang })).base64);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
