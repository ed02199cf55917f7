/**
 * Band-exact load synthesis from monthly bills: the typical shape of the category is
 * rescaled separately inside each (month, band) cell so that the energy of every cell
 * equals the bill, as GSE re-profiles monthly/band data with standard profiles
 * [Regole operative CACER §2.2.3 p.43]. Months and bands follow the Italian civil
 * calendar (holidays, Easter Monday, DST) of the base.
 */
import type { LoadProfileKind } from '../model/entities';
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import { bandsFor } from '../model/calendar/timeBands';
import { isBandBill, validateBills, type MonthlyBill } from './monthlyBill';
import { resolveCalendar } from './resolveCalendar';
import { shapeWeightsFor, type LoadShapeOptions } from './shapeWeights';

/** Cell index of a step: (month − 1) × 4 + band, band 1..3; band 0 collects whole months. */
const CELLS = 48;

/**
 * Energy per step [kWh] such that, for each billed month, the steps in band F1 sum to
 * `f1` (likewise F2, F3), or all steps of the month sum to `f0`. Inside a cell energy
 * follows the shape of `kind`; a cell the shape leaves empty while the bill has energy
 * is filled flat (equal energy per step). Months with no bill are left at zero.
 * Intended for one civil year (`referenceYearBase`); a base spanning the same month of
 * two years spreads that month's bill over both. Throws when a bill puts energy in a
 * band that has no step in that month of the base.
 */
export function synthesiseFromBills(
  bills: readonly MonthlyBill[],
  kind: LoadProfileKind,
  base: TimeBase,
  calendar?: CivilCalendar,
  options?: LoadShapeOptions,
): Float64Array {
  validateBills(bills);
  const cal = resolveCalendar(base, calendar);
  const w = shapeWeightsFor(kind, cal, options);
  const bands = bandsFor(base, cal);
  const n = w.length;
  const month = cal.month;

  // Target energy per cell; months with a total bill use band slot 0.
  const target = new Float64Array(CELLS);
  const billed = new Uint8Array(13); // 0 none, 1 by band, 2 total
  for (const b of bills) {
    const o = (b.month - 1) * 4;
    if (isBandBill(b)) {
      billed[b.month] = 1;
      target[o + 1] = b.f1;
      target[o + 2] = b.f2;
      target[o + 3] = b.f3;
    } else {
      billed[b.month] = 2;
      target[o] = b.f0;
    }
  }

  const cellOf = new Uint8Array(n);
  const weightSum = new Float64Array(CELLS);
  const count = new Float64Array(CELLS);
  for (let i = 0; i < n; i++) {
    const m = month[i]!;
    const c = (m - 1) * 4 + (billed[m] === 2 ? 0 : bands[i]!);
    cellOf[i] = c;
    weightSum[c] += w[i]!;
    count[c]++;
  }

  // Per cell: out = w × scale + flat.
  const scale = new Float64Array(CELLS);
  const flat = new Float64Array(CELLS);
  for (let c = 0; c < CELLS; c++) {
    const t = target[c]!;
    if (t === 0) continue;
    if (count[c] === 0) {
      const m = Math.floor(c / 4) + 1;
      const band = c % 4;
      throw new RangeError(`Bill for month ${m} has ${band ? `F${band}` : 'F0'} energy but the base has no such step in that month`);
    }
    if (weightSum[c]! > 0) scale[c] = t / weightSum[c]!;
    else flat[c] = t / count[c]!;
  }

  const out = new Float64Array(n);
  const sum = new Float64Array(CELLS);
  const argMax = new Int32Array(CELLS).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i]!;
    const v = w[i]! * scale[c]! + flat[c]!;
    out[i] = v;
    sum[c] += v;
    const a = argMax[c]!;
    if (a < 0 || v > out[a]!) argMax[c] = i;
  }
  // Put each cell's rounding residual on its largest step.
  for (let c = 0; c < CELLS; c++) {
    const a = argMax[c]!;
    if (a >= 0 && target[c]! > 0) out[a] = out[a]! + (target[c]! - sum[c]!);
  }
  return out;
}
