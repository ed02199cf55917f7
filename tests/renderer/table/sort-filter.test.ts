/** Sorting and filtering an entity table by what its cells show. */
import { describe, expect, it } from 'vitest';
import { number, readOnly, select, text, check, type Column } from '../../../renderer/src/components/table/columns';
import { filterRows, sortRows } from '../../../renderer/src/components/table/sort-filter';

interface Row {
  id: number;
  name: string;
  kWp: number | null;
  category: string;
  existing: boolean;
}
const rows: Row[] = [
  { id: 1, name: 'FV 10', kWp: 9.5, category: 'sme', existing: false },
  { id: 2, name: 'Ètna', kWp: 100, category: 'citizen', existing: true },
  { id: 3, name: 'FV 2', kWp: null, category: 'citizen', existing: false },
  { id: 4, name: 'etna bis', kWp: 20, category: 'sme', existing: false },
  { id: 5, name: 'Città Studi', kWp: 12345.5, category: 'sme', existing: false },
];
const name = text<Row>('name', 'plants.name');
const kWp = number<Row>('kWp', 'plants.kWp', 2);
const category = select<Row>('category', 'members.category', () => [
  { value: 'sme', label: 'PMI' },
  { value: 'citizen', label: 'Cittadino' },
]);
const twice = readOnly<Row>('twice', 'configurations.plants', (r) => (r.kWp ?? 0) * 2);
const ids = (list: Row[]) => list.map((r) => r.id);
const it2 = (n: number, digits = 2) => new Intl.NumberFormat('it-IT', { maximumFractionDigits: digits }).format(n);

describe('sortRows', () => {
  it('sorts numbers numerically (9,5 < 20 < 100 < 12.345,5), empty cells last in both directions', () => {
    expect(ids(sortRows(rows, kWp, 'ascending'))).toEqual([1, 4, 2, 5, 3]);
    expect(ids(sortRows(rows, kWp, 'descending'))).toEqual([5, 2, 4, 1, 3]);
  });

  it('sorts text in Italian collation: accents and case aside, FV 2 before FV 10', () => {
    // Città, Ètna / etna bis (È sorts with E), FV 2, FV 10
    expect(ids(sortRows(rows, name, 'ascending'))).toEqual([5, 2, 4, 3, 1]);
  });

  it('sorts a select by the label shown (Cittadino before PMI), stable within equal labels', () => {
    expect(ids(sortRows(rows, category, 'ascending'))).toEqual([2, 3, 1, 4, 5]);
  });

  it('sorts a read-only number by its value', () => {
    expect(ids(sortRows(rows, twice, 'descending'))).toEqual([5, 2, 4, 1, 3]);
  });
});

describe('filterRows', () => {
  const columns: Column<Row>[] = [name, kWp, category, check<Row>('existing', 'plants.existing')];
  it('keeps rows whose shown text contains the query, ignoring case and accents', () => {
    expect(ids(filterRows(rows, columns, 'ETNA', it2))).toEqual([2, 4]);
    expect(ids(filterRows(rows, columns, 'citta', it2))).toEqual([2, 3, 5]); // "Città Studi" and the label "Cittadino"
    expect(ids(filterRows(rows, columns, 'pmi', it2))).toEqual([1, 4, 5]);
  });

  it('matches numbers as written on screen in Italian (12.345,5)', () => {
    expect(ids(filterRows(rows, columns, '12.345,5', it2))).toEqual([5]);
    expect(ids(filterRows(rows, columns, '9,5', it2))).toEqual([1]);
  });

  it('an empty query keeps every row', () => {
    expect(ids(filterRows(rows, columns, '  ', it2))).toEqual([1, 2, 3, 4, 5]);
  });
});
