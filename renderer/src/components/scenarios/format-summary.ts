/** How each figure of a project scenario reads: number of decimals, unit, what a rise means. */
import type { SummaryKey } from '../../../../core/scenario/project-scenario-summary';
import { formatNumber } from '../../i18n';

/** `good`: a rise is an improvement (green); `neutral`: a size, not a merit (blue). */
export const KPI_SENSE: Record<SummaryKey, 'good' | 'neutral'> = {
  kWp: 'neutral',
  members: 'neutral',
  sharedKWh: 'good',
  selfSufficiency: 'good',
  incentiveEur: 'good',
  valorisationEur: 'good',
  npvEur: 'good',
  avoidedTCO2: 'good',
  membersBenefitEur: 'good',
};

const DIGITS: Record<SummaryKey, number> = { kWp: 1, members: 0, sharedKWh: 0, selfSufficiency: 1, incentiveEur: 0, valorisationEur: 0, npvEur: 0, avoidedTCO2: 1, membersBenefitEur: 0 };

/** A figure in the user's format: percentages ×100 with %, euros with €. */
export function formatKpi(key: SummaryKey, value: number): string {
  if (key === 'selfSufficiency') return `${formatNumber(value * 100, DIGITS[key])}%`;
  const text = formatNumber(value, DIGITS[key]);
  return key.endsWith('Eur') ? `${text} €` : text;
}

/** A difference with its sign (+, −, ±0) in the figure's own format. */
export function formatDelta(key: SummaryKey, delta: number): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  if (key === 'selfSufficiency') return `${sign}${formatNumber(Math.abs(delta) * 100, DIGITS[key])} p.p.`;
  return `${sign}${formatKpi(key, Math.abs(delta))}`;
}
