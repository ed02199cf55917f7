/**
 * The reference material beside the project — `../shared/reference` from the repository root:
 * published data files (PVGIS, GME, ARERA, ISTAT) and the text of the operating rules. It is
 * not part of the repository, so a fresh clone lacks it: the tests that compare with it skip,
 * saying which file is missing, and everything else runs.
 *
 *   describeWithReference(['data/pvgis-tmy.json'], 'against PVGIS', () => {
 *     const text = readReference('data/pvgis-tmy.json');   // read only when present
 *     it(…);
 *   });
 *   it.skipIf(lacksReference('data/gme.csv'))('…', () => { … readReference('data/gme.csv') … });
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { REPO_ROOT } from './tmp';

export const REFERENCE_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'reference');

/** Absolute path of a file under ../shared/reference ('data/….csv', 'regulation/….txt'). */
export function referencePath(relative: string): string {
  return path.join(REFERENCE_DIR, relative);
}

/** Absolute path of a file of ../shared/reference/data. */
export function referenceData(name: string): string {
  return referencePath(path.join('data', name));
}

const reported = new Set<string>();

/** True when a reference file is absent; prints once why the tests that need it are skipped. */
export function lacksReference(...relative: string[]): boolean {
  const missing = relative.filter((r) => !fs.existsSync(referencePath(r)));
  for (const r of missing) {
    if (reported.has(r)) continue;
    reported.add(r);
    console.warn(`[skip] ${r} is not in ${REFERENCE_DIR} (reference data beside the project, absent from a fresh clone): the tests comparing with it are skipped`);
  }
  return missing.length > 0;
}

/** The text of a reference file (call it where the file is known to exist: inside the blocks above). */
export function readReference(relative: string, encoding: BufferEncoding = 'utf8'): string {
  return fs.readFileSync(referencePath(relative), encoding);
}

/**
 * A describe block over reference files: when one is absent its body is not even run (so it
 * may read the files at its top) and a single skipped test names the missing file.
 */
export function describeWithReference(files: string[], name: string, body: () => void): void {
  if (!lacksReference(...files)) describe(name, body);
  else describe.skip(name, () => it(`needs ${files.join(', ')} from ../shared/reference`, () => undefined));
}
