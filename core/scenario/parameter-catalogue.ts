/**
 * The economic parameters a user may override per project, each with its shipped value,
 * unit, source and date. Overrides are plain numbers by key; applying them returns new
 * parameters (the shipped ones are never modified). Keys are stable: they are saved in
 * project files.
 */
import { MEMBER_CATEGORIES } from '../model/entities';
import { categoryName } from '../model/entity-names';
import { valueForYear } from '../economics/parameters';
import { gridFactorFor } from '../carbon/carbonParameters';
import type { EconomicsParameters } from './economics-types';
import type { Message } from '../model/messages';

export interface ParameterEntry {
  key: string;
  label: Message;
  unit: string;
  /** Shipped value. */
  defaultValue: number;
  /** Value in use (the override when there is one). */
  value: number;
  overridden: boolean;
  source: string;
  /** The source in Italian, when the parameter file gives one (sourceIn picks by language). */
  sourceIt?: string;
  date: string;
  secondary: boolean;
  min: number;
  max: number;
}

/** A parameter as shipped: value, unit and where it comes from. */
type Shipped = { value: number; unit: string; source: string; sourceIt?: string; date: string; secondary?: boolean };

interface Definition {
  key: string;
  label: Message;
  min: number;
  max: number;
  read: (p: EconomicsParameters, year: number) => Shipped;
  write: (p: EconomicsParameters, year: number, value: number) => void;
}

const finance = (
  key: keyof EconomicsParameters['finance'] & string,
  label: Message,
  min: number,
  max: number,
): Definition => ({
  key: `finance.${key}`,
  label,
  min,
  max,
  read: (p) => p.finance[key] as Shipped,
  write: (p, _y, v) => {
    (p.finance[key] as { value: number }).value = v;
  },
});

const DEFINITIONS: Definition[] = [
  {
    key: 'valorisation.trasE',
    label: { code: 'scenario.parameter.trase-transmission-tariff' },
    min: 0,
    max: 100,
    read: (p, y) => valueForYear(p.valorisation.trasEEurPerMWh, y),
    write: (p, y, v) => {
      valueForYear(p.valorisation.trasEEurPerMWh, y).value = v;
    },
  },
  {
    key: 'valorisation.btau',
    label: { code: 'scenario.parameter.btau-auc' },
    min: 0,
    max: 100,
    read: (p, y) => valueForYear(p.valorisation.btauEurPerMWh, y),
    write: (p, y, v) => {
      valueForYear(p.valorisation.btauEurPerMWh, y).value = v;
    },
  },
  finance('discountRatePerYear', { code: 'scenario.parameter.discount-rate-per-year' }, -0.5, 1),
  finance('inflationPerYear', { code: 'scenario.parameter.inflation-per-year' }, -0.1, 0.5),
  finance('degradationPerYear', { code: 'scenario.parameter.degradation-per-year' }, 0, 0.1),
  finance('opexEurPerKwYear', { code: 'scenario.parameter.opex-eur-per-kw-year' }, 0, 500),
  finance('insuranceShareOfCapexPerYear', { code: 'scenario.parameter.insurance-share-of-capex-per-year' }, 0, 0.1),
  finance('managementEurPerYear', { code: 'scenario.parameter.management-eur-per-year' }, 0, 1e6),
  finance('inverterReplacementEurPerKw', { code: 'scenario.parameter.inverter-replacement-eur-per-kw' }, 0, 2000),
  {
    key: 'carbon.gridFactor',
    label: { code: 'scenario.parameter.grid-emission-factor' },
    min: 0,
    max: 1.5,
    read: (p, y) => gridFactorFor(p.carbon.gridFactors, 'production', y),
    write: (p, y, v) => {
      gridFactorFor(p.carbon.gridFactors, 'production', y).value = v;
    },
  },
  {
    key: 'sale.marketPriceEurPerMWh',
    label: { code: 'scenario.parameter.market-sale-injected-energy' },
    min: 0,
    max: 1000,
    read: (p) => ({
      value: p.sale.marketPriceEurPerMWh,
      unit: '€/MWh',
      source: 'Condivisa: 0 sells to GSE (dedicated withdrawal, RID) at the hourly zonal price, with the guaranteed minimum prices where due; a price > 0 is a market contract',
      sourceIt: 'Condivisa: 0 vende al GSE (RID) al prezzo zonale orario, con i prezzi minimi garantiti dove spettano; un prezzo > 0 è un contratto di mercato',
      date: '2024-01-01',
    }),
    write: (p, _y, v) => {
      p.sale.marketPriceEurPerMWh = v;
    },
  },
  ...MEMBER_CATEGORIES.map(
    (c): Definition => ({
      key: `billPrice.${c}`,
      // The category in the reader's words ("Persona fisica"), not its code.
      label: { code: 'scenario.parameter.bill-price', params: { category: categoryName(c) } },
      min: 0,
      max: 2,
      read: (p) => ({ value: p.billPrices.byCategory[c], unit: '€/kWh', source: p.billPrices.source, ...(p.billPrices.sourceIt ? { sourceIt: p.billPrices.sourceIt } : {}), date: p.billPrices.date, secondary: true }),
      write: (p, _y, v) => {
        p.billPrices.byCategory[c] = v;
      },
    }),
  ),
];

export const PARAMETER_KEYS = DEFINITIONS.map((d) => d.key);

export function listParameters(params: EconomicsParameters, year: number, overrides: Record<string, number>): ParameterEntry[] {
  return DEFINITIONS.map((d) => {
    const shipped = d.read(params, year);
    const override = overrides[d.key];
    return {
      key: d.key,
      label: d.label,
      unit: shipped.unit,
      defaultValue: shipped.value,
      value: override ?? shipped.value,
      overridden: override !== undefined,
      source: shipped.source,
      ...(shipped.sourceIt ? { sourceIt: shipped.sourceIt } : {}),
      date: shipped.date,
      secondary: shipped.secondary ?? false,
      min: d.min,
      max: d.max,
    };
  });
}

/** Checks one override; returns a message naming the problem, or null. */
export function checkOverride(key: string, value: number): Message | null {
  const d = DEFINITIONS.find((x) => x.key === key);
  if (!d) return { code: 'scenario.parameter.unknown-parameter', params: { key } };
  if (!Number.isFinite(value) || value < d.min || value > d.max) {
    // In the user's words: the parameter's label, then the bounds.
    return { code: 'entities.field-problem', params: { field: d.label, problem: { code: 'entities.value.between', params: { min: d.min, max: d.max, unit: '' } } } };
  }
  return null;
}

/** The parameters with the project's overrides applied (a deep copy; the input is untouched). */
export function applyOverrides(params: EconomicsParameters, year: number, overrides: Record<string, number>): EconomicsParameters {
  // Parameters are plain JSON data, so a JSON round trip is a faithful deep copy.
  const copy = JSON.parse(JSON.stringify(params)) as EconomicsParameters;
  for (const d of DEFINITIONS) {
    const v = overrides[d.key];
    if (v !== undefined && checkOverride(d.key, v) === null) d.write(copy, year, v);
  }
  return copy;
}
