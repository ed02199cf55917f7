/** A ZIP container problem as the IoError users see, for each kind of container. */
import { IoError, type IoErrorCode } from '../io-error';
import type { ZipProblem } from './zipProblem';

const CODE: Record<ZipProblem['code'], IoErrorCode> = { ENCRYPTED: 'io/encrypted', LIMIT: 'io/too-large', CORRUPT: 'io/corrupt', UNSUPPORTED: 'io/wrong-file-type' };

/** KMZ, zipped Shapefile: an invalid archive is named as such. */
export function geoZipError(p: ZipProblem): IoError {
  const corrupt = p.code === 'CORRUPT';
  return new IoError({ file: p.file }, CODE[p.code], `${corrupt ? 'archivio ZIP non valido: ' : ''}${p.it}`, `${corrupt ? 'invalid ZIP archive: ' : ''}${p.en}`);
}

/** XLSX: encrypted, refused at a limit, or damaged, in the words users have always seen. */
export function xlsxZipError(p: ZipProblem): IoError {
  const loc = { file: p.file };
  if (p.code === 'ENCRYPTED') return new IoError(loc, 'io/encrypted', `il file è cifrato (${p.it})`, `the file is encrypted (${p.en})`);
  if (p.code === 'LIMIT') return new IoError(loc, 'io/too-large', `file XLSX rifiutato: ${p.it}`, `XLSX file refused: ${p.en}`);
  return new IoError(loc, 'io/corrupt', `file XLSX danneggiato o incompleto (${p.it})`, `damaged or truncated XLSX file (${p.en})`);
}
