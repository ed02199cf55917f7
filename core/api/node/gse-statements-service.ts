/**
 * GSE monthly statements: import (CSV/XLSX, one row per configuration and month of the
 * reference year), the blank template, and the amounts by configuration and month that
 * computeSharing divides instead of the simulated ones. A file with an unknown configuration,
 * a month of another year or a month given twice is refused naming the row; nothing is written.
 */
import type { ProjectStore } from '../../store/project-store';
import { readTables } from '../../io/import/readTables';
import { IoError } from '../../io/io-error';
import { parseGseStatements, gseStatementsTemplateCsv, type GseStatementRow } from '../../io/gse/statements';
import { readGseStatements, saveGseStatements } from '../../store/gse-statements-repository';
import type { GseStatementsView } from '../common/types/sharing';
import { badRequest } from '../common/errors';

async function parseFile(name: string, bytes: Uint8Array): Promise<GseStatementRow[]> {
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
    const at = `${name}, riga ${r.row}`;
    const atEn = `${name}, row ${r.row}`;
    const matches = configurations.filter((c) => c.substationCode.toUpperCase() === r.substation);
    if (matches.length !== 1) {
      throw matches.length === 0
        ? badRequest(`${atEn}: no configuration with primary substation "${r.substation}"`, `${at}: nessuna configurazione con cabina primaria «${r.substation}»`, 'substation')
        : badRequest(`${atEn}: several configurations with primary substation "${r.substation}"`, `${at}: più configurazioni con cabina primaria «${r.substation}»`, 'substation');
    }
    if (r.year !== year) throw badRequest(`${atEn}: month ${r.month}/${r.year} is outside the project's reference year ${year}`, `${at}: il mese ${r.month}/${r.year} è fuori dall'anno di riferimento ${year} del progetto`, 'month');
    const key = `${matches[0]!.id}:${r.month}`;
    const before = seen.get(key);
    if (before !== undefined) throw badRequest(`${atEn}: month ${r.month}/${r.year} of "${r.substation}" already given in row ${before}`, `${at}: il mese ${r.month}/${r.year} di «${r.substation}» è già nella riga ${before}`, 'month');
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
