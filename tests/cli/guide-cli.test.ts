/** `condivisa guide`: the user guide's pages, and the Guida d'uso as a PDF to print (read back with pdftotext). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { tempDir } from '../helpers/tmp';
import { cliInProcess } from '../helpers/cli';

let tmp: ReturnType<typeof tempDir>;
const condivisa = cliInProcess(() => tmp.dir);

beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('condivisa guide', () => {
  it('lists the pages in English on request', async () => {
    const r = await condivisa('guide', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/members\s+Members/);
    expect(r.stdout).toMatch(/workshop\s+For a workshop/);
  });

  it('writes the Italian guide as a PDF: cover, contents, one page per view, citations as printed', async () => {
    const out = path.join(tmp.dir, 'guida.pdf');
    const r = await condivisa('guide', '--pdf', out);
    expect(r.code).toBe(0);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    // Cover + contents + the 16 pages of the guide, each short enough for one sheet.
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(18);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain("Condivisa — Guida d'uso");
    expect(text).toMatch(/Indice/);
    expect(text).toMatch(/Membri/);
    expect(text).toContain('Oltre 1 MW si riceve solo la valorizzazione, non la tariffa incentivante [RO p.10].');
    expect(text).not.toMatch(/\*\*|`/);
  });

  it('refuses a language it does not have', async () => {
    const r = await condivisa('guide', '--lang', 'de');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--lang must be it or en/);
  });
});
