/**
 * Reads the shipped parameter files (resources/parameters/*.json: prices, tariffs, fees,
 * factors, each with its source and date) and validates them with the economics loaders.
 * A broken file is reported by name and field, never silently replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  loadEnergySaleParameters,
  loadFinanceParameters,
  loadGseFeeParameters,
  loadPnrrGrantParameters,
  loadValorisationParameters,
  loadZonalPriceParameters,
} from '../../economics/parameters';
import { loadBillPriceParameters } from '../../economics/billPrices';
import { loadCarbonParameters } from '../../carbon/carbonParameters';
import type { EconomicsParameters } from '../../scenario/economics-types';

function readJson(dir: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
}

/** Zonal prices of the reference year, or of the latest shipped year before it. */
function zonalPriceFile(dir: string, year: number): string {
  const years = fs
    .readdirSync(dir)
    .map((f) => /^zonal-prices-(\d{4})\.json$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const chosen = [...years].reverse().find((y) => y <= year) ?? years[0];
  if (chosen === undefined) throw new Error(`no zonal-prices-YYYY.json in ${dir}`);
  return `zonal-prices-${chosen}.json`;
}

const cache = new Map<string, EconomicsParameters>();

export function loadEconomicsParameters(resourcesDir: string, referenceYear: number): EconomicsParameters {
  const dir = path.join(resourcesDir, 'parameters');
  const zonal = zonalPriceFile(dir, referenceYear);
  const key = `${dir}|${zonal}`;
  let params = cache.get(key);
  if (!params) {
    params = {
      valorisation: loadValorisationParameters(readJson(dir, 'valorisation.json')),
      finance: loadFinanceParameters(readJson(dir, 'finance.json')),
      gseFees: loadGseFeeParameters(readJson(dir, 'gse-fees.json')),
      pnrr: loadPnrrGrantParameters(readJson(dir, 'pnrr-grant.json')),
      zonalPrices: loadZonalPriceParameters(readJson(dir, zonal), zonal),
      carbon: loadCarbonParameters(readJson(dir, 'carbon.json')),
      billPrices: loadBillPriceParameters(readJson(dir, 'bill-prices.json')),
      energySale: loadEnergySaleParameters(readJson(dir, 'energy-sale.json')),
      sale: { marketPriceEurPerMWh: 0 },
    };
    cache.set(key, params);
  }
  return params;
}
