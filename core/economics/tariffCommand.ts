/**
 * Pure body of the CLI command
 *   condivisa tariff --power-kw <kW> --region <name> --pz <€/MWh> [--grant <0…0.4>] [--source pv|wind|hydro|other]
 * The host parses argv into strings and prints the result as JSON.
 */
import { PLANT_SOURCES, type PlantSource } from '../model/entities';
import { canonicalRegion } from './regions';
import { tipEurPerMWh } from './tipTariff';
import { parseLocaleNumber } from '../model/locale-number';

export interface TariffCommandArgs {
  powerKw: string | number;
  region: string;
  pz: string | number;
  grant?: string | number;
  source?: string;
}

/** A number option: decimal point or comma ("0,4"), like every CLI number (core/model/locale-number). */
function parseNumber(name: string, v: string | number): number {
  const n = typeof v === 'number' ? v : parseLocaleNumber(v, { decimal: '.' });
  if (String(v).trim() === '' || !Number.isFinite(n)) throw new Error(`--${name}: "${v}" is not a number`);
  return n;
}

/** Computes the hourly TIP for the CLI; errors name the offending option. */
export function tariffCommand(args: TariffCommandArgs): { tipEurPerMWh: number } {
  const powerKw = parseNumber('power-kw', args.powerKw);
  const pz = parseNumber('pz', args.pz);
  const grant = args.grant === undefined ? 0 : parseNumber('grant', args.grant);
  const source = (args.source ?? 'pv').toLowerCase();
  if (!(PLANT_SOURCES as readonly string[]).includes(source)) {
    throw new Error(`--source: "${args.source}" is not one of ${PLANT_SOURCES.join(', ')}`);
  }
  const region = canonicalRegion(args.region);
  const tip = tipEurPerMWh({ powerKw, region, pzEurPerMWh: pz, grantShare: grant, source: source as PlantSource, hourLabel: '--pz' });
  return { tipEurPerMWh: Math.round(tip * 1e6) / 1e6 };
}
