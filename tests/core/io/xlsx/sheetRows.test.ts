/** The streaming pieces on their own: chunk boundaries anywhere, and the in-place number reader. */
import { describe, expect, it } from 'vitest';
import { SheetRowScanner } from '../../../../core/io/xlsx/sheetRows';
import { SharedStringScanner } from '../../../../core/io/xlsx/sharedStrings';
import { MergeScanner } from '../../../../core/io/xlsx/mergedCells';
import { numberAt } from '../../../../core/io/xlsx/numberText';
import type { Cell } from '../../../../core/io/import/table';
import { sheetXml } from './xlsxBuilder';
import { formatMessage, type Message } from '../../../../core/model/messages';

const ctx = { sharedStrings: ['uno', 'due'], dateStyles: [false, true], date1904: false };

function scan(xml: string, piece: number): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  const fail = (m: Message): never => {
    throw new Error(formatMessage(m, 'it'));
  };
  const scanner = new SheetRowScanner(ctx, (r, cells) => rows.set(r, cells), fail);
  for (let i = 0; i < xml.length; i += piece) scanner.push(xml.slice(i, i + piece));
  scanner.end();
  return rows;
}

describe('SheetRowScanner', () => {
  const xml = sheetXml(
    '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45292.5</v></c><c r="D1" t="inlineStr"><is><t>x &lt; y</t></is></c></row>' +
      '<row><c><v>1.25</v></c><c t="s"><v>1</v></c><c r="E2" t="e"><v>#REF!</v></c></row>' +
      '<row r="4"/><row r="5"><c r="A5"><f>1+1</f><v>2</v></c><c r="B5" s="0"/></row>',
    '<rowBreaks count="1"><brk id="3"/></rowBreaks><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
  );
  const expected = new Map<number, Cell[]>([
    [0, ['uno', new Date(Date.UTC(2024, 0, 1, 12)), null, 'x < y']],
    [1, [1.25, 'due', null, null, { error: '#REF!' }]],
    [3, []],
    [4, [2]],
  ]);

  it('gives the same rows whatever the chunk boundaries', () => {
    for (const piece of [1, 2, 3, 5, 7, 13, 64, 1e6]) expect(scan(xml, piece), `pieces of ${piece}`).toEqual(expected);
  });

  it('finds shared strings and merged ranges across chunk boundaries too', () => {
    const sst = '<sst><si><t>a&amp;b</t></si><si><r><t>c</t></r><r><t>d</t></r></si><si></si></sst>';
    for (const piece of [1, 4, 9, 1e6]) {
      const s = new SharedStringScanner();
      const m = new MergeScanner();
      for (let i = 0; i < sst.length; i += piece) s.push(sst.slice(i, i + piece));
      for (let i = 0; i < xml.length; i += piece) m.push(xml.slice(i, i + piece));
      expect(s.strings).toEqual(['a&b', 'cd', '']);
      expect(m.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    }
  });
});

describe('numberAt', () => {
  it('reads decimals exactly as Number() does', () => {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const samples = ['0', '-0', '5.', '0.1', '0.3', '123.456', '-42.0001', '999999999999999', '0.000000000000001', '1234567890.12345'];
    for (let i = 0; i < 20_000; i++) samples.push(((rnd() - 0.3) * 10 ** Math.floor(rnd() * 12)).toFixed(Math.floor(rnd() * 10)));
    for (const s of samples) expect(Object.is(numberAt(`<v>${s}</v>`, 3, 3 + s.length), Number(s)), s).toBe(true);
  });

  it('falls back to Number() for exponents and long mantissas, null for empty text', () => {
    for (const s of ['1E-3', '2.5e+10', '12345678901234567890', '0.12345678901234567', ' 7 ', 'abc', '1,5', '.'])
      expect(Object.is(numberAt(s, 0, s.length), Number(s)), s).toBe(true);
    expect(numberAt('', 0, 0)).toBeNull();
    expect(numberAt('  ', 0, 2)).toBeNull();
  });
});
