import type { IoLocation } from '../io-error';

/** Where a weather-file problem is: the file, a 1-based line (or JSON record) and a field name, when known. */
export function weatherAt(file: string, line: number | null, field: string | null): IoLocation {
  const loc: IoLocation = { file };
  if (line !== null) loc.row = line;
  if (field !== null) loc.field = field;
  return loc;
}
