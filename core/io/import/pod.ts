/** POD (Point of Delivery) codes: "IT" + 3-digit distributor + "E" + 8 digits = 14 characters. */
export const POD_PATTERN = /^IT\d{3}E\d{8}$/;

/** Upper-cases and strips spaces; does not validate. */
export function normalizePod(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

export function isValidPod(s: string): boolean {
  return POD_PATTERN.test(s);
}

/** Splits a cell holding one or more PODs separated by ',', ';', '/', newlines or spaces. */
export function splitPods(s: string): string[] {
  return s
    .split(/[,;/\s]+/)
    .map((p) => p.trim().toUpperCase())
    .filter((p) => p !== '');
}
