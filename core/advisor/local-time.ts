/**
 * Wall-clock time in an IANA time zone ↔ UTC, through the runtime's Intl time-zone data (a
 * language feature, no host API). A forecast file gives local hours: on the spring DST day
 * one hour does not exist, on the autumn day one repeats; `localToUtc` returns every UTC
 * instant showing that wall time (0, 1 or 2), so the reader can keep the sequence increasing.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant [ms] (local = UTC + offset). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The UTC instants whose wall time in `timeZone` is `wallMs` (a wall time written as if UTC), increasing. */
export function localToUtc(wallMs: number, timeZone: string): number[] {
  const offsets = new Set([zoneOffsetMs(timeZone, wallMs - 14 * 3_600_000), zoneOffsetMs(timeZone, wallMs), zoneOffsetMs(timeZone, wallMs + 14 * 3_600_000)]);
  const out = [...offsets].map((o) => wallMs - o).filter((utc) => zoneOffsetMs(timeZone, utc) === wallMs - utc);
  return [...new Set(out)].sort((a, b) => a - b);
}

/** `YYYY-MM-DDTHH:MM` local and its offset `+01:00`, for display. */
export function localLabel(utcMs: number, timeZone: string): { local: string; offset: string } {
  const off = zoneOffsetMs(timeZone, utcMs);
  const local = new Date(utcMs + off).toISOString().slice(0, 16);
  const sign = off < 0 ? '-' : '+';
  const m = Math.abs(off) / 60_000;
  return { local, offset: `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}` };
}
