/**
 * Value-column headers of the row-per-day layout → which interval of the civil day each
 * column holds, for ordinary, 23-hour (last Sunday of March) and 25-hour (last Sunday of
 * October) days.
 *
 * Recognised header styles:
 * - interval ranges "00:00-00:15", "00.00 - 01.00" (start of the range is the slot);
 * - single times "00:00"…"23:45" (interval starts) or "00:15"…"24:00" (interval ends);
 * - numbers "1"…"96", "H1", "Ora 1", "Q1" (1-based position);
 * - the repeated October hour as extra columns either marked "bis", "(2)", "b", "*" or
 *   repeating the same label ("02:00" twice), wherever they sit, or numbered 25 / 97…100
 *   (numbered columns are taken as chronological: on the 25-hour day position 3h…4h is the
 *   second 02:00–03:00; on other days the extra positions must be empty).
 */
export interface DaySequences {
  /** Slots per hour: 4 (15 min) or 1 (60 min). */
  sph: number;
  /** Column positions (into the value-column list) of a 24-hour day, in time order. */
  normal: number[];
  /** Column positions of a 25-hour day in time order, or null when the file has no extra columns. */
  october: number[] | null;
  /** Positions that are only used on the 25-hour day. */
  extra: number[];
}

interface Label {
  minute?: number;
  index?: number;
  isRange: boolean;
  rep: boolean;
}

/** Suffix marking the second occurrence of the repeated hour: "bis", "(2)", "2", "b", "r", "*", "'", "II". */
function isRepSuffix(raw: string): boolean {
  const s = raw.trim().toLowerCase();
  return s !== '' && /bis|\(2\)|^2$|^b$|^r$|\*|'|^ii$/.test(s);
}

function parseLabel(raw: string): Label | null {
  const s = raw.trim().toLowerCase();
  if (s === '') return null;
  let m = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:\s*(?:-|–|÷|a)\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?)?\s*(.*)$/.exec(s);
  if (m) {
    const minute = +m[1]! * 60 + +m[2]!;
    return { minute, isRange: m[3] !== undefined, rep: isRepSuffix(m[5]!) };
  }
  m = /^(?:ora|h|hour|q|qh|quarto|quarter|valore|v)?\s*(\d{1,3})\s*(.*)$/.exec(s);
  if (m) return { index: +m[1]!, isRange: false, rep: isRepSuffix(m[2]!) };
  return null;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

/** Builds the day sequences for `labels` (one per value column; '' when headerless). */
export function daySequences(labels: string[], stepMinutes: 15 | 60): DaySequences {
  const sph = 60 / stepMinutes;
  const perDay = 24 * sph;
  const n = labels.length;
  const parsed = labels.map(parseLabel);
  const allTimes = parsed.every((p) => p?.minute !== undefined);
  if (allTimes) {
    const ps = parsed as Label[];
    const ranges = ps.some((p) => p.isRange);
    const minMinute = Math.min(...ps.map((p) => p.minute!));
    const offset = !ranges && minMinute === stepMinutes ? stepMinutes : 0; // end-of-interval labels
    const normal: number[] = new Array(perDay).fill(-1);
    const rep: number[] = [];
    const seen = new Set<number>();
    ps.forEach((p, k) => {
      const slot = Math.floor((p.minute! - offset) / stepMinutes);
      if (p.rep || seen.has(slot) || slot < 0 || slot >= perDay) rep.push(k);
      else {
        normal[slot] = k;
        seen.add(slot);
      }
    });
    if (normal.every((k) => k >= 0) && (rep.length === 0 || rep.length === sph)) {
      // repeated-hour columns sorted by their minute
      rep.sort((a, b) => ps[a]!.minute! - ps[b]!.minute!);
      const october = rep.length === sph ? [...normal.slice(0, 3 * sph), ...rep, ...normal.slice(3 * sph)] : null;
      return { sph, normal, october, extra: rep };
    }
  }
  // positional (numbered or headerless) columns, chronological order
  if (n === perDay + sph) {
    // hourly "3 bis"-style column wherever it sits; otherwise chronological extra columns
    const repAt = parsed.findIndex((p) => p?.rep);
    if (sph === 1 && repAt >= 0) {
      const normal = range(0, n).filter((k) => k !== repAt);
      return { sph, normal, october: [...normal.slice(0, 3), repAt, ...normal.slice(3)], extra: [repAt] };
    }
    return { sph, normal: range(0, perDay), october: range(0, n), extra: range(perDay, n) };
  }
  return { sph, normal: range(0, perDay), october: null, extra: range(perDay, n) };
}
