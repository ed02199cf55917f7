/**
 * GSE monthly statements: import (CSV/XLSX, one row per configuration and month of the
 * reference year), the blank template, and the amounts by configuration and month that
 * computeSharing divides instead of the simulated ones. A file with an unknown configuration,
 * a month of another year or a month given twice is refused naming the row; nothing is written.
 */
import type { ProjectStore } from '../../store/project-store';
import { IoError } from '../../io/io-error';
import { parseGseStatements, gseStatementsTemplateCsv, type GseStatementRow } from '../../io/gse/statements';
import { readGseStatements, saveGseStatements } from '../../store/gse-statements-repository';
import type { GseStatementsView } from '../common/types/sharing';
import { badRequest } from '../common/errors';

async function parseFile(name: string, bytes: Uint8Array): Promise<GseStatementRow[]> {
  // Loaded on first use: the workbook reader (zip, xlsx) is not needed to divide the money.
  const { readTables } = await import('../../io/import/readTables');
  const tables = await readTables({ name, data: bytes });
  let first: IoError | null = null;
  // A workbook may hold other sheets (notes, totals): the first sheet with the columns is read.
  for (const t of tables) {
    try {
      return parseGseStatements(t);
    } catch (e) {
      if (!(e instanceof IoError)) throw e;
      first ??= e;
    }
  }
  throw first ?? new IoError({ file: name }, 'io/empty', { code: 'io.gse-statements-service.sheet' });
}

export async function importGseStatements(store: ProjectStore, name: string, bytes: Uint8Array): Promise<GseStatementsView> {
  const rows = await parseFile(name, bytes);
  const year = store.getCommunity().referenceYear;
  const configurations = store.listConfigurations();
  const seen = new Map<string, number>();
  const out = rows.map((r) => {
    const at = { code: 'api.at.file-row', params: { name, row: String(r.row) } } as const;
    const matches = configurations.filter((c) => c.substationCode.toUpperCase() === r.substation);
    if (matches.length !== 1) {
      throw matches.length === 0
        ? badRequest({ code: 'api.gse-statements.no-configuration', params: { at, substation: r.substation } }, 'substation')
        : badRequest({ code: 'api.gse-statements.several-configurations', params: { at, substation: r.substation } }, 'substation');
    }
    if (r.year !== year) throw badRequest({ code: 'api.gse-statements.outside-year', params: { at, month: String(r.month), year: String(r.year), referenceYear: String(year) } }, 'month');
    const key = `${matches[0]!.id}:${r.month}`;
    const before = seen.get(key);
    if (before !== undefined) throw badRequest({ code: 'api.gse-statements.month-repeated', params: { at, month: String(r.month), year: String(r.year), substation: r.substation, before: String(before) } }, 'month');
    seen.set(key, r.row);
    return { configurationId: matches[0]!.id, year: r.year, month: r.month, incentiveEur: r.incentiveEur, valorisationEur: r.valorisationEur, restrictedEur: r.restrictedEur, sourceFile: name };
  });
  saveGseStatements(store, out);
  return gseStatementsView(store);
}

/** The statements of the reference year by configuration and month (null: no statement). */
export function gseStatementsView(store: ProjectStore): GseStatementsView {
  const year = store.getCommunity().referenceYear;
  const rows = readGseStatements(store, year);
  return {
    year,
    configurations: store.listConfigurations().map((c) => {
      const mine = rows.filter((r) => r.configurationId === c.id);
      return {
        id: c.id,
        name: c.name,
        substation: c.substationCode,
        months: Array.from({ length: 12 }, (_, m) => {
          const r = mine.find((x) => x.month === m + 1);
          return r ? { incentiveEur: r.incentiveEur, valorisationEur: r.valorisationEur, restrictedEur: r.restrictedEur } : null;
        }),
      };
    }),
    files: [...new Set(rows.map((r) => r.sourceFile))],
  };
}

export function gseStatementsTemplate(store: ProjectStore): { fileName: string; text: string } {
  const year = store.getCommunity().referenceYear;
  const codes = store.listConfigurations().map((c) => c.substationCode || c.name);
  return { fileName: `estratti-conto-gse-${year}.csv`, text: gseStatementsTemplateCsv(codes, year) };
}
