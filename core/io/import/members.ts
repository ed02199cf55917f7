/**
 * Members registry (anagrafica) import: one row per member, Italian or English headers
 * (case/accent insensitive synonyms), category synonyms, several PODs per cell, decimal
 * comma coordinates, sì/no flags. Bad cells → IoError naming row and column.
 */
import type { MemberRecord } from '../../model/member-record';
import { cellError, readBool, readNumber, readText } from './cellRead';
import { mapHeader, type ColumnSpec } from './headerMap';
import { parseMemberCategory } from './memberCategory';
import { isValidPod, splitPods, invalidPodMessage } from '../../model/pod';
import { parseFirstMatching } from './firstMatching';
import { readTables, sourceName, type ImportSource } from './readTables';
import type { RawTable } from './table';
import { excerpt } from '../excerpt';

export type { MemberRecord } from '../../model/member-record';

type Key = 'name' | 'category' | 'taxCode' | 'vat' | 'ateco' | 'pods' | 'address' | 'lat' | 'lon' | 'substation' | 'vulnerable' | 'annualKWh';

export const MEMBER_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'name', label: 'Nome', required: true, synonyms: ['nome', 'nominativo', 'ragione sociale', 'denominazione', 'nome e cognome', 'cognome e nome', 'socio', 'membro', 'name', 'member', 'full name', 'member name'] },
  { key: 'category', label: 'Categoria', required: true, synonyms: ['categoria', 'tipologia', 'tipo soggetto', 'tipo membro', 'tipologia soggetto', 'category', 'member type', 'type'] },
  { key: 'taxCode', label: 'Codice fiscale', synonyms: ['codice fiscale', 'cf', 'c f', 'cod fiscale', 'tax code', 'fiscal code'] },
  { key: 'vat', label: 'Partita IVA', synonyms: ['partita iva', 'p iva', 'piva', 'iva', 'vat', 'vat number', 'vat id'] },
  { key: 'ateco', label: 'ATECO', synonyms: ['ateco', 'codice ateco', 'cod ateco', 'nace', 'ateco code'] },
  { key: 'pods', label: 'POD', synonyms: ['pod', 'pods', 'codice pod', 'codici pod', 'punto di prelievo', 'pod prelievo', 'pod code'] },
  { key: 'address', label: 'Indirizzo', synonyms: ['indirizzo', 'indirizzo fornitura', 'sede', 'via', 'address', 'site address'] },
  { key: 'lat', label: 'Latitudine', synonyms: ['latitudine', 'lat', 'latitude'] },
  { key: 'lon', label: 'Longitudine', synonyms: ['longitudine', 'lon', 'lng', 'long', 'longitude'] },
  { key: 'substation', label: 'Cabina primaria', synonyms: ['cabina primaria', 'codice cabina primaria', 'codice cabina', 'cabina', 'area convenzionale', 'primary substation', 'substation', 'substation code'] },
  { key: 'vulnerable', label: 'Vulnerabile', synonyms: ['vulnerabile', 'vulnerabilita', 'cliente vulnerabile', 'disagio economico', 'vulnerable', 'vulnerable customer'] },
  { key: 'annualKWh', label: 'Consumo annuo', synonyms: ['consumo annuo', 'consumo annuale', 'consumo annuo kwh', 'kwh anno', 'annual consumption', 'annual kwh', 'yearly consumption'] },
];

/** Parses a members table. */
export function parseMembersTable(t: RawTable): MemberRecord[] {
  const { headerRow, columns: col } = mapHeader(t, MEMBER_COLUMNS);
  const out: MemberRecord[] = [];
  const txt = (r: number, k: Key): string => (col[k] === undefined ? '' : readText(t, r, col[k]!));
  const num = (r: number, k: Key, what: string): number | null => (col[k] === undefined ? null : readNumber(t, r, col[k]!, what));
  for (let r = headerRow + 1; r < t.rows.length; r++) {
    const row = t.rows[r]!;
    if (!row.some((c) => c !== null && c !== undefined && String(c).trim() !== '')) continue;
    const name = txt(r, 'name');
    if (name === '') throw cellError(t, r, col.name, 'io/bad-value', { code: 'io.members.missing-name' });
    const catText = txt(r, 'category');
    const category = parseMemberCategory(catText);
    if (!category) {
      throw cellError(t, r, col.category, 'io/bad-value', { code: 'io.members.category-recognised-e-g', params: { catText: excerpt(catText) } });
    }
    const pods = splitPods(txt(r, 'pods'));
    for (const p of pods) {
      if (!isValidPod(p)) {
        throw cellError(t, r, col.pods, 'io/bad-pod', invalidPodMessage(p));
      }
    }
    const lat = num(r, 'lat', 'latitudine');
    const lon = num(r, 'lon', 'longitudine');
    if (lat !== null && (lat < -90 || lat > 90)) throw cellError(t, r, col.lat, 'io/bad-value', { code: 'io.members.latitude-out-range', params: { lat } });
    if (lon !== null && (lon < -180 || lon > 180)) throw cellError(t, r, col.lon, 'io/bad-value', { code: 'io.members.longitude-out-range', params: { lon } });
    const annual = num(r, 'annualKWh', 'consumo annuo');
    if (annual !== null && annual < 0) throw cellError(t, r, col.annualKWh, 'io/bad-value', { code: 'io.members.negative-annual-consumption' });
    out.push({
      sourceRow: r + 1,
      name,
      category,
      taxCode: txt(r, 'taxCode').toUpperCase(),
      vatNumber: txt(r, 'vat').replace(/^IT/i, ''),
      ateco: txt(r, 'ateco'),
      pods,
      address: txt(r, 'address'),
      lat,
      lon,
      substationCode: txt(r, 'substation').toUpperCase(),
      vulnerable: col.vulnerable === undefined ? false : readBool(t, r, col.vulnerable, 'vulnerabile'),
      annualKWh: annual,
    });
  }
  return out;
}

/** Reads a members registry file (first sheet with a recognisable header). */
export async function importMembers(src: ImportSource): Promise<MemberRecord[]> {
  const tables = await readTables(src);
  return parseFirstMatching(tables, parseMembersTable, sourceName(src));
}

