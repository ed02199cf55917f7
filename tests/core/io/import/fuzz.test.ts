/**
 * Fuzz: ≥ 200 malformed files (truncations, byte flips, random cells, wrong layouts,
 * deterministic seed). Every parse must return data or throw ImportError — never another
 * exception, never hang.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCurves } from '../../../../core/io/import/parseCurves';
import { importMembers } from '../../../../core/io/import/members';
import { importBills } from '../../../../core/io/import/bills';
import { ImportError } from '../../../../core/io/import/importError';
import { importWorkbook } from '../../../../core/io/workbook/importWorkbook';
import { exportWorkbook, EMPTY_PROJECT } from '../../../../core/io/workbook/exportWorkbook';
import { hhmm, tmp, writeXlsx, type XCell } from './fixtures';

let seed = 20240331;
const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function randomCell(): XCell {
  return pick<() => XCell>([
    () => null,
    () => Math.round(rnd() * 1e4) / 100,
    () => -rnd() * 10,
    () => pick(['1.234,56', '0,5', 'abc', '', 'IT001E12345678', 'IT01E123', '31/03/2024 02:30', '2024-10-27T02:00:00+02:00', '#REF!', 'sì', 'PMI', '24:00', '99/99/9999']),
    () => new Date(Date.UTC(2024, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 24))),
    () => true,
    () => ({ formula: '1/0', result: { error: pick(['#DIV/0!', '#REF!', '#N/A']) } }),
    () => 'x'.repeat(Math.floor(rnd() * 50)),
  ])();
}

async function baseFiles(): Promise<Buffer[]> {
  const daily: XCell[][] = [['Energia (kWh)'], ['POD', 'Data', ...Array.from({ length: 24 }, (_, h) => `${hhmm(h * 60)}-${hhmm(h * 60 + 60)}`)]];
  for (let d = 0; d < 20; d++) daily.push(['IT001E12345678', new Date(Date.UTC(2024, 2, 20 + d)), ...Array.from({ length: 24 }, () => 1.5)]);
  const members: XCell[][] = [['Nome', 'Categoria', 'POD', 'Latitudine'], ['A', 'PMI', 'IT001E12345678', '45,1'], ['B', 'Comune', 'IT001E12345679 IT001E12345670', 45.2]];
  const wbFile = join(tmp, 'fuzz-base-wb.xlsx');
  await exportWorkbook({ ...EMPTY_PROJECT, members: [{ id: 1, name: 'A', category: 'sme', taxCode: '', ateco: '', pods: ['IT001E12345678'], lat: 1, lon: 2, vulnerable: false, configurationId: null, annualKWh: 1, loadProfile: 'office' }] }, wbFile);
  const csv = ['Data;Ora;kWh', ...Array.from({ length: 48 }, (_, i) => `01/01/2024;${hhmm((i % 24) * 60)};${i},5`)].join('\r\n');
  return [
    readFileSync(await writeXlsx('fuzz-base-daily.xlsx', { Curve: daily })),
    readFileSync(await writeXlsx('fuzz-base-members.xlsx', { Soci: members })),
    readFileSync(wbFile),
    Buffer.from(csv),
  ];
}

async function malformed(i: number, bases: Buffer[]): Promise<Buffer> {
  const kind = i % 5;
  const base = bases[i % bases.length]!;
  if (kind === 0) return base.subarray(0, Math.floor(rnd() * base.length));
  if (kind === 1) {
    const b = Buffer.from(base);
    const flips = 1 + Math.floor(rnd() * 20);
    for (let k = 0; k < flips; k++) b[Math.floor(rnd() * b.length)] ^= 1 << Math.floor(rnd() * 8);
    return b;
  }
  if (kind === 2) {
    const rows = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => Array.from({ length: 1 + Math.floor(rnd() * 30) }, randomCell));
    if (rnd() < 0.5) rows.unshift(pick([['POD', 'Data', 'kWh'], ['Nome', 'Categoria', 'POD'], ['Data', ...Array.from({ length: 24 }, (_, h) => String(h + 1))], ['POD', 'Anno', 'Mese', 'F1', 'F2', 'F3']]) as XCell[]);
    return readFileSync(await writeXlsx(`fuzz-${i}.xlsx`, { [pick(['Curve', 'Membri', 'Foglio1', 'Parametri'])]: rows }));
  }
  if (kind === 3) {
    const delim = pick([';', ',', '\t']);
    const lines = Array.from({ length: Math.floor(rnd() * 60) }, () => Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => {
      const c = randomCell();
      return c instanceof Date ? c.toISOString() : typeof c === 'object' && c !== null ? '#DIV/0!' : String(c ?? '');
    }).join(delim));
    if (rnd() < 0.3) lines.push('"unterminated');
    return Buffer.from(lines.join(pick(['\n', '\r\n', '\r'])));
  }
  const junk = Buffer.alloc(Math.floor(rnd() * 3000));
  for (let k = 0; k < junk.length; k++) junk[k] = Math.floor(rnd() * 256);
  const head = pick([[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46], []]);
  Buffer.from(head).copy(junk);
  return junk;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, rej) => (timer = setTimeout(() => rej(new Error(`hang: ${what}`)), ms)))]).finally(() => clearTimeout(timer));
}

describe('fuzz', () => {
  it('never throws anything but ImportError on 220 malformed files', async () => {
    const bases = await baseFiles();
    const parsers: ((p: string) => Promise<unknown>)[] = [
      (p: string) => importCurves(p, { mapping: { pod: 'IT001E12345678', unit: 'kWh' } }),
      (p: string) => importMembers(p),
      (p: string) => importBills(p, { defaultPod: 'IT001E12345678' }),
      (p: string) => importWorkbook(p),
      (p: string) => importCurves(p),
    ];
    let ok = 0;
    let rejected = 0;
    for (let i = 0; i < 220; i++) {
      const file = join(tmp, `fuzz-case-${i}.${i % 5 === 3 ? 'csv' : 'xlsx'}`);
      writeFileSync(file, await malformed(i, bases));
      for (const parse of [parsers[i % parsers.length]!, parsers[(i + 2) % parsers.length]!]) {
        try {
          await withTimeout(parse(file), 10_000, file);
          ok++;
        } catch (e) {
          if (!(e instanceof ImportError)) throw new Error(`case ${i} (${file}): ${(e as Error)?.stack ?? e}`);
          expect(e.file).toBe(`fuzz-case-${i}.${i % 5 === 3 ? 'csv' : 'xlsx'}`);
          expect(e.message.length).toBeGreaterThan(10);
          rejected++;
        }
      }
    }
    expect(ok + rejected).toBe(440);
    expect(rejected).toBeGreaterThan(100);
  }, 240_000);
});
