/**
 * The P90 balance's money reads the F-exempt members' part of the shared energy from the two
 * sums of computeBalanceTotals: a balance that summed other members' shares is refused, not
 * read as if it were theirs.
 */
import { describe, expect, it } from 'vitest';
import { computeBalanceTotals } from '../../../core/balance';
import { fExemptMemberIds, yearRevenues, type RevenueContext } from '../../../core/scenario/revenues';
import { defaultMember } from '../../../core/model/entity-validation';
import { consumer, f, input, producer } from '../balance/helpers';

const members = [
  { ...defaultMember('Comune'), id: 1, category: 'local_authority' as const },
  { ...defaultMember('Famiglia'), id: 2 },
];
const points = () => [producer(10, null, 1, f(4, 0), '2024-01-01'), consumer(1, 1, f(1, 1)), consumer(2, 2, f(3, 1))];

describe('P90 totals in the money', () => {
  it('names the F-exempt members', () => {
    expect(fExemptMemberIds(members)).toEqual([1]);
  });

  it('refuses a balance that summed other members than the F-exempt ones', () => {
    const ctx = { members, memberById: new Map(members.map((m) => [m.id, m])) } as unknown as RevenueContext; // the check comes before any price is read
    const wrong = computeBalanceTotals(input(points(), 2), { sharesOfMembers: [2] });
    expect(() => yearRevenues(ctx, wrong, [])).toThrow(/F-exempt/);
  });
});
