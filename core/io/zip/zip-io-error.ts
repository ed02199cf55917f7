/** A ZIP container problem as the IoError users see, for each kind of container. */
import { IoError, type IoErrorCode } from '../io-error';
import type { ZipProblem } from './zipProblem';

const CODE: Record<ZipProblem['code'], IoErrorCode> = { ENCRYPTED: 'io/encrypted', LIMIT: 'io/too-large', CORRUPT: 'io/corrupt', UNSUPPORTED: 'io/wrong-file-type' };

/** KMZ, zipped Shapefile: an invalid archive is named as such. */
export function geoZipError(p: ZipProblem): IoError {
  const corrupt = p.code === 'CORRUPT';
  return new IoError({ file: p.file }, CODE[p.code], { code: 'io.zip-io-error.text', params: { invalid: corrupt ? { code: 'io.zip-io-error.invalid-zip' } : '', detail: p.detail } });
}

/** XLSX: encrypted, refused at a limit, or damaged, in the words users have always seen. */
export function xlsxZipError(p: ZipProblem): IoError {
  const loc = { file: p.file };
  if (p.code === 'ENCRYPTED') return new IoError(loc, 'io/encrypted', { code: 'io.zip-io-error.file-encrypted', params: { detail: p.detail } });
  if (p.code === 'LIMIT') return new IoError(loc, 'io/too-large', { code: 'io.zip-io-error.xlsx-file-refused', params: { detail: p.detail } });
  return new IoError(loc, 'io/corrupt', { code: 'io.zip-io-error.damaged-truncated-xlsx-file', params: { detail: p.detail } });
}
