import fs from 'node:fs';
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson } from '../args';
import { UserError } from '../errors';
import { parseLocaleNumber } from '../../core/model/locale-number';
import { parseWeather } from '../../core/io/weather';
import { IoError } from '../../core/io/io-error';
import { simulatePvYear, PvParameterError } from '../../core/solar';
import { num } from '../format';

/** A number option; the message names the option so the user knows what to fix. */
function numberOption(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UserError(`missing --${name}`);
  }
  const n = parseLocaleNumber(raw, { decimal: '.' });
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UserError(`--${name}: "${raw}" is not a number`);
  return n;
}

export const command: CommandModule = {
  summary: 'yearly PV production of one plant from a weather file (PVGIS TMY/hourly, EPW)',
  usage:
    'condivisa pv --weather <file> --kwp <kW> --tilt <deg> --azimuth <deg, 0 N 90 E 180 S 270 W> [--losses <pct, default 14>] [--json]',
  async run(argv) {
    const { values } = parse(
      argv,
      {
        weather: { type: 'string' },
        kwp: { type: 'string' },
        tilt: { type: 'string' },
        azimuth: { type: 'string' },
        losses: { type: 'string' },
        json: { type: 'boolean' },
      },
      0,
    );
    if (!values.weather) throw new UserError('missing --weather <file>');
    const file = path.resolve(values.weather);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new UserError(`cannot read the weather file ${file}`);
    }
    const params = {
      kWp: numberOption('kwp', values.kwp),
      tiltDeg: numberOption('tilt', values.tilt),
      azimuthDeg: numberOption('azimuth', values.azimuth),
      lossesPct: numberOption('losses', values.losses, 14),
    };
    let result;
    try {
      result = simulatePvYear(parseWeather(text, path.basename(file)), params);
    } catch (e) {
      if (e instanceof IoError) throw new UserError(e.messageEn);
      if (e instanceof PvParameterError) throw new UserError(e.message);
      throw e;
    }
    if (values.json) {
      printJson({
        annualKWh: result.annualKWh,
        monthlyKWh: result.monthlyKWh,
        hourly: {
          start: new Date(result.base.startUtcMs).toISOString(),
          stepMinutes: result.base.stepMinutes,
          kWh: Array.from(result.kWh),
        },
      });
      return 0;
    }
    const fmt = { format: (v: number) => num(v, 0) };
    const months = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];
    console.log(`Produzione annua: ${fmt.format(result.annualKWh)} kWh (${fmt.format(result.annualKWh / params.kWp)} kWh/kWp)`);
    console.log(result.monthlyKWh.map((v, i) => `${months[i]} ${fmt.format(v)}`).join(' · '));
    return 0;
  },
};
