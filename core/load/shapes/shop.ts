import type { LoadShapeDefinition } from '../loadShapeDefinition';
import { flatDay, withBlock } from '../loadShapeDefinition';

/**
 * Shop (small retail with refrigerated or lit displays).
 *
 * Basis: Italian retail opening hours, typically 09:00–13:00 and 15:30–19:30 for small
 * shops or 09:00–20:00 continuous; Saturday is a full trading day; on Sundays most small
 * shops are closed (some open mornings). Night base load from refrigeration, signage and
 * security ≈25 % of the daytime level. Cooling raises summer daytime; December higher
 * (trading, decorative lighting). Values are this product's own estimates (no measured
 * Italian shop profile was available to the project).
 */
const weekdayWinter = [0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.26, 0.35, 0.6, 0.95, 1.0, 1.0, 1.0, 0.92, 0.88, 0.95, 1.0, 1.0, 1.0, 0.9, 0.5, 0.32, 0.26, 0.25];
const weekdaySummer = [0.26, 0.26, 0.26, 0.26, 0.26, 0.26, 0.27, 0.36, 0.62, 1.0, 1.08, 1.12, 1.14, 1.06, 1.02, 1.1, 1.14, 1.12, 1.08, 0.95, 0.52, 0.33, 0.27, 0.26];
const scale = (p: readonly number[], k: number) => p.map((v) => (v > 0.4 ? v * k : v));
const holiday = withBlock(flatDay(0.27), 10, 13, 0.42);

export const SHOP_SHAPE: LoadShapeDefinition = {
  kind: 'shop',
  label: 'Shop',
  driver: 'profile',
  winter: { weekday: weekdayWinter, saturday: scale(weekdayWinter, 1.05), holiday },
  summer: { weekday: weekdaySummer, saturday: scale(weekdaySummer, 1.05), holiday },
  monthly: [0.98, 0.95, 0.95, 0.95, 0.98, 1.05, 1.12, 1.02, 0.98, 0.95, 0.98, 1.08],
  closures: 'none',
  basis:
    'Trading hours 09–20 Monday–Saturday (lunch dip), mostly closed on Sundays and holidays, base load ≈25 % from refrigeration and signage; summer cooling, December trading.',
  sources: ['Assumption from Italian retail opening hours (D.Lgs. 114/1998 regional trading-hour rules); no measured profile used.'],
};
