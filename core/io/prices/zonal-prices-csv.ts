/**
 * Hourly zonal prices from the market operator's exports (GME "Esiti MGP" / PUN and zonal
 * prices), as CSV:
 * - a date-time column ("Date", "Data", "Data/Ora": dd/mm/yyyy HH:MM or yyyy-mm-dd HH:MM) and
 *   one column per zone (PUN, NORD, CNOR, CSUD, SUD, CALA, SICI, SARD); or
 * - a date column (yyyymmdd or dd/mm/yyyy) and an hour column "Ora" 1…24 (23 or 25 on the days
 *   summer time starts or ends), then the zone columns.
 * Date-time files whose hours run as a plain 24-hour grid every day (no skipped March hour, no
 * repeated October one) are in standard time (UTC+1 all year); otherwise civil time.
 * Prices in €/MWh with a decimal point, or a decimal comma when the file's prices use one
 * (core/model/locale-number rules). Errors (IoError) name the file, line, column and header.
 */
import { decodeText } from '../csv/decodeText';
import { detectDelimiter, parseCsv } from '../csv/csvParse';
import { civilMidnightUtcMs, civilToUtcCandidates, ROME_TIME_ZONE } from '../../model/calendar/romeCivilTime';
import { IoError, columnLetter, type IoErrorCode } from '../io-error';
import { parseLocaleNumber } from '../../model/locale-number';
import { MARKET_ZONES, type MarketZone } from '../../economics/regions';
import type { TimeBase } from '../../model/timeseries';
import { excerpt } from '../excerpt';
import type { Message } from '../../model/messages';

export interface HourlyZonalPrices {
  /** Hourly UTC base of every zone's series. */
  base: TimeBase;
  /** €/MWh per hour, for each zone found in the file (PUN under the key "PUN"). */
  byZone: Partial<Record<MarketZone | 'PUN', Float64Array>>;
  year: number;
  file: string;
}

const HOUR_MS = 3_600_000;
const ZONE_COLUMNS = ['PUN', ...MARKET_ZONES] as const;

/** Where a problem is: 1-based line and, when known, the 0-based column and its header. */
function fail(file: string, line: number | null, col: number | null, header: string[], code: IoErrorCode, message: Message): IoError {
  return new IoError({
    file,
    ...(line !== null ? { row: line } : {}),
    ...(col !== null ? { column: columnLetter(col), field: header[col]! } : {}),
  }, code, message);
}

/** €/MWh of a cell; `decimal` is the file's decimal mark. */
function parsePrice(raw: string, decimal: ',' | '.', file: string, line: number, col: number, header: string[]): number {
  const n = parseLocaleNumber(raw, { decimal });
  if (!Number.isFinite(n)) throw fail(file, line, col, header, 'io/not-a-number', { code: 'io.zonal-prices-csv.price', params: { raw: excerpt(raw) } });
  if (n < -500 || n > 4000) throw fail(file, line, col, header, 'io/out-of-range', { code: 'io.zonal-prices-csv.mwh-outside-plausible-range', params: { n } });
  return n;
}

function parseDate(raw: string): { y: number; m: number; d: number; h: number | null } | null {
  const s = raw.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(s);
  if (m) return { d: +m[1]!, m: +m[2]!, y: +m[3]!, h: m[4] === undefined ? null : +m[4] };
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(s);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, h: m[4] === undefined ? null : +m[4] };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, h: null };
  return null;
}

export function parseZonalPricesCsv(bytes: Uint8Array, file: string): HourlyZonalPrices {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const rows = parseCsv(text, detectDelimiter(text)).filter((r) => r.some((c) => c.trim() !== ''));
  if (rows.length < 2) throw fail(file, null, null, [], 'io/empty', { code: 'io.zonal-prices-csv.file-holds-prices' });
  const header = rows[0]!.map((h) => h.trim().toUpperCase());
  const dateCol = header.findIndex((h) => /^(DATE|DATA|DATA\/ORA|DATETIME|TIMESTAMP)$/.test(h));
  const hourCol = header.findIndex((h) => /^(ORA|HOUR)$/.test(h));
  if (dateCol < 0) throw fail(file, 1, null, header, 'io/missing-column', { code: 'io.zonal-prices-csv.date-column-date-data' });
  const zoneCols = ZONE_COLUMNS.map((z) => [z, header.indexOf(z)] as const).filter(([, i]) => i >= 0);
  if (zoneCols.length === 0) throw fail(file, 1, null, header, 'io/missing-column', { code: 'io.zonal-prices-csv.zone-column', params: { value: ZONE_COLUMNS.join(', ') } });

  // Local wall-clock time of every row, then UTC instants.
  const local: { y: number; m: number; d: number; h: number; line: number }[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const date = parseDate(row[dateCol] ?? '');
    if (!date) throw fail(file, r + 1, dateCol, header, 'io/bad-date', { code: 'io.zonal-prices-csv.unrecognised-date', params: { value: excerpt(row[dateCol]) } });
    let h = date.h;
    if (hourCol >= 0) {
      const ora = Number(row[hourCol]);
      if (!Number.isInteger(ora) || ora < 1 || ora > 25) throw fail(file, r + 1, hourCol, header, 'io/bad-date', { code: 'io.zonal-prices-csv.invalid-hour', params: { value: excerpt(row[hourCol]) } });
      h = ora - 1;
    }
    if (h === null) throw fail(file, r + 1, dateCol, header, 'io/bad-date', { code: 'io.zonal-prices-csv.hour-missing' });
    local.push({ ...date, h, line: r + 1 });
  }
  // "Ora" 1…25 counts hours from local midnight, so it is civil time by construction.
  const plainGrid = hourCol < 0 && local.every((x, i) => i === 0 || Date.UTC(x.y, x.m - 1, x.d, x.h) - Date.UTC(local[i - 1]!.y, local[i - 1]!.m - 1, local[i - 1]!.d, local[i - 1]!.h) === HOUR_MS);
  const utc: number[] = [];
  for (const x of local) {
    if (plainGrid) {
      utc.push(Date.UTC(x.y, x.m - 1, x.d, x.h) - HOUR_MS); // standard time, UTC+1
    } else if (hourCol >= 0) {
      utc.push(civilMidnightUtcMs(x.y, x.m, x.d) + x.h * HOUR_MS);
    } else {
      const candidates = civilToUtcCandidates({ year: x.y, month: x.m, day: x.d, hour: x.h, minute: 0, second: 0 });
      const prev = utc.at(-1);
      const next = candidates.find((c) => prev === undefined || c > prev);
      if (next === undefined) throw fail(file, x.line, dateCol, header, 'io/date-order', { code: 'io.zonal-prices-csv.non-existent-out-order' });
      utc.push(next);
    }
  }
  for (let i = 1; i < utc.length; i++) {
    if (utc[i]! - utc[i - 1]! !== HOUR_MS) {
      throw fail(file, local[i]!.line, dateCol, header, 'io/date-order', { code: 'io.zonal-prices-csv.hours-consecutive-missing-repeated' });
    }
  }
  // Market-operator exports use a decimal point; Italian-style files a decimal comma ("112,5").
  const decimal = rows.some((row, r) => r > 0 && zoneCols.some(([, col]) => /\d,\d/.test(row[col] ?? ''))) ? ',' : '.';
  const byZone: HourlyZonalPrices['byZone'] = {};
  for (const [zone, col] of zoneCols) {
    const values = new Float64Array(local.length);
    for (let i = 0; i < local.length; i++) values[i] = parsePrice(rows[i + 1]![col] ?? '', decimal, file, local[i]!.line, col, header);
    byZone[zone] = values;
  }
  const first = local[0]!;
  return { base: { startUtcMs: utc[0]!, stepMinutes: 60, length: utc.length, timeZone: ROME_TIME_ZONE }, byZone, year: first.y, file };
}
