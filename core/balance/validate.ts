/**
 * Input checks for the balance: series lengths equal to the time base, values finite and
 * non-negative, ids unique, battery parameters in range. Throws BalanceInputError naming the
 * point and/or plant concerned.
 */
import { BalanceInputError } from './errors';
import type { BalanceInput, BatteryInput, PointInput } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkSeries(
  values: unknown,
  n: number,
  what: string,
  where: { pointId?: number; plantId?: number },
  scan: boolean,
): void {
  if (!(values instanceof Float64Array)) {
    throw new BalanceInputError(`${what} must be a Float64Array`, where);
  }
  if (values.length !== n) {
    throw new BalanceInputError(`${what} has ${values.length} values, time base has ${n}`, where);
  }
  if (!scan) return;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v < Infinity)) {
      throw new BalanceInputError(`${what} value ${v} at interval ${i} is not a finite kWh ≥ 0`, where);
    }
  }
}

function checkNumber(v: number, ok: boolean, what: string, where: { pointId?: number; plantId?: number }): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || !ok) {
    throw new BalanceInputError(`${what} = ${v} is out of range`, where);
  }
}

function checkBattery(b: BatteryInput, pointId: number): void {
  const w = { pointId };
  checkNumber(b.capacityKWh, b.capacityKWh > 0, 'battery capacityKWh', w);
  checkNumber(b.powerKW, b.powerKW > 0, 'battery powerKW', w);
  const eta = b.roundTripEfficiency;
  checkNumber(eta, eta > 0 && eta <= 1, 'battery roundTripEfficiency', w);
  checkNumber(b.minSoc, b.minSoc >= 0 && b.minSoc < 1, 'battery minSoc', w);
  if (b.initialSoc !== undefined) {
    const s = b.initialSoc;
    checkNumber(s, s >= b.minSoc && s <= 1, 'battery initialSoc', w);
  }
  if (b.strategy !== 'self-consumption' && b.strategy !== 'shared-energy') {
    throw new BalanceInputError(`unknown battery strategy ${String(b.strategy)}`, w);
  }
}

function checkPoint(p: PointInput, n: number, plantIds: Set<number>, scan: boolean): void {
  const w = { pointId: p.id };
  if (p.memberId !== null && !Number.isInteger(p.memberId)) {
    throw new BalanceInputError('memberId must be an integer or null', w);
  }
  if (typeof p.inSubstation !== 'boolean') throw new BalanceInputError('inSubstation must be a boolean', w);
  if (p.load !== undefined) checkSeries(p.load, n, 'load', w, scan);
  if (p.ev !== undefined) checkSeries(p.ev, n, 'EV charging', w, scan);
  if (!Array.isArray(p.plants)) throw new BalanceInputError('plants must be an array', w);
  for (const pl of p.plants) {
    const wp = { pointId: p.id, plantId: pl.plantId };
    if (!Number.isInteger(pl.plantId)) throw new BalanceInputError('plantId must be an integer', w);
    if (plantIds.has(pl.plantId)) throw new BalanceInputError('duplicate plant id', wp);
    plantIds.add(pl.plantId);
    checkNumber(pl.kW, pl.kW >= 0, 'kW', wp);
    if (pl.commissioningDate !== null && !ISO_DATE.test(pl.commissioningDate)) {
      throw new BalanceInputError(`commissioningDate ${pl.commissioningDate} is not YYYY-MM-DD`, wp);
    }
    checkSeries(pl.production, n, 'production', wp, scan);
  }
  if (p.battery !== undefined) checkBattery(p.battery, p.id);
}

function checkLabels(values: unknown, n: number, max: number, what: string): void {
  if (!(values instanceof Uint8Array) || values.length !== n) {
    throw new BalanceInputError(`calendar.${what} must be a Uint8Array of length ${n}`);
  }
  for (let i = 0; i < n; i++) {
    if (values[i]! > max) throw new BalanceInputError(`calendar.${what}[${i}] = ${values[i]} exceeds ${max}`);
  }
}

/**
 * Throw BalanceInputError on the first problem found in `input`. With `scanValues` false the
 * series values are not read (the balance checks them on the fly, see `assertPointValues`);
 * with `checkCalendar` false the calendar's labels are not (the balance knows them valid:
 * equal to labels checked before, period-layout.ts).
 */
export function validateBalanceInput(input: BalanceInput, scanValues = true, checkCalendar = true): void {
  const base = input.base;
  if (base.stepMinutes !== 15 && base.stepMinutes !== 60) {
    throw new BalanceInputError(`stepMinutes must be 15 or 60, got ${String(base.stepMinutes)}`);
  }
  const n = base.length;
  if (!Number.isInteger(n) || n <= 0) throw new BalanceInputError(`base.length must be a positive integer`);
  if (!Number.isFinite(base.startUtcMs)) throw new BalanceInputError('base.startUtcMs must be finite');
  if (checkCalendar) {
    checkLabels(input.calendar?.month, n, 11, 'month');
    checkLabels(input.calendar?.hourOfDay, n, 23, 'hourOfDay');
  }
  const o = input.options ?? {};
  if (o.sharingPeriod !== undefined && o.sharingPeriod !== 'hour' && o.sharingPeriod !== 'step') {
    throw new BalanceInputError(`unknown sharingPeriod ${String(o.sharingPeriod)}`);
  }
  if (o.maxIncentivisedPlantKw !== undefined) {
    checkNumber(o.maxIncentivisedPlantKw, o.maxIncentivisedPlantKw > 0, 'maxIncentivisedPlantKw', {});
  }
  if (o.maxExistingShare !== undefined) {
    checkNumber(o.maxExistingShare, o.maxExistingShare >= 0 && o.maxExistingShare <= 1, 'maxExistingShare', {});
  }
  const pointIds = new Set<number>();
  const plantIds = new Set<number>();
  for (const p of input.points) {
    if (!Number.isInteger(p.id)) throw new BalanceInputError(`point id ${String(p.id)} must be an integer`);
    if (pointIds.has(p.id)) throw new BalanceInputError('duplicate point id', { pointId: p.id });
    pointIds.add(p.id);
    checkPoint(p, n, plantIds, scanValues);
  }
}

/** Scan every series of `p` and throw on the first invalid value. */
export function assertPointValues(p: PointInput): void {
  const w = { pointId: p.id };
  if (p.load !== undefined) checkSeries(p.load, p.load.length, 'load', w, true);
  if (p.ev !== undefined) checkSeries(p.ev, p.ev.length, 'EV charging', w, true);
  for (const pl of p.plants) {
    checkSeries(pl.production, pl.production.length, 'production', { pointId: p.id, plantId: pl.plantId }, true);
  }
  throw new BalanceInputError('invalid value (sum not finite)', w);
}
