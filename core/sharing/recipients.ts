/**
 * Who a percentage rule pays in a month and with what weight. Weights are kWh (or quotas);
 * when every weight of the month is zero the year's weights are used, then equal quotas, so a
 * month's money is never left without a recipient.
 */
import type { Recipient } from './ledger';
import type { ProducerBasis, SharingConfigurationInput, SharingRule } from './types';

export interface Weighted {
  to: Recipient;
  weight: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** First weight list with a positive total; equal quotas when none has one. */
function firstPositive(candidates: readonly number[][], n: number): number[] {
  for (const w of candidates) if (w.length === n && sum(w) > 0) return w;
  return new Array<number>(n).fill(1);
}

/** Plants' weights by basis in month m (year as fallback); money to the owner, or to third-party producers. */
export function producerWeights(cfg: SharingConfigurationInput, basis: ProducerBasis, m: number): Weighted[] {
  const memberIds = new Set(cfg.members.map((x) => x.id));
  const series = (p: SharingConfigurationInput['plants'][number]) => (basis === 'injected' ? p.monthlyInjectedKWh : p.monthlySharedKWh);
  const w = firstPositive([cfg.plants.map((p) => series(p)[m] ?? 0), cfg.plants.map((p) => sum(series(p)))], cfg.plants.length);
  return cfg.plants.map((p, i) => ({
    to: p.ownerMemberId !== null && memberIds.has(p.ownerMemberId) ? { member: p.ownerMemberId } : { group: 'third-party-producers' as const },
    weight: w[i]!,
  }));
}

/** Members' weights for a consumer, equal-quota or vulnerable rule in month m; null when the rule has nobody to pay. */
export function memberWeights(cfg: SharingConfigurationInput, rule: SharingRule, m: number): Weighted[] | null {
  const members = rule.kind === 'vulnerable' ? cfg.members.filter((x) => x.vulnerable) : cfg.members;
  if (members.length === 0) return null;
  const factor = (vulnerable: boolean) => (vulnerable && (rule.kind === 'consumers' || rule.kind === 'equal') ? (rule.vulnerableWeight ?? 1) : 1);
  let w: number[];
  if (rule.kind === 'equal') {
    w = members.map((x) => factor(x.vulnerable));
    if (sum(w) === 0) w = members.map(() => 1);
  } else {
    w = firstPositive(
      [members.map((x) => (x.monthlySharedAsConsumerKWh[m] ?? 0) * factor(x.vulnerable)), members.map((x) => sum(x.monthlySharedAsConsumerKWh) * factor(x.vulnerable))],
      members.length,
    );
  }
  return members.map((x, i) => ({ to: { member: x.id }, weight: w[i]! }));
}
