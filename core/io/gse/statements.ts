/**
 * GSE monthly statements of a configuration, as the user copies them from the GSE portal
 * ("estratto conto" of the incentive and of the valorisation) into a CSV or XLSX: one row per
 * configuration and month. Reads and checks the shape only; matching the configurations and the
 * year to the project is the caller's (it names the row too).
 */
import { IoError } from '../io-error';
import { cellAt, cellError, readNumber, readText } from '../import/cellRead';
import { mapHeader, type ColumnSpec } from '../import/headerMap';
import { monthFromName } from '../import/monthNames';
import { isEmptyCell, type RawTable } from '../import/table';

export interface GseStatementRow {
  /** 1-based row of the file, for messages. */
  row: number;
  substation: string;
  year: number;
  /** 1…12. */
  month: number;
  incentiveEur: number;
  valorisationEur: number;
  /** Part of the incentive GSE marks as above the 55/45 threshold [€], when the file gives it. */
  restrictedEur: number | null;
}

type Key = 'substation' | 'year' | 'month' | 'incentive' | 'valorisation' | 'restricted';
const COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'substation', label: 'Cabina primaria', required: true, synonyms: ['cabina primaria', 'codice cabina primaria', 'cabina', 'area convenzionale', 'codice area', 'substation', 'primary substation'] },
  { key: 'year', label: 'Anno', synonyms: ['anno', 'year'] },
  { key: 'month', label: 'Mese', required: true, synonyms: ['mese', 'periodo', 'mese di competenza', 'competenza', 'month', 'period'] },
  { key: 'incentive', label: 'Incentivo €', required: true, synonyms: ['incentivo', 'incentivo €', 'incentivo (€)', 'tariffa premio', 'tariffa incentivante', 'tip', 'incentive', 'incentive €'] },
  { key: 'valorisation', label: 'Valorizzazione €', required: true, synonyms: ['valorizzazione', 'valorizzazione €', 'valorizzazione (€)', 'corrispettivo di valorizzazione', 'contributo di valorizzazione', 'valorisation', 'valorisation €'] },
  { key: 'restricted', label: 'Quota eccedentaria €', synonyms: ['quota eccedentaria', 'tariffa premio eccedentaria', 'eccedentaria', 'quota vincolata', 'restricted', 'restricted pot'] },
];

/** Month (and year when the cell carries it) of a "Mese" cell: 3, "marzo", "03/2024", "2024-03", or a date. */
function monthOf(t: RawTable, r: number, c: number): { month: number; year: number | null } {
  const cell = cellAt(t, r, c);
  if (cell instanceof Date) return { month: cell.getUTCMonth() + 1, year: cell.getUTCFullYear() };
  const s = readText(t, r, c);
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{1,2})$/))) return { month: Number(m[1]), year: null };
  if ((m = s.match(/^(\d{1,2})[/.-](\d{4})$/))) return { month: Number(m[1]), year: Number(m[2]) };
  if ((m = s.match(/^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/))) return { month: Number(m[2]), year: Number(m[1]) };
  if ((m = s.match(/^([a-zà]+)\.?\s+(\d{4})$/i))) {
    const month = monthFromName(m[1]!);
    if (month) return { month, year: Number(m[2]) };
  }
  const named = monthFromName(s);
  if (named) return { month: named, year: null };
  throw cellError(t, r, c, 'io/bad-date', { code: 'io.statements.month-recognised-marzo', params: { value: s.slice(0, 40) } });
}

export function parseGseStatements(t: RawTable): GseStatementRow[] {
  const { headerRow, columns } = mapHeader(t, COLUMNS);
  const out: GseStatementRow[] = [];
  for (let r = headerRow + 1; r < t.rows.length; r++) {
    const row = t.rows[r]!;
    if (row.every((c) => isEmptyCell(c))) continue;
    const substation = readText(t, r, columns.substation!).toUpperCase();
    if (substation === '') throw cellError(t, r, columns.substation, 'io/missing-value', { code: 'io.statements.primary-substation-code-missing' });
    const { month, year: yearInMonth } = monthOf(t, r, columns.month!);
    if (!(month >= 1 && month <= 12)) throw cellError(t, r, columns.month, 'io/out-of-range', { code: 'io.statements.month-outside', params: { month } });
    const yearCell = columns.year !== undefined ? readNumber(t, r, columns.year, 'anno') : null;
    const year = yearCell ?? yearInMonth;
    if (year === null) throw cellError(t, r, columns.month, 'io/missing-value', { code: 'io.statements.year-missing-anno-column' });
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw cellError(t, r, columns.year ?? columns.month, 'io/out-of-range', { code: 'io.statements.year-valid', params: { year } });
    // A template row left blank is a month not received yet: skipped.
    if (isEmptyCell(cellAt(t, r, columns.incentive!)) && isEmptyCell(cellAt(t, r, columns.valorisation!))) continue;
    const amount = (key: 'incentive' | 'valorisation', what: string) => {
      const v = readNumber(t, r, columns[key]!, what);
      if (v === null) throw cellError(t, r, columns[key], 'io/missing-value', { code: 'io.statements.amount-missing', params: { what } });
      return v;
    };
    const incentiveEur = amount('incentive', 'incentivo');
    const valorisationEur = amount('valorisation', 'valorizzazione');
    const restrictedEur = columns.restricted !== undefined ? readNumber(t, r, columns.restricted, 'quota eccedentaria') : null;
    out.push({ row: r + 1, substation, year, month, incentiveEur, valorisationEur, restrictedEur });
  }
  if (out.length === 0) throw new IoError({ file: t.file, ...(t.sheet ? { sheet: t.sheet } : {}) }, 'io/empty', { code: 'io.statements.amount-rows-under-header' });
  return out;
}

/** The blank template: a row per configuration and month of the year, amounts to fill in (CSV, `;`, Italian). */
export function gseStatementsTemplateCsv(substations: readonly string[], year: number): string {
  const lines = ['Cabina primaria;Anno;Mese;Incentivo €;Valorizzazione €;Quota eccedentaria €'];
  for (const s of substations) for (let m = 1; m <= 12; m++) lines.push(`${s};${year};${m};;;`);
  return `${lines.join('\r\n')}\r\n`;
}
