/** The XLSX reader on hand-written XML: what Excel, LibreOffice and exporters write but exceljs does not. */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../../../core/io/import/readTables';
import { IoError } from '../../../../core/io/io-error';
import { zipSync } from 'fflate';
import { handXlsx } from './xlsxBuilder';

const read = (data: Uint8Array, name = 'mano.xlsx') => readTables({ name, data });

describe('hand-built XML', () => {
  it('reads shared strings with rich-text runs, phonetic guides, entities and empty items', async () => {
    const data = handXlsx({
      sharedStrings: [
        '<t>POD</t>',
        '<r><rPr><b/></rPr><t>Energia </t></r><r><t xml:space="preserve">attiva (kWh)</t></r>',
        '<t>Rossi &amp; Figli &lt;srl&gt; &#233;&#x20AC;</t>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
        '<t/>',
      ],
      sheets: [{ name: 'Foglio1', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>99</v></c></row>' }],
    });
    const [t] = await read(data);
    expect(t!.rows).toEqual([['POD', 'Energia attiva (kWh)', 'Rossi & Figli <srl> é€', '東京', '']]);
  });

  it('reads inline strings, str formulas, booleans, errors and numbers in every spelling', async () => {
    const rows = [
      '<row r="1">',
      '<c r="A1" t="inlineStr"><is><t>in linea</t></is></c>',
      '<c r="B1" t="inlineStr"><is><r><t>ric</t></r><r><rPr><i/></rPr><t>co &amp; co</t></r></is></c>',
      '<c r="C1" t="str"><f>A1&amp;"!"</f><v>in linea!</v></c>',
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>',
      '<c r="F1" t="e"><v>#N/A</v></c>',
      '<c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      '<c r="H1"><f>SUM(A2:A3)</f></c>', // formula never calculated: no value
      '<c r="I1"><f>2*2</f><v>4</v></c>',
      '</row>',
      '<row r="2"><c r="A2"><v>-0.25</v></c><c r="B2" t="n"><v>1.5E-3</v></c><c r="C2"><v>123456789012345678</v></c><c r="D2"><v>0.1</v></c><c r="E2"><v>abc</v></c><c r="F2"><v></v></c></row>',
    ].join('');
    const [t] = await read(handXlsx({ sheets: [{ name: 'Tipi', rows }] }));
    expect(t!.rows[0]).toEqual(['in linea', 'ricco & co', 'in linea!', true, false, { error: '#N/A' }, { error: '#DIV/0!' }, null, 4]);
    expect(t!.rows[1]).toEqual([-0.25, 0.0015, 123456789012345678, 0.1, { error: '#NUM!' }]);
  });

  it('places cells by r with gaps, and rows and cells without r after the previous ones', async () => {
    const rows = [
      '<row r="1"><c r="C1"><v>3</v></c><c r="F1"><v>6</v></c></row>',
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>', // row 2
      '<row r="4" spans="1:3"/>',
      '<row><c r="B5" s="0"/><c r="C5"><v>7</v></c><c r="D5" s="0"/></row>', // row 5; styled empty cells add nothing
      '<row r="8"><c r="AA8"><v>27</v></c></row>',
    ].join('');
    const [t] = await read(handXlsx({ sheets: [{ name: 'Buchi', rows }] }));
    expect(t!.rows.length).toBe(8);
    expect(t!.rows[0]).toEqual([null, null, 3, null, null, 6]);
    expect(t!.rows[1]).toEqual([1, 2, null, null, 5, 6]);
    expect(t!.rows[2]).toEqual([]);
    expect(t!.rows[3]).toEqual([]);
    expect(t!.rows[4]).toEqual([null, null, 7]);
    expect(t!.rows[5]).toEqual([]);
    expect(t!.rows[7]![26]).toBe(27);
  });

  it('turns numbers in date-styled cells into civil dates: built-in 14, 22, custom codes, 1904 system', async () => {
    const numFmts = '<numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="[Red]0.00&quot;kWh&quot;"/><numFmt numFmtId="166" formatCode="&quot;Giorno&quot; 0"/><numFmt numFmtId="167" formatCode="[$-410]mmmm yyyy"/>';
    const xf = [0, 14, 22, 164, 165, 166, 167, 2];
    const rows = '<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45382.09375</v></c><c r="C1" s="3"><v>45592.0833333333</v></c><c r="D1" s="4"><v>12.5</v></c><c r="E1" s="5"><v>3</v></c><c r="F1" s="6"><v>45323</v></c><c r="G1" s="7"><v>0.5</v></c><c r="H1" t="d"><v>2024-03-31T02:15:00</v></c></row>';
    const [t] = await read(handXlsx({ numFmts, xfNumFmtIds: xf, sheets: [{ name: 'Date', rows }] }));
    expect(t!.rows[0]).toEqual([
      new Date(Date.UTC(2024, 0, 1)),
      new Date(Date.UTC(2024, 2, 31, 2, 15)),
      new Date(Date.UTC(2024, 9, 27, 2)),
      12.5,
      3,
      new Date(Date.UTC(2024, 1, 1)),
      0.5,
      new Date(Date.UTC(2024, 2, 31, 2, 15)),
    ]);
    const [t1904] = await read(handXlsx({ date1904: true, xfNumFmtIds: [0, 14], sheets: [{ name: 'Mac', rows: '<row r="1"><c r="A1" s="1"><v>43830</v></c></row>' }] }));
    expect(t1904!.rows[0]).toEqual([new Date(Date.UTC(2024, 0, 1))]);
  });

  it('reads merged ranges after the cells, sheet names with entities, and sheets in workbook order', async () => {
    const data = handXlsx({
      sheets: [
        { name: 'Soci &amp; POD', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', after: '<mergeCells count="2"><mergeCell ref="B1:C1"/><mergeCell ref="A3:A5"/></mergeCells>' },
        { name: 'Vuoto', rows: '' },
        { name: 'Ultimo', rows: '<row r="2"><c r="B2"><v>2</v></c></row>' },
      ],
    });
    const tables = await read(data);
    expect(tables.map((t) => t.sheet)).toEqual(['Soci & POD', 'Vuoto', 'Ultimo']);
    expect(tables[0]!.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }, { top: 2, left: 0, bottom: 4, right: 0 }]);
    expect(tables[1]!.rows).toEqual([]);
    expect(tables[2]!.rows).toEqual([[], [null, 2]]);
    const only = await readTables({ name: 'f.xlsx', data }, { sheetFilter: (n) => n === 'Ultimo' });
    expect(only.map((t) => t.sheet)).toEqual(['Ultimo']);
  });

  it('refuses a ZIP without a workbook, and sheet XML that never closes its row', async () => {
    const notXlsx = zipSync({ 'doc.kml': new TextEncoder().encode('<kml/>') });
    await expect(read(notXlsx, 'aree.xlsx')).rejects.toMatchObject({ code: 'io/wrong-file-type', file: 'aree.xlsx' });
    const open = handXlsx({ sheets: [{ name: 'Rotto', rows: '<row r="1"><c r="A1"><v>1</v></c>' }] });
    const e = await read(open, 'rotto.xlsx').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IoError);
    expect(e).toMatchObject({ code: 'io/corrupt', sheet: 'Rotto' });
    const far = handXlsx({ sheets: [{ name: 'Lontano', rows: '<row r="2000000"><c r="A2000000"><v>1</v></c></row>' }] });
    await expect(read(far)).rejects.toMatchObject({ code: 'io/corrupt', sheet: 'Lontano' });
  });
});
