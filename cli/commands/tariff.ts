import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError } from '../errors';
import { tariffCommand } from '../../core/economics/tariffCommand';
import { num } from '../format';

export const command: CommandModule = {
  summary: 'incentive tariff (TIP) for one hour of shared energy [RO p.38, p.148]',
  usage:
    'condivisa tariff --power-kw <kW> --region <Italian region> --pz <€/MWh> [--grant <0..0.4>] [--source pv|wind|hydro|other] [--json]',
  async run(argv) {
    const { values } = parse(
      argv,
      {
        'power-kw': { type: 'string' },
        region: { type: 'string' },
        pz: { type: 'string' },
        grant: { type: 'string' },
        source: { type: 'string' },
        json: { type: 'boolean' },
      },
      0,
    );
    for (const required of ['power-kw', 'region', 'pz'] as const) {
      if (values[required] === undefined) throw new UserError(`missing --${required}`);
    }
    let result: { tipEurPerMWh: number };
    try {
      result = tariffCommand({
        powerKw: values['power-kw']!,
        region: values.region!,
        pz: values.pz!,
        grant: values.grant,
        source: values.source,
      });
    } catch (e) {
      // Every failure here is about the options given.
      throw new UserError(e instanceof Error ? e.message : String(e));
    }
    if (values.json) printJson(result);
    else console.log(`TIP = ${num(result.tipEurPerMWh, 2)} €/MWh`);
    return 0;
  },
};
