/** `condivisa plants <file.condivisa> [--json]`: the plants with their ids. */
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { date, num } from '../format';
import { projectFile, withService } from '../service';

const SOURCE_IT: Record<string, string> = { pv: 'fotovoltaico', wind: 'eolico', hydro: 'idroelettrico', other: 'altro' };

export const command: CommandModule = {
  summary: 'list the plants with their ids (source, power, POD, configuration, investment cost when given)',
  usage: 'condivisa plants <file.condivisa> [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, 1);
    const project = projectFile(positionals);
    return withService(async (service) => {
      const [plants, configurations] = await Promise.all([service.listPlants({ project }), service.listConfigurations({ project })]);
      if (values.json) {
        printJson(plants);
        return 0;
      }
      if (plants.length === 0) console.log('nessun impianto');
      const configName = new Map(configurations.map((c) => [c.id, c.name]));
      for (const p of plants) {
        const where = p.configurationId === null ? 'nessuna configurazione' : `configurazione ${p.configurationId} (${configName.get(p.configurationId) ?? '?'})`;
        const orientation = p.source === 'pv' ? `, ${num(p.tiltDeg)}°/${num(p.azimuthDeg)}°` : '';
        const state = p.commissioningDate ? `in esercizio dal ${date(p.commissioningDate)}` : 'previsto';
        console.log(`${String(p.id).padStart(4)}  ${p.name} — ${SOURCE_IT[p.source] ?? p.source} ${num(p.kWp)} kW${orientation} — POD ${p.pod || '—'} — ${where} — ${state}${p.existing ? ', esistente' : ''}${p.capexEur != null ? ` — costo ${num(p.capexEur, 0)} €` : ''}`);
      }
      return 0;
    });
  },
};
