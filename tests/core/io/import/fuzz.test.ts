/**
 * Fuzz: ≥ 200 malformed files (truncations, byte flips, random cells, wrong layouts,
 * deterministic seed). Every parse must return data or throw IoError — never another
 * exception, never hang.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCurves } from '../../../../core/io/import/parseCurves';
import { importMembers } from '../../../../core/io/import/members';
import { importBills } from '../../../../core/io/import/bills';
import { IoError } from '../../../../core/io/io-error';
import { importWorkbook } from '../../../../core/io/workbook/importWorkbook';
import { tmp } from './fixtures';
import { malformedFiles } from './malformedFiles';

const generator = malformedFiles(20240331);

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, rej) => (timer = setTimeout(() => rej(new Error(`hang: ${what}`)), ms)))]).finally(() => clearTimeout(timer));
}

describe('fuzz', () => {
  it('never throws anything but IoError on 220 malformed files', async () => {
    const bases = await generator.bases();
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
      const file = join(tmp, `fuzz-case-${i}.${generator.extension(i)}`);
      writeFileSync(file, await generator.file(i, bases));
      for (const parse of [parsers[i % parsers.length]!, parsers[(i + 2) % parsers.length]!]) {
        try {
          await withTimeout(parse(file), 10_000, file);
          ok++;
        } catch (e) {
          if (!(e instanceof IoError)) throw new Error(`case ${i} (${file}): ${(e as Error)?.stack ?? e}`);
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
