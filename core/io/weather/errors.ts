/** Malformed or implausible weather file. Message names the file, the line (or record) and the field. */
export class WeatherFormatError extends Error {
  readonly fileName: string;
  readonly line: number | null;
  readonly field: string | null;
  constructor(fileName: string, line: number | null, field: string | null, problem: string) {
    const where = [fileName, line !== null ? `line ${line}` : null, field !== null ? `field "${field}"` : null].filter(Boolean).join(', ');
    super(`${where}: ${problem}`);
    this.name = 'WeatherFormatError';
    this.fileName = fileName;
    this.line = line;
    this.field = field;
  }
}
