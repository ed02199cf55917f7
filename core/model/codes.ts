/**
 * Shapes of the identifiers the GSE portal asks for (PODs: see ./pod).
 */

/** Primary-substation conventional-area code: 11 characters, e.g. AC001E00934. */
const AREA_CODE_PATTERN = /^AC\d{3}E\d{5}$/;

export function isValidAreaCode(code: string): boolean {
  return AREA_CODE_PATTERN.test(code);
}
