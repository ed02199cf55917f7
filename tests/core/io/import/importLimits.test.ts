/**
 * Size limits of imported tables: a 10-million-row CSV and an XLSX that claims a row past
 * Excel's last are refused with a message saying to split the file — in a process with a
 * small heap, so a reader that loaded everything would crash instead of refusing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { countLineFeeds, MAX_CSV_ROWS } from '../../../../core/io/import/importLimits';
import { readTables } from '../../../../core/io/import/readTables';
import { IoError } from '../../../../core/io/io-error';
import { ensureCliBuilt } from '../../../helpers/cli';
import { REPO_ROOT, tempDir } from '../../../helpers/tmp';
import { handXlsx } from '../xlsx/xlsxBuilder';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  ensureCliBuilt();
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

/** Writes `rows` lines of a POD's quarter-hour values without holding the file in memory. */
function writeLongCsv(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  const line = '01/01/2025 00:15;IT001E00000011;0,25\n';
  const block = line.repeat(100_000);
  fs.writeSync(fd, 'Data;POD;kWh\n');
  for (let written = 0; written < rows; written += 100_000) fs.writeSync(fd, block);
  fs.closeSync(fd);
}

describe('import size limits', () => {
  it('counts line feeds on the raw bytes, UTF-8 or UTF-16', () => {
    expect(countLineFeeds(new TextEncoder().encode('a;b\n1;2\n3;4'))).toBe(2);
    expect(countLineFeeds(Buffer.from('a;b\r\n1;2\r\n', 'utf16le'))).toBe(2);
  });

  it('refuses a 10-million-row CSV, naming the limit, in a process with a 256 MB heap', () => {
    const big = path.join(tmp.dir, 'dieci-milioni.csv');
    writeLongCsv(big, 10_000_000);
    const bin = path.join(REPO_ROOT, 'bin', 'condivisa.mjs');
    const env = { ...process.env, CONDIVISA_CONFIG_DIR: path.join(tmp.dir, 'cfg') };
    const run = (...args: string[]) => spawnSync(process.execPath, ['--max-old-space-size=256', bin, ...args], { cwd: tmp.dir, env, encoding: 'utf8', timeout: 60_000 });
    expect(run('new', 'p.condivisa', '--name', 'P', '--type', 'CER').status).toBe(0);
    const before = fs.readFileSync(path.join(tmp.dir, 'p.condivisa'));
    const r = run('import', 'p.condivisa', big, '--kind', 'curves');
    expect(r.signal, 'the import had to be killed').toBeNull();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/dieci-milioni\.csv.*more than 4,000,000 rows: split the file/);
    expect(fs.readFileSync(path.join(tmp.dir, 'p.condivisa')).equals(before)).toBe(true);
  });

  it('refuses an XLSX row past Excel’s last row', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>POD</t></is></c></row><row r="2000000"><c r="A2000000"><v>1</v></c></row>';
    const data = handXlsx({ sheets: [{ name: 'Curve', rows }] });
    const e = await readTables({ name: 'lunga.xlsx', data }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(IoError);
    expect((e as IoError).messageEn).toMatch(/sheet "Curve".*row number outside the sheet \(2000000\)/);
    expect(MAX_CSV_ROWS).toBeGreaterThan(100 * 35_136); // a leap year of quarter hours for 100 PODs fits
  });
});
