/**
 * Who gains and who loses between two divisions of the same simulation: per member and per
 * category, in euros and in percent of the first (null when the first is zero).
 */
import type { MemberCategory } from '../model/entities';
import type { SharingResult } from './types';

export interface ComparisonRow {
  aEur: number;
  bEur: number;
  /** b − a [€]. */
  diffEur: number;
  /** (b − a) / a × 100 [%]; null when a is 0. */
  diffPct: number | null;
}

export interface SharingComparison {
  members: ({ id: number; name: string; category: MemberCategory } & ComparisonRow)[];
  categories: ({ category: MemberCategory; members: number } & ComparisonRow)[];
  groups: ({ substation: string; group: string } & ComparisonRow)[];
  gainers: number;
  losers: number;
}

const cents = (eur: number) => Math.round(eur * 100);

function row(aCents: number, bCents: number): ComparisonRow {
  const diff = bCents - aCents;
  return { aEur: aCents / 100, bEur: bCents / 100, diffEur: diff / 100, diffPct: aCents === 0 ? null : Math.round((diff / aCents) * 10000) / 100 };
}

export function compareSharing(a: SharingResult, b: SharingResult): SharingComparison {
  const bById = new Map(b.members.map((m) => [m.id, m]));
  const members = a.members.map((m) => ({ id: m.id, name: m.name, category: m.category, ...row(cents(m.totalEur), cents(bById.get(m.id)?.totalEur ?? 0)) }));
  const byCategory = new Map<MemberCategory, { members: number; a: number; b: number }>();
  for (const m of members) {
    const c = byCategory.get(m.category) ?? { members: 0, a: 0, b: 0 };
    c.members++;
    c.a += cents(m.aEur);
    c.b += cents(m.bEur);
    byCategory.set(m.category, c);
  }
  const groups: SharingComparison['groups'] = [];
  for (const ca of a.configurations) {
    const cb = b.configurations.find((x) => x.configurationId === ca.configurationId);
    const names = new Set([...ca.groups.map((g) => g.group), ...(cb?.groups ?? []).map((g) => g.group)]);
    for (const g of names) {
      groups.push({ substation: ca.substation, group: g, ...row(cents(ca.groups.find((x) => x.group === g)?.eur ?? 0), cents(cb?.groups.find((x) => x.group === g)?.eur ?? 0)) });
    }
  }
  return {
    members,
    categories: [...byCategory].map(([category, c]) => ({ category, members: c.members, ...row(c.a, c.b) })),
    groups,
    gainers: members.filter((m) => m.diffEur > 0).length,
    losers: members.filter((m) => m.diffEur < 0).length,
  };
}
