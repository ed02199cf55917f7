/**
 * A merged header in a curve sheet long enough to be streamed (> 64 rows): the merged ranges
 * come after the cells in the sheet XML, so the streaming import checks them once the sheet
 * has been read, and refuses the file as the whole-sheet path does.
 */
import { describe, expect, it } from 'vitest';
import { importCurves } from '../../../../core/io/import/parseCurves';
import { hhmm, writeXlsx, type XCell } from './fixtures';

function dailySheet(days: number): XCell[][] {
  const rows: XCell[][] = [['POD', 'Data', ...Array.from({ length: 24 }, (_, h) => `${hhmm(h * 60)}-${hhmm(h * 60 + 60)}`)]];
  for (let d = 0; d < days; d++) rows.push(['IT001E12345678', new Date(Date.UTC(2024, 0, 1 + d)), ...Array.from({ length: 24 }, () => 1.5)]);
  return rows;
}

describe('merged header in a streamed curve sheet', () => {
  it('is refused with sheet, row and column, short or long', async () => {
    for (const days of [20, 120]) {
      const p = await writeXlsx(`unite-${days}.xlsx`, { Curve: dailySheet(days) }, (wb) => wb.getWorksheet('Curve')!.mergeCells('Z1:AA1'));
      await expect(importCurves(p, { mapping: { unit: 'kWh' } })).rejects.toMatchObject({ code: 'io/merged-header', sheet: 'Curve', row: 1, column: 'Z' });
    }
  });

  it('a long sheet without merges still imports while streaming', async () => {
    const p = await writeXlsx('lunga.xlsx', { Curve: dailySheet(120) });
    const { curves } = await importCurves(p, { mapping: { unit: 'kWh' } });
    expect(curves[0]!.series.base.length).toBe(120 * 24 - 1); // one 23-hour day (31 March)
  });
});
