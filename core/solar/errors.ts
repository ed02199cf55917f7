/** Invalid PV-simulation parameter; `field` names the offending parameter. */
export class PvParameterError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`PV parameter "${field}": ${message}`);
    this.name = 'PvParameterError';
    this.field = field;
  }
}
