/** The limits as each adapter reports them: IoError for XLSX imports, IoError for KMZ / Shapefile. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTables } from '../../../../core/io/import/readTables';
import { IoError } from '../../../../core/io/io-error';
import { importAreasFile } from '../../../../core/io/geo/import-file';

import { sheetXml } from '../xlsx/xlsxBuilder';
import { deflated, zeroBomb, zipOf } from './zipBuilder';

const dir = mkdtempSync(join(tmpdir(), 'condivisa-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const workbookParts = [
  deflated('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="Curve" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  deflated('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
];

describe('ZIP limits through the adapters', () => {
  it('an XLSX bomb is an IoError naming the file, the entry and the limit', async () => {
    const data = zipOf([...workbookParts, zeroBomb('xl/worksheets/sheet1.xml', 300)]);
    const e = await readTables({ name: 'curve-bomba.xlsx', data }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IoError);
    expect(e).toMatchObject({ code: 'io/too-large', file: 'curve-bomba.xlsx' });
    expect((e as IoError).message).toMatch(/file «curve-bomba\.xlsx»: file XLSX rifiutato: la voce «xl\/worksheets\/sheet1\.xml» si espande più di 100:1/);
    expect((e as IoError).messageEn).toMatch(/file "curve-bomba\.xlsx": XLSX file refused: entry "xl\/worksheets\/sheet1\.xml" expands more than 100:1/);
  });

  it('an XLSX whose sheet lies about its size is refused as damaged', async () => {
    const liar = { ...zeroBomb('xl/worksheets/sheet1.xml', 50), size: 2000 };
    const e = await readTables({ name: 'bugiardo.xlsx', data: zipOf([...workbookParts, liar]) }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'io/corrupt', file: 'bugiardo.xlsx' });
    expect((e as IoError).messageEn).toMatch(/damaged or truncated XLSX file \(entry "xl\/worksheets\/sheet1\.xml" expands beyond its declared size/);
  });

  it('a small honest XLSX built the same way still reads', async () => {
    const sheet = deflated('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1"><v>42</v></c></row>'));
    const [t] = await readTables({ name: 'ok.xlsx', data: zipOf([...workbookParts, sheet]) });
    expect(t!.rows).toEqual([[42]]);
  });

  it('a KMZ bomb is an IoError in Italian and English', () => {
    const p = join(dir, 'aree.kmz');
    writeFileSync(p, zipOf([zeroBomb('doc.kml', 300)]));
    let e: unknown;
    try {
      importAreasFile(p);
    } catch (caught) {
      e = caught;
    }
    expect(e).toBeInstanceOf(IoError);
    expect((e as IoError).code).toBe('io/too-large');
    expect((e as IoError).message).toMatch(/^file «aree\.kmz»: la voce «doc\.kml» si espande più di 100:1/);
    expect((e as IoError).messageEn).toMatch(/^file "aree\.kmz": entry "doc\.kml" expands more than 100:1/);
  });
});
