/** Default bill prices by member category [€/kWh], from resources/parameters/bill-prices.json. */
import { MEMBER_CATEGORIES, type MemberCategory } from '../model/entities';
import { ParameterError } from './parameterShape';

export interface BillPriceParameters {
  byCategory: Record<MemberCategory, number>;
  source: string;
  /** The source in Italian (sourced-value.ts). */
  sourceIt?: string;
  date: string;
}

export function loadBillPriceParameters(raw: unknown, file = 'bill-prices.json'): BillPriceParameters {
  const o = raw as { schema?: unknown; unit?: unknown; values?: Record<string, unknown>; source?: unknown; sourceIt?: unknown; date?: unknown };
  if (typeof o !== 'object' || o === null || o.schema !== 'condivisa.parameters.bill-prices/1') {
    throw new ParameterError(file, 'schema', 'expected "condivisa.parameters.bill-prices/1"');
  }
  if (o.unit !== '€/kWh') throw new ParameterError(file, 'unit', 'expected "€/kWh"');
  const byCategory = {} as Record<MemberCategory, number>;
  for (const c of MEMBER_CATEGORIES) {
    const v = o.values?.[c];
    if (typeof v !== 'number' || !(v > 0 && v < 2)) throw new ParameterError(file, `values.${c}`, 'expected a price in €/kWh between 0 and 2');
    byCategory[c] = v;
  }
  if (typeof o.source !== 'string' || typeof o.date !== 'string') throw new ParameterError(file, 'source', 'source and date are required');
  if (o.sourceIt !== undefined && typeof o.sourceIt !== 'string') throw new ParameterError(file, 'sourceIt', 'expected text');
  return { byCategory, source: o.source, ...(o.sourceIt === undefined ? {} : { sourceIt: o.sourceIt }), date: o.date };
}
