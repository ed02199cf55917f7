/**
 * Shapes of the identifiers the GSE portal asks for.
 * POD: "IT" + 3-digit distributor code + "E" + 8 digits, 14 characters (e.g. IT001E12345678).
 */
const POD_PATTERN = /^IT\d{3}E\d{8}$/;

/** Normalises a POD as typed by users (spaces, lower case) to its canonical 14-char form. */
export function normalisePod(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function isValidPod(pod: string): boolean {
  return POD_PATTERN.test(pod);
}

/** Primary-substation conventional-area code: 11 characters, e.g. AC001E00934. */
const AREA_CODE_PATTERN = /^AC\d{3}E\d{5}$/;

export function isValidAreaCode(code: string): boolean {
  return AREA_CODE_PATTERN.test(code);
}
