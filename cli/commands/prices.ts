/**
 * `condivisa prices <file.condivisa> [<prices.csv>] [--clear] [--json]`: the hourly zonal
 * prices of the market operator (GME) the economics use — import a CSV, show, or remove them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError } from '../errors';
import { num } from '../format';
import { projectFile, withService } from '../service';
import type { ZonalPricesSummary } from '../../core/api/common';

function describe(s: ZonalPricesSummary | null): string {
  if (!s) return 'nessun prezzo zonale orario importato: si usano le medie mensili della zona';
  const means = s.zones.map((z) => `${z} ${num(s.averageEurPerMWh[z] ?? NaN, 2)}`).join(', ');
  return `${s.file}: anno ${s.year}, ${num(s.hours, 0)} ore, zone ${s.zones.join(', ')}\nmedia €/MWh: ${means}`;
}

export const command: CommandModule = {
  summary: 'import (or show, or --clear) the hourly zonal prices of the market operator (CSV)',
  usage: 'condivisa prices <file.condivisa> [<prices.csv>] [--clear] [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { clear: { type: 'boolean' }, json: { type: 'boolean' } }, 2);
    const project = projectFile(positionals);
    const csv = positionals[1];
    if (csv && values.clear) throw new UserError('give a CSV to import or --clear, not both');
    let base64 = '';
    if (csv) {
      try {
        base64 = fs.readFileSync(csv).toString('base64');
      } catch (e) {
        throw new UserError(`cannot read ${csv}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    return withService(async (service) => {
      let summary: ZonalPricesSummary | null;
      if (values.clear) {
        await service.clearZonalPrices({ project });
        summary = null;
      } else if (csv) summary = await service.importZonalPrices({ project, name: path.basename(csv), base64 });
      else summary = await service.getZonalPrices({ project });
      if (values.json) printJson(summary);
      else console.log(describe(summary));
      return 0;
    });
  },
};
