/** The GSE application data as an xlsx: one sheet per portal table, then "Da completare". */
import { gseApplicationData, missingSheet, type GseApplicationInput } from '../../report/gse-application';
import { sheetTablesToXlsx } from './sheet-tables-xlsx';

export async function gseApplicationXlsx(input: GseApplicationInput, creator: string): Promise<{ buffer: Buffer; missing: number }> {
  const data = gseApplicationData(input);
  const buffer = await sheetTablesToXlsx([...data.sheets, missingSheet(data.missing)], creator, { highlightEmpty: true });
  return { buffer, missing: data.missing.length };
}
