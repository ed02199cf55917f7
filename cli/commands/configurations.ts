/** `condivisa configurations <file.condivisa> [--json]`: the configurations with their ids, members and plants. */
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { count, num } from '../format';
import { projectFile, withService } from '../service';

export const command: CommandModule = {
  summary: 'list the configurations with their ids, substation code, members and plants',
  usage: 'condivisa configurations <file.condivisa> [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, 1);
    const project = projectFile(positionals);
    return withService(async (service) => {
      const [configurations, members, plants] = await Promise.all([
        service.listConfigurations({ project }),
        service.listMembers({ project }),
        service.listPlants({ project }),
      ]);
      const rows = configurations.map((c) => ({
        ...c,
        memberIds: members.filter((m) => m.configurationId === c.id).map((m) => m.id),
        plantIds: plants.filter((p) => p.configurationId === c.id).map((p) => p.id),
        kWp: plants.filter((p) => p.configurationId === c.id).reduce((s, p) => s + p.kWp, 0),
      }));
      if (values.json) {
        printJson(rows);
        return 0;
      }
      if (rows.length === 0) console.log('nessuna configurazione');
      for (const r of rows) {
        console.log(`${String(r.id).padStart(4)}  ${r.name} — cabina primaria ${r.substationCode || '—'} — ${count(r.memberIds.length, 'membro', 'membri')}, ${count(r.plantIds.length, 'impianto', 'impianti')} (${num(r.kWp)} kW)`);
      }
      return 0;
    });
  },
};
