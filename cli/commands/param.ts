/**
 * `condivisa param <file.condivisa> list|set <key> <value>|unset <key> [--json]`: the
 * economic parameters with source and date, and the project's overrides of them.
 */
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError } from '../errors';
import { date, num } from '../format';
import { projectFile, withService } from '../service';
import { parseLocaleNumber } from '../../core/model/locale-number';
import type { ParameterEntry } from '../../core/scenario/parameter-catalogue';
import { formatMessage } from '../../core/model/messages';
import { unitText } from '../../core/model/unit-text';
import { sourceIn } from '../../core/model/sourced-value';

function line(p: ParameterEntry): string {
  const value = `${num(p.value, 6)} ${unitText(p.unit, 'it')}`.trim();
  const override = p.overridden ? ` (progetto; predefinito ${num(p.defaultValue, 6)})` : '';
  return `${p.overridden ? '*' : ' '} ${p.key.padEnd(28)} ${value}${override} — ${formatMessage(p.label, 'it')}; fonte: ${sourceIn(p, 'it')}, ${date(p.date)}`;
}

export const command: CommandModule = {
  summary: 'list the economic parameters, or set/unset a project override',
  usage: [
    'condivisa param <file.condivisa> list [--json]',
    'condivisa param <file.condivisa> set <key> <value> [--json]',
    'condivisa param <file.condivisa> unset <key> [--json]',
    '',
    'Values in the unit listed (1234,5 or 1234.5). * marks a project override.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, 4);
    const project = projectFile(positionals);
    const [, action = 'list', key, raw] = positionals;
    if (!['list', 'set', 'unset'].includes(action)) throw new UserError(`unknown action "${action}" (list, set or unset)`);
    if (action !== 'list' && !key) throw new UserError(`missing the parameter key (condivisa param ${positionals[0]} list)`);
    let value: number | null = null;
    if (action === 'set') {
      if (raw === undefined) throw new UserError(`missing the value of ${key}`);
      value = parseLocaleNumber(raw, { decimal: raw.includes(',') ? ',' : '.' });
      if (!Number.isFinite(value)) throw new UserError(`"${raw}" is not a number`);
    } else if (raw !== undefined) throw new UserError(`unexpected argument "${raw}"`);
    return withService(async (service) => {
      const list = action === 'list' ? await service.getParameters({ project }) : await service.setParameterOverride({ project, key: key!, value });
      const shown = action === 'list' ? list : list.filter((p) => p.key === key);
      if (values.json) printJson(action === 'list' ? list : (shown[0] ?? null));
      else console.log(shown.map(line).join('\n'));
      return 0;
    });
  },
};
