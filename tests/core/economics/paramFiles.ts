// Test helper: reads the shipped parameter files and the shared reference data.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function readParameterFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../resources/parameters/${name}`, import.meta.url), 'utf8'));
}

/** Path of a file in ../shared/reference/data beside the project, or null when absent. */
export function referenceDataPath(name: string): string | null {
  const p = fileURLToPath(new URL(`../../../../shared/reference/data/${name}`, import.meta.url));
  return existsSync(p) ? p : null;
}
