import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';
import { COMMUNITY_TYPES, type CommunityType } from '../../core/model/entities';

export const command: CommandModule = {
  summary: 'create a new project file',
  usage: 'condivisa new <file.condivisa> [--name N] [--type CER|AUC|AID] [--json]',
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { name: { type: 'string' }, type: { type: 'string', default: 'CER' }, json: { type: 'boolean' } },
      1,
    );
    const file = path.resolve(requirePositional(positionals, 0, 'project file (e.g. a.condivisa)'));
    const type = (values.type ?? 'CER').toUpperCase() as CommunityType;
    if (!COMMUNITY_TYPES.includes(type)) throw new UserError(`--type must be one of ${COMMUNITY_TYPES.join(', ')}`);
    const name = values.name ?? path.basename(file).replace(/\.condivisa$/, '');
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const summary = await service.createProject({ path: file, name, type });
      if (values.json) printJson(summary);
      else console.log(`Creato ${summary.path} (${summary.community.type} "${summary.community.name}")`);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
