/**
 * Per-member caps and floors over the year [c€]. Caps are enforced month by month on the
 * running total; floors once, in the last month GSE pays, from the members above their floor.
 * Both only move cents between rows of the ledger, so the configuration's total is unchanged.
 */
import { splitLargestRemainder } from '../economics/money';
import type { Ledger } from './ledger';

/** Moves what exceeds `capCents` in the running totals to members below the cap (pro rata to their month), else to the reserve. */
export function applyCaps(ledger: Ledger, m: number, capCents: number): void {
  for (let round = 0; round <= ledger.members.size; round++) {
    let pool = 0;
    for (const [id, row] of ledger.members) {
      const excess = ledger.memberTotal(id) - capCents;
      if (excess > 0) {
        row[m]! -= excess;
        pool += excess;
      }
    }
    if (pool === 0) return;
    const takers = [...ledger.members.keys()].filter((id) => ledger.memberTotal(id) < capCents);
    if (takers.length === 0) return ledger.add({ group: 'reserve' }, m, pool);
    const month = takers.map((id) => Math.max(0, ledger.members.get(id)![m]!));
    const weights = month.some((w) => w > 0) ? month : takers.map(() => 1);
    splitLargestRemainder(pool, weights).forEach((c, i) => (ledger.members.get(takers[i]!)![m]! += c));
  }
  // Each round caps at least one more member, so the loop above ends with no excess; this guard
  // keeps the cap a hard limit even if it did not (the excess to the reserve).
  for (const [id, row] of ledger.members) {
    const excess = ledger.memberTotal(id) - capCents;
    if (excess > 0) {
      row[m]! -= excess;
      ledger.add({ group: 'reserve' }, m, excess);
    }
  }
}

/** Makes up members below `floorCents` from the month-`m` amounts of those above it; returns the cents still short. */
export function applyFloors(ledger: Ledger, m: number, floorCents: number): number {
  const ids = [...ledger.members.keys()];
  const short = ids.map((id) => Math.max(0, floorCents - ledger.memberTotal(id)));
  const need = short.reduce((a, b) => a + b, 0);
  if (need === 0) return 0;
  const avail = ids.map((id) => Math.max(0, Math.min(ledger.members.get(id)![m]!, ledger.memberTotal(id) - floorCents)));
  const availTotal = avail.reduce((a, b) => a + b, 0);
  const moved = Math.min(need, availTotal);
  if (moved > 0) {
    splitLargestRemainder(moved, avail).forEach((c, i) => (ledger.members.get(ids[i]!)![m]! -= c));
    splitLargestRemainder(moved, short).forEach((c, i) => (ledger.members.get(ids[i]!)![m]! += c));
  }
  return need - moved;
}
