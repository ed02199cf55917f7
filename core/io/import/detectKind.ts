/**
 * What a user file holds, guessed from its sheets and headers: the project workbook (its
 * Parametri and Membri sheets), a members registry (name and category headers), monthly
 * bills (F1/F2/F3 or F0 headers with a month or period), otherwise a load curve.
 */
import { billColumns } from './bills';
import { headerScore } from './headerText';
import { MEMBER_COLUMNS } from './members';
import { cellText, type RawTable } from './table';

export type ImportKind = 'curves' | 'bills' | 'members' | 'workbook';
export const IMPORT_KINDS: readonly ImportKind[] = ['curves', 'bills', 'members', 'workbook'];

const synonymsOf = (specs: readonly { key: string; synonyms: readonly string[] }[], key: string): readonly string[] =>
  specs.find((s) => s.key === key)?.synonyms ?? [];

function headerRows(t: RawTable): string[][] {
  return t.rows.slice(0, 20).map((r) => r.map((c) => cellText(c)));
}

function rowHas(row: string[], synonyms: readonly string[], exact = false): boolean {
  return row.some((h) => h !== '' && headerScore(h, synonyms) >= (exact ? 2 : 1));
}

function looksLikeMembers(t: RawTable): boolean {
  const name = synonymsOf(MEMBER_COLUMNS, 'name');
  const category = synonymsOf(MEMBER_COLUMNS, 'category');
  return headerRows(t).some((r) => rowHas(r, name, true) && rowHas(r, category, true));
}

/** The bills parser's own header reading (strict): what is detected as bills, imports as bills. */
function looksLikeBills(t: RawTable): boolean {
  try {
    billColumns(t, true);
    return true;
  } catch {
    return false;
  }
}

/** Guesses the kind of a file from its tables (only the first rows of each are read). */
export function detectImportKind(tables: readonly RawTable[]): ImportKind {
  const names = new Set(tables.map((t) => (t.sheet ?? '').trim().toLowerCase()));
  if (names.has('parametri') && names.has('membri')) return 'workbook';
  if (tables.some(looksLikeMembers)) return 'members';
  if (tables.some(looksLikeBills)) return 'bills';
  return 'curves';
}
