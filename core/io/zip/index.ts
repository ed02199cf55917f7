export { openZip, type ZipArchive, type ZipOptions } from './openZip';
export type { ZipEntry } from './centralDirectory';
export { DEFAULT_ZIP_LIMITS, sizeText, type ZipLimits } from './limits';
export { ZipError, type ZipProblem, type ZipProblemCode, type ZipErrorFactory } from './zipProblem';
