/** `condivisa series <file.condivisa> --pod <POD> [--json]`: an imported load curve, UTC, kWh per interval. */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';

export const command: CommandModule = {
  summary: 'print the imported load curve of a POD (UTC start, step, kWh per interval)',
  usage: 'condivisa series <file.condivisa> --pod <POD> [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { pod: { type: 'string' }, json: { type: 'boolean' } }, 1);
    const project = path.resolve(requirePositional(positionals, 0, 'project file'));
    if (typeof values.pod !== 'string') throw new UserError('missing --pod <POD>');
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const curve = await service.getLoadCurve({ project, pod: values.pod });
      if (values.json) {
        printJson({ pod: curve.pod, start: curve.start, stepMinutes: curve.stepMinutes, kWh: curve.kWh });
        return 0;
      }
      const step = curve.stepMinutes * 60_000;
      const t0 = Date.parse(curve.start);
      const lines = curve.kWh.map((v, i) => `${new Date(t0 + i * step).toISOString()}\t${v ?? ''}`);
      process.stdout.write(`# ${curve.pod}, passo ${curve.stepMinutes} min, kWh per intervallo (UTC)\n${lines.join('\n')}\n`);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
