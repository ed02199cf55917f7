import type { LoadShapeDefinition } from '../loadShapeDefinition';
import { flatDay, withBlock } from '../loadShapeDefinition';

/**
 * Small/medium enterprise on one day shift (workshop, light manufacturing).
 *
 * Basis (engineering assumption, no measured source): one shift 08:00–17:00 Monday–Friday
 * with a lunch break 12:00–13:00 and machine start-up from 07:00; base load ≈12 %
 * (compressors, lighting, standby); Saturday morning partial; closed on Sundays and
 * holidays; the customary Italian August closure (about two to three weeks around
 * Ferragosto) and the Christmas break lower August and December.
 */
const weekday = [0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.15, 0.45, 1.0, 1.0, 1.0, 1.0, 0.7, 0.95, 1.0, 1.0, 1.0, 0.55, 0.25, 0.16, 0.12, 0.12, 0.12, 0.12];
const weekdaySummer = weekday.map((v) => (v > 0.5 ? v * 1.05 : v));
const saturday = withBlock(flatDay(0.12), 8, 12, 0.35);

export const SME_ONE_SHIFT_SHAPE: LoadShapeDefinition = {
  kind: 'sme_one_shift',
  label: 'SME, one shift',
  driver: 'profile',
  winter: { weekday, saturday, holiday: flatDay(0.1) },
  summer: { weekday: weekdaySummer, saturday, holiday: flatDay(0.1) },
  monthly: [0.97, 1.0, 1.02, 1.0, 1.02, 1.02, 1.02, 0.55, 1.0, 1.02, 1.02, 0.88],
  closures: 'none',
  basis: 'One shift 08–17 Mon–Fri with lunch break, Saturday morning partial, base load ≈12 %, August and Christmas closures.',
  sources: ['Engineering assumption (shift schedule); no measured source.'],
};
