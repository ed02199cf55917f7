// Test helper: reads the shipped parameter files and the shared reference data.
import { readFileSync } from 'node:fs';
import { lacksReference, referenceData } from '../../helpers/reference';

export function readParameterFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../resources/parameters/${name}`, import.meta.url), 'utf8'));
}

/** Path of a file in ../shared/reference/data beside the project, or null (reason printed) when absent. */
export function referenceDataPath(name: string): string | null {
  return lacksReference(`data/${name}`) ? null : referenceData(name);
}
