import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../core/io/import/readTables';
import { gseStatementsTemplateCsv, parseGseStatements } from '../../../core/io/gse/statements';
import { IoError } from '../../../core/io/io-error';

const parse = (text: string) => parseGseStatements(csvTable(text, 'gse.csv'));
function ioError(f: () => unknown): IoError {
  try {
    f();
  } catch (e) {
    if (e instanceof IoError) return e;
    throw e;
  }
  throw new Error('no IoError');
}

describe('GSE monthly statements', () => {
  it('reads Italian headers, decimal commas, months as numbers, names and periods', () => {
    const rows = parse(['Cabina primaria;Mese;Incentivo €;Valorizzazione €', 'ac012e00001;03/2024;1.234,56;98,7', 'AC012E00001;aprile 2024;10;0', 'AC012E00001;2024-05;0;0'].join('\n'));
    expect(rows).toEqual([
      { row: 2, substation: 'AC012E00001', year: 2024, month: 3, incentiveEur: 1234.56, valorisationEur: 98.7, restrictedEur: null },
      { row: 3, substation: 'AC012E00001', year: 2024, month: 4, incentiveEur: 10, valorisationEur: 0, restrictedEur: null },
      { row: 4, substation: 'AC012E00001', year: 2024, month: 5, incentiveEur: 0, valorisationEur: 0, restrictedEur: null },
    ]);
  });

  it('the template round-trips: blank rows are months not received yet', () => {
    const text = gseStatementsTemplateCsv(['AC012E00001'], 2024).replace('AC012E00001;2024;2;;;', 'AC012E00001;2024;2;100;5;1,5');
    expect(parse(text)).toEqual([{ row: 3, substation: 'AC012E00001', year: 2024, month: 2, incentiveEur: 100, valorisationEur: 5, restrictedEur: 1.5 }]);
  });

  it('names the row and column of a bad month, a missing year, text in an amount', () => {
    expect(ioError(() => parse('Cabina;Anno;Mese;Incentivo;Valorizzazione\nA;2024;13;1;1')).message).toMatch(/riga 2, colonna C/);
    expect(ioError(() => parse('Cabina;Mese;Incentivo;Valorizzazione\nA;3;1;1')).message).toMatch(/riga 2.*manca l'anno/);
    expect(ioError(() => parse('Cabina;Anno;Mese;Incentivo;Valorizzazione\nA;2024;3;molto;1')).message).toMatch(/riga 2, colonna D/);
    expect(ioError(() => parse('Cabina;Anno;Mese\nA;2024;3')).code).toBe('io/missing-column');
  });
});
