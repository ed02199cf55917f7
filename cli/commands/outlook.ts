import { formatMessage } from '../../core/model/messages';
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional, writeBase64Output } from '../args';
import { createHostService } from '../../core/api/node/host-setup';
import { outlookMessage } from '../../core/advisor/outlook-message';
import { UserError } from '../errors';
import { date, num } from '../format';

export const command: CommandModule = {
  summary: "the next 72 hours: each plant's expected production and the hours for members to shift loads",
  usage: 'condivisa outlook <file.condivisa> [--forecast <Open-Meteo JSON/CSV>] [--now <ISO time>] [--json | --message it|en | --pdf <out.pdf> [--lang it|en]]',
  async run(argv) {
    const { values, positionals } = parse(argv, { forecast: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' }, message: { type: 'string' }, pdf: { type: 'string' }, lang: { type: 'string', default: 'it' } }, 1);
    const file = path.resolve(requirePositional(positionals, 0, 'project file'));
    if (values.message !== undefined && values.message !== 'it' && values.message !== 'en') throw new UserError('--message must be it or en');
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const where = { project: file, ...(values.forecast ? { path: path.resolve(values.forecast) } : {}), ...(values.now ? { now: values.now } : {}) };
      if (values.pdf) {
        if (values.lang !== 'it' && values.lang !== 'en') throw new UserError('--lang must be it or en');
        writeBase64Output(path.resolve(values.pdf), (await service.exportOutlookSheet({ ...where, lang: values.lang })).base64);
        return 0;
      }
      const o = await service.getOutlook({ project: file, ...(values.forecast ? { path: path.resolve(values.forecast) } : {}), ...(values.now ? { now: values.now } : {}) });
      if (values.json) {
        printJson(o);
        return 0;
      }
      if (values.message) {
        console.log(outlookMessage(o, values.message as 'it' | 'en'));
        return 0;
      }
      const f1 = { format: (v: number) => num(v, 1) };
      console.log(`Base: ${o.basis === 'forecast' ? `previsione ${o.source}` : 'cielo sereno (nessuna previsione)'}; ore locali ${o.timeZone}`);
      for (const p of o.plants) console.log(`  ${p.name} (${f1.format(p.kWp)} kWp): ${f1.format(p.kWh)} kWh in ${o.hours.length} ore`);
      for (const w of o.windows) console.log(`  ${date(w.day)} ${w.from}–${w.to}: ${f1.format(w.kWh)} kWh — spostare qui i consumi flessibili`);
      for (const n of o.notes) console.log(`! ${formatMessage(n, 'it')}`);
      console.log(`Incertezza: ${formatMessage(o.uncertainty, 'it')}`);
      return 0;
    } finally {
      service.dispose();
    }
  },
};
