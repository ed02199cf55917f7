import type { LoadShapeDefinition } from '../loadShapeDefinition';
import { flatDay } from '../loadShapeDefinition';

/** Lights switch on this long after sunset [min]. */
export const LIGHTING_ON_AFTER_SUNSET_MIN = 10;
/** Lights switch off this long before sunrise [min]. */
export const LIGHTING_OFF_BEFORE_SUNRISE_MIN = 10;

/**
 * Public lighting: constant power from dusk to dawn under astronomical clocks.
 *
 * Basis: Italian municipalities run street lighting on astronomical/twilight clocks,
 * switching on about 10 minutes after sunset and off 10 minutes before sunrise, about
 * 4,200 h a year (Comune di Carpi 2023; Comune di Gemmano 2022). Sunrise and sunset come
 * from a simple solar computation at the member's coordinates (default: central Italy).
 * Flux reduction after midnight is not modelled (constant power while on).
 */
export const PUBLIC_LIGHTING_SHAPE: LoadShapeDefinition = {
  kind: 'public_lighting',
  label: 'Public lighting',
  driver: 'darkness',
  winter: { weekday: flatDay(1), saturday: flatDay(1), holiday: flatDay(1) },
  summer: { weekday: flatDay(1), saturday: flatDay(1), holiday: flatDay(1) },
  monthly: flatDay(1).slice(0, 12),
  closures: 'none',
  basis: 'On from 10 min after sunset to 10 min before sunrise at constant power (≈4,200 h/yr in central Italy).',
  sources: [
    'Comune di Carpi, giunta resolution on lighting hours, reported by sassuolo2000.it, 2023-09-28 (on 10 min after sunset, off 10 min before sunrise; ≈4,200 h/yr before the 2022 cut)',
    'Comune di Gemmano, 2022-10 note on public lighting (4,200 h/yr of operation)',
  ],
};
