/**
 * Sorting and filtering an entity table by what its cells show: numbers numerically,
 * text in Italian collation ("Ètna" beside "Etna", "FV 2" before "FV 10"), a select by its
 * option's label, empty cells last in either direction. The filter keeps the rows where
 * any cell's shown text contains the typed text, ignoring case and accents.
 */
import { cellValue, type Column } from './columns';

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('it', { numeric: true, sensitivity: 'base' });

/** A cell's value for sorting: a number, a text, or null for an empty cell. */
export function sortValue<T>(column: Column<T>, row: T): number | string | null {
  if (column.shown && !column.shown(row)) return null;
  if (column.display) {
    const v = column.display(row);
    return v === '' ? null : v;
  }
  const v = cellValue(column, row);
  if (v === null || v === '') return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (column.editor === 'select') {
    const label = column.options?.().find((o) => o.value === v)?.label;
    return label ?? String(v);
  }
  return v;
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy; rows with equal values keep their order (Array.prototype.sort is stable). */
export function sortRows<T>(rows: readonly T[], column: Column<T>, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortValue(column, row) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) return x.key === y.key ? 0 : x.key === null ? 1 : -1;
    return sign * compare(x.key, y.key);
  });
  return keyed.map((k) => k.row);
}

/** Lower case without accents: "Città" and "citta" match. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What a cell shows, as text, for the filter (numbers formatted as on screen by `formatNumber`). */
export function shownText<T>(column: Column<T>, row: T, formatNumber: (n: number, digits?: number) => string): string {
  const parts: string[] = [];
  for (const c of column.extra ? [column, column.extra] : [column]) {
    const v = c.display ? c.display(row) : sortValue(c, row);
    if (v === null) continue;
    if (typeof v === 'number') parts.push(c.editor === 'check' ? '' : formatNumber(v * (c.scale ?? 1), c.digits ?? 2));
    else parts.push(v);
  }
  return parts.join(' ');
}

export function filterRows<T>(rows: readonly T[], columns: readonly Column<T>[], query: string, formatNumber: (n: number, digits?: number) => string): T[] {
  const q = fold(query.trim());
  if (q === '') return [...rows];
  return rows.filter((row) => columns.some((c) => fold(shownText(c, row, formatNumber)).includes(q)));
}
