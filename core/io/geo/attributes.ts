/** Mapping of source attributes (GSE conventional-area fields and common aliases) onto Area fields. */
import type { AttributeValue } from '../../geo/types';

/** GSE attribute names of the conventional-areas layer. */
export const GSE_FIELDS = ['cod_ac', 'rag_soc', 'cod_conseg', 'p_cab_pri', 't_cab_pri', 'txt1', 'txt2'] as const;

const CODE_KEYS = ['cod_ac', 'codice_ac', 'code', 'codice', 'area_code', 'id_ac'];
const NAME_KEYS = ['name', 'nome', 'denominazione', 'descrizione'];
const DISTRIBUTOR_KEYS = ['rag_soc', 'distributor', 'distributore', 'ragione_sociale'];

/** Case-insensitive lookup of the first non-empty value among `keys`. */
export function pick(attrs: Record<string, AttributeValue>, keys: readonly string[]): string {
  const lower = new Map<string, AttributeValue>();
  for (const [k, v] of Object.entries(attrs)) lower.set(k.toLowerCase(), v);
  for (const k of keys) {
    const v = lower.get(k);
    if (v !== undefined && v !== null && String(v).trim() !== '') return String(v).trim();
  }
  return '';
}

/** Area code from attributes (cod_ac / code / COD_AC …), '' when absent. */
export const codeOf = (a: Record<string, AttributeValue>): string => pick(a, CODE_KEYS);
/** Area name from attributes, '' when absent. */
export const nameOf = (a: Record<string, AttributeValue>): string => pick(a, NAME_KEYS);
/** Distributor (rag_soc) from attributes, '' when absent. */
export const distributorOf = (a: Record<string, AttributeValue>): string => pick(a, DISTRIBUTOR_KEYS);

/** Pattern of GSE area codes, e.g. AC001E00934. */
export const AREA_CODE_PATTERN = /^AC\d{3}[A-Z]\d{5}$/i;
