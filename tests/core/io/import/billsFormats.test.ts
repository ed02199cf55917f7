/**
 * Bill layouts seen in practice: one period column in every common spelling, band headers
 * with and without units, F0-only files; what kind detection recognises, the parser imports.
 */
import { describe, expect, it } from 'vitest';
import { importBills, parseBillsTable } from '../../../../core/io/import/bills';
import { csvTable } from '../../../../core/io/import/readTables';
import { readTables } from '../../../../core/io/import/readTables';
import { detectImportKind } from '../../../../core/io/import/detectKind';
import { writeXlsx } from './fixtures';

const POD = 'IT001E12345678';

describe('bill periods', () => {
  const formats: [string, string, string][] = [
    ['Mese', '01/2025', 'slash, two-digit month'],
    ['Mese', '1/2025', 'slash, one-digit month'],
    ['Periodo', '2025-01', 'ISO year-month'],
    ['Periodo', 'gen-25', 'Italian abbreviation, two-digit year'],
    ['Mese di competenza', 'gennaio 2025', 'Italian month name'],
    ['Mese di competenza', '01/01/2025', 'a text date'],
  ];
  for (const [header, value, what] of formats) {
    it(`reads "${value}" under "${header}" (${what})`, () => {
      const t = csvTable(`POD;${header};F1;F2;F3\n${POD};${value};100;50;25\n`, 'b.csv');
      expect(detectImportKind([t])).toBe('bills');
      expect(parseBillsTable(t)).toEqual([{ pod: POD, year: 2025, month: 1, f1: 100, f2: 50, f3: 25 }]);
    });
  }

  it('reads an Excel date and an Excel serial in the period column of an xlsx', async () => {
    const file = await writeXlsx('bills-dates.xlsx', {
      Bollette: [
        ['POD', 'Mese', 'F0'],
        [POD, new Date(Date.UTC(2025, 0, 1)), 300],
        [POD, 45689, 280], // serial 45689 = 2025-02-01
      ],
    });
    const tables = await readTables(file);
    expect(detectImportKind(tables)).toBe('bills');
    expect(await importBills(file)).toEqual([
      { pod: POD, year: 2025, month: 1, f0: 300 },
      { pod: POD, year: 2025, month: 2, f0: 280 },
    ]);
  });
});

describe('bill band headers', () => {
  const variants: [string, string, string][] = [
    ['F1', 'F2', 'F3'],
    ['F1 (kWh)', 'F2 (kWh)', 'F3 (kWh)'],
    ['Fascia F1', 'Fascia F2', 'Fascia F3'],
    ['Consumo F1 [kWh]', 'Consumo F2 [kWh]', 'Consumo F3 [kWh]'],
  ];
  for (const [a, b, c] of variants) {
    it(`reads bands headed "${a}"`, () => {
      const t = csvTable(`POD;Periodo;${a};${b};${c}\n${POD};02/2025;1.234,5;200;300\n`, 'b.csv');
      expect(detectImportKind([t])).toBe('bills');
      expect(parseBillsTable(t)).toEqual([{ pod: POD, year: 2025, month: 2, f1: 1234.5, f2: 200, f3: 300 }]);
    });
  }

  it('reads an F0-only file and a "Totale" column, with the POD given', () => {
    const f0 = csvTable('Mese;F0\n03/2025;410\n', 'f0.csv');
    expect(detectImportKind([f0])).toBe('bills');
    expect(parseBillsTable(f0, { defaultPod: POD })).toEqual([{ pod: POD, year: 2025, month: 3, f0: 410 }]);
    const tot = csvTable('Mese;Totale (kWh)\nmarzo 2025;410\n', 'tot.csv');
    expect(parseBillsTable(tot, { defaultPod: POD })).toEqual([{ pod: POD, year: 2025, month: 3, f0: 410 }]);
  });

  it('does not take a timestamp/energy curve for bills', () => {
    const t = csvTable('Data;Energia (kWh)\n01/01/2025 00:00;1,5\n', 'c.csv');
    expect(detectImportKind([t])).toBe('curves');
  });

  it('names the cell of a period it cannot read', () => {
    const t = csvTable(`POD;Mese;F0\n${POD};13/2025;1\n${POD};primavera;1\n`, 'b.csv');
    expect(() => parseBillsTable(t)).toThrow(expect.objectContaining({ row: 2, column: 'B' }));
  });
});
