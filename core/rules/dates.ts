/** Calendar arithmetic on ISO `YYYY-MM-DD` strings (UTC, no time zone). */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function toUtc(s: string): Date {
  const m = ISO.exec(s);
  if (!m) throw new Error(`Not an ISO date: ${s}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function addDays(s: string, days: number): string {
  const d = toUtc(s);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Add calendar months, clamping to the month's last day (31/01 + 1 month = 28 or 29/02). */
export function addMonths(s: string, months: number): string {
  const d = toUtc(s);
  const day = d.getUTCDate();
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** `YYYY-MM-DD` → `DD/MM/YYYY` for messages. */
export function fmtDate(s: string): string {
  const m = ISO.exec(s);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : s;
}
