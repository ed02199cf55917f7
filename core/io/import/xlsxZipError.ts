/** A problem of the XLSX container (ZIP) as the ImportError users have always seen for it. */
import type { ZipProblem } from '../zip/zipProblem';
import { ImportError } from './importError';

export function xlsxZipError(p: ZipProblem): ImportError {
  const loc = { file: p.file };
  if (p.code === 'ENCRYPTED') return new ImportError(loc, 'ENCRYPTED', `il file è cifrato (${p.it})`, `the file is encrypted (${p.en})`);
  // a limit hit says so in its own words; the code stays CORRUPT (no other ImportErrorCode fits)
  if (p.code === 'LIMIT') return new ImportError(loc, 'CORRUPT', `file XLSX rifiutato: ${p.it}`, `XLSX file refused: ${p.en}`);
  return new ImportError(loc, 'CORRUPT', `file XLSX danneggiato o incompleto (${p.it})`, `damaged or truncated XLSX file (${p.en})`);
}
