/**
 * Fuzz of the sheet XML itself inside a sound ZIP (the container fuzz in tests/core/io/import
 * mostly breaks the ZIP): cuts, stray markup characters and deletions anywhere. Every read
 * returns tables or throws IoError; deterministic seed.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../../../core/io/import/readTables';
import { IoError } from '../../../../core/io/io-error';
import { handXlsx } from './xlsxBuilder';

const ROWS = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>kWh</t></r></is></c><c r="C1" s="1"><v>45292.25</v></c></row>',
  '<row><c t="e"><v>#REF!</v></c><c r="C2" t="str"><f>A1</f><v>a &amp; b</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" s="1"/></row>',
  '<row r="4"/><row r="5" spans="1:3"><c r="A5"><v>1.5E-3</v></c><c r="B5"><v>-7</v></c></row>',
].join('');
const AFTER = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
const STRAY = ['<', '>', '"', "'", '/', '&', '<row>', '</row>', '<c>', '</c>', '<v>', 'r="', ' t="s"', '<is>', '\u0000', 'é'];

describe('sheet XML fuzz', () => {
  it('never throws anything but IoError on 300 mangled sheets', async () => {
    let seed = 20241027;
    const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let ok = 0;
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      let rows = ROWS;
      let after = AFTER;
      for (let k = 0, n = 1 + Math.floor(rnd() * 4); k < n; k++) {
        const at = Math.floor(rnd() * rows.length);
        const kind = i % 3;
        if (kind === 0) rows = rows.slice(0, at);
        else if (kind === 1) rows = rows.slice(0, at) + STRAY[Math.floor(rnd() * STRAY.length)] + rows.slice(at);
        else rows = rows.slice(0, at) + rows.slice(at + 1 + Math.floor(rnd() * 20));
      }
      if (rnd() < 0.2) after = after.slice(0, Math.floor(rnd() * after.length));
      const data = handXlsx({ sharedStrings: ['<t>POD</t>'], xfNumFmtIds: [0, 14], sheets: [{ name: 'Fuzz', rows, after }] });
      try {
        const [t] = await readTables({ name: `fuzz-${i}.xlsx`, data });
        expect(Array.isArray(t!.rows)).toBe(true);
        ok++;
      } catch (e) {
        if (!(e instanceof IoError)) throw new Error(`case ${i}: ${(e as Error)?.stack ?? e}\n${rows}`);
        expect(e.file).toBe(`fuzz-${i}.xlsx`);
        refused++;
      }
    }
    expect(ok + refused).toBe(300);
  });
});
