/**
 * Where every cent of a configuration lands: a row of 12 monthly amounts [c€] per member and per
 * non-member group. Integer cents throughout, so sums are exact.
 */
import type { SharingGroup } from './types';
import { toCents } from '../economics/money';

export type Recipient = { member: number } | { group: SharingGroup };

export class Ledger {
  readonly members = new Map<number, number[]>();
  readonly groups = new Map<SharingGroup, number[]>();

  constructor(memberIds: readonly number[]) {
    for (const id of memberIds) this.members.set(id, new Array<number>(12).fill(0));
  }

  add(to: Recipient, month: number, cents: number): void {
    if (cents === 0) return;
    if ('member' in to) {
      const row = this.members.get(to.member);
      if (!row) throw new Error(`Ledger: member ${to.member} is not in the configuration`);
      row[month]! += cents;
    } else {
      let row = this.groups.get(to.group);
      if (!row) this.groups.set(to.group, (row = new Array<number>(12).fill(0)));
      row[month]! += cents;
    }
  }

  memberTotal(id: number): number {
    return (this.members.get(id) ?? []).reduce((a, b) => a + b, 0);
  }

  /** Sum of every row [c€]. */
  total(): number {
    let s = 0;
    for (const row of [...this.members.values(), ...this.groups.values()]) for (const c of row) s += c;
    return s;
  }
}

/** Integer cents [c€] of a euro amount, half away from zero (decimal, no float noise). */
export const centsOf = (eur: number): number => toCents(eur);
