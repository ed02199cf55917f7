import { describe, expect, it } from 'vitest';
import { BalanceInputError, computeBalance } from '../../../core/balance';
import { consumer, f, input, producer } from './helpers';

function expectError(fn: () => unknown, pattern: RegExp, where: { pointId?: number; plantId?: number }) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BalanceInputError);
    expect((e as Error).message).toMatch(pattern);
    if (where.pointId !== undefined) expect((e as BalanceInputError).pointId).toBe(where.pointId);
    if (where.plantId !== undefined) expect((e as BalanceInputError).plantId).toBe(where.plantId);
    return;
  }
  throw new Error('expected BalanceInputError');
}

describe('input validation', () => {
  it('rejects a load of the wrong length, naming the point', () => {
    expectError(() => computeBalance(input([consumer(7, 1, f(1, 2))], 3)), /point 7.*load has 2 values/, {
      pointId: 7,
    });
  });
  it('rejects NaN production, naming the plant', () => {
    expectError(
      () => computeBalance(input([producer(3, null, 42, f(1, NaN, 1), '2024-01-01')], 3)),
      /plant 42.*interval 1/,
      { pointId: 3, plantId: 42 },
    );
  });
  it('rejects negative values', () => {
    expectError(() => computeBalance(input([consumer(1, 1, f(1, -1))], 2)), /point 1/, { pointId: 1 });
  });
  it('rejects duplicate plant ids and bad dates', () => {
    expectError(
      () => computeBalance(input([producer(1, null, 5, f(1), '2024-01-01'), producer(2, null, 5, f(1), '2024-01-01')], 1)),
      /duplicate plant/,
      { plantId: 5 },
    );
    expectError(() => computeBalance(input([producer(1, null, 5, f(1), '1/1/2024')], 1)), /YYYY-MM-DD/, {
      plantId: 5,
    });
  });
  it('rejects battery parameters out of range', () => {
    const p = {
      ...consumer(4, 1, f(1)),
      battery: { capacityKWh: 5, powerKW: 2, roundTripEfficiency: 1.2, minSoc: 0, strategy: 'shared-energy' as const },
    };
    expectError(() => computeBalance(input([p], 1)), /roundTripEfficiency/, { pointId: 4 });
  });
  it('rejects calendars of the wrong length or range', () => {
    const i = input([consumer(1, 1, f(1, 1))], 2);
    i.calendar.month = Uint8Array.from([0, 12]);
    expectError(() => computeBalance(i), /month\[1\]/, {});
  });
});
