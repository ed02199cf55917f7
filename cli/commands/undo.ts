/**
 * `condivisa undo|redo|history <file>`: the project's undo history from the command line
 * (the same steps as the app's Annulla/Ripeti: the history is kept in the file).
 */
import path from 'node:path';
import { dateTime } from '../format';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { createHostService } from '../../core/api/node/host-setup';
import type { HistoryState } from '../../core/api/common';

function describe(h: HistoryState): string {
  return [
    `  da annullare: ${h.undo?.labelIt ?? '—'}`,
    `  da ripetere:  ${h.redo?.labelIt ?? '—'}`,
  ].join('\n');
}

export function historyCommand(action: 'undo' | 'redo' | 'history'): CommandModule {
  return {
    summary:
      action === 'undo' ? 'undo the newest edit of a project (kept in the file)' : action === 'redo' ? 'redo the newest edit undone' : 'list the undo history of a project',
    usage: `condivisa ${action} <file.condivisa> [--json]`,
    async run(argv) {
      const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, 1);
      const file = path.resolve(requirePositional(positionals, 0, 'project file'));
      const service = createHostService('cli', { workspaceDir: process.cwd() });
      try {
        if (action === 'history') {
          const h = await service.history({ project: file });
          if (values.json) printJson(h);
          else console.log([describe(h), ...h.steps.map((s) => `  ${dateTime(s.createdAt)}  ${s.kind === 'undo' ? ' ' : s.kind === 'redo' ? '↷' : '!'} ${s.labelIt}`)].join('\n'));
          return 0;
        }
        const out = action === 'undo' ? await service.undo({ project: file }) : await service.redo({ project: file });
        if (values.json) printJson(out);
        else console.log(out.step ? `${action === 'undo' ? 'Annullato' : 'Ripetuto'}: ${out.step.labelIt}\n${describe(out.history)}` : `Niente da ${action === 'undo' ? 'annullare' : 'ripetere'}`);
        return 0;
      } finally {
        service.dispose();
      }
    },
  };
}

export const command = historyCommand('undo');
