/**
 * `condivisa series <file.condivisa> --pod <POD> [--step 60|15] [--imported] [--json]`: the
 * load the engine uses for a POD's member on the reference year — its imported curve, or
 * synthesised from bills or from the annual consumption — with its source; `--imported`
 * prints the curve as imported instead (its own time base).
 */
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError } from '../errors';
import { num } from '../format';
import { projectFile, withService } from '../service';

const SOURCE_IT = { curve: 'curva importata', bills: 'sintetizzato dalle bollette', annual: 'sintetizzato dal consumo annuo' } as const;

function rows(start: string, stepMinutes: number, kWh: (number | null)[]): string {
  const step = stepMinutes * 60_000;
  const t0 = Date.parse(start);
  return kWh.map((v, i) => `${new Date(t0 + i * step).toISOString()}\t${v ?? ''}`).join('\n');
}

export const command: CommandModule = {
  summary: "print the load the engine uses for a POD (imported, or synthesised from bills or annual kWh) with its source",
  usage: [
    'condivisa series <file.condivisa> --pod <POD> [--step 60|15] [--imported] [--json]',
    '',
    "The load is the POD's member's on the reference year (UTC times, kWh per interval);",
    'a member with several PODs has one load, their sum. --imported: the curve as imported.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, { pod: { type: 'string' }, step: { type: 'string' }, imported: { type: 'boolean' }, json: { type: 'boolean' } }, 1);
    const project = projectFile(positionals);
    if (typeof values.pod !== 'string') throw new UserError('missing --pod <POD>');
    const pod = values.pod;
    const step = values.step ?? '60';
    if (step !== '60' && step !== '15') throw new UserError(`--step must be 60 or 15 (minutes), not "${step}"`);
    return withService(async (service) => {
      if (values.imported) {
        const curve = await service.getLoadCurve({ project, pod });
        if (values.json) printJson({ pod: curve.pod, start: curve.start, stepMinutes: curve.stepMinutes, kWh: curve.kWh });
        else process.stdout.write(`# ${curve.pod}, curva importata, passo ${curve.stepMinutes} min, kWh per intervallo (UTC)\n${rows(curve.start, curve.stepMinutes, curve.kWh)}\n`);
        return 0;
      }
      const load = await service.getEffectiveLoad({ project, pod, stepMinutes: Number(step) as 60 | 15 });
      if (values.json) {
        printJson(load);
        return 0;
      }
      const others = load.memberPods.length > 1 ? ` (somma dei POD ${load.memberPods.join(', ')})` : '';
      const header = [
        `# ${load.pod}: membro ${load.memberId} "${load.memberName}"${others}`,
        `# fonte: ${SOURCE_IT[load.source]} (${load.source}), profilo ${load.loadProfile}, anno ${load.referenceYear}, ${num(load.totalKWh)} kWh`,
        `# passo ${load.stepMinutes} min, kWh per intervallo (UTC)${load.configurationId === null ? '; membro in nessuna configurazione: la simulazione non lo considera' : ''}`,
      ];
      process.stdout.write(`${header.join('\n')}\n${rows(load.start, load.stepMinutes, load.kWh)}\n`);
      return 0;
    });
  },
};
