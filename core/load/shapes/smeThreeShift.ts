import type { LoadShapeDefinition } from '../loadShapeDefinition';
import { flatDay } from '../loadShapeDefinition';

/**
 * Small/medium enterprise on three shifts (continuous process Monday–Saturday).
 *
 * Basis (engineering assumption, no measured source): three 8-hour shifts 06–14, 14–22,
 * 22–06 from Monday to Saturday early afternoon, with small dips at shift changes; the
 * Saturday afternoon and evening run down; Sundays and holidays at ≈32 % (processes kept
 * warm, utilities). August and Christmas maintenance stops lower those months.
 */
const weekday = flatDay(1);
weekday[6] = weekday[14] = weekday[22] = 0.92;
const saturday = [1, 1, 1, 1, 1, 1, 0.92, 1, 1, 1, 1, 1, 1, 1, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.35, 0.35];

export const SME_THREE_SHIFT_SHAPE: LoadShapeDefinition = {
  kind: 'sme_three_shift',
  label: 'SME, three shifts',
  driver: 'profile',
  winter: { weekday, saturday, holiday: flatDay(0.32) },
  summer: { weekday, saturday, holiday: flatDay(0.32) },
  monthly: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.7, 1.0, 1.0, 1.0, 0.92],
  closures: 'none',
  basis: 'Near-flat 24 h on working days with shift-change dips, Saturday afternoon run-down, Sunday ≈32 %, August and Christmas stops.',
  sources: ['Engineering assumption (shift schedule); no measured source.'],
};
