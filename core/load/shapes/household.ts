import type { LoadShapeDefinition } from '../loadShapeDefinition';

/**
 * Household (domestic LV customer, typical 3 kW contract).
 *
 * Basis: the Italian smart-meter campaign of RSE (Besagni, Premoli Vilà, Borgarello 2020)
 * finds three daily peaks — breakfast, lunch and a dominant evening peak between about
 * 19:30 and 22:30 — over a night base load of roughly 35–45 % of the evening maximum
 * (fridge, standby). Weekends shift the morning later and raise the midday peak (meals at
 * home). Winter evenings peak earlier and higher (lighting); summer evenings later, with
 * afternoon cooling. Monthly levels: more lighting in December–January, cooling in July,
 * fewer people at home in mid-August. Shape values are this product's own estimates.
 */
export const HOUSEHOLD_SHAPE: LoadShapeDefinition = {
  kind: 'household',
  label: 'Household',
  driver: 'profile',
  winter: {
    weekday: [0.5, 0.42, 0.38, 0.36, 0.36, 0.38, 0.5, 0.8, 0.9, 0.78, 0.74, 0.8, 1.0, 1.05, 0.9, 0.8, 0.82, 1.0, 1.35, 1.6, 1.65, 1.5, 1.2, 0.8],
    saturday: [0.58, 0.48, 0.42, 0.39, 0.38, 0.39, 0.45, 0.62, 0.85, 1.0, 1.05, 1.08, 1.2, 1.2, 1.0, 0.92, 0.95, 1.1, 1.35, 1.55, 1.58, 1.45, 1.2, 0.85],
    holiday: [0.62, 0.52, 0.45, 0.41, 0.39, 0.39, 0.42, 0.52, 0.75, 0.98, 1.12, 1.22, 1.38, 1.32, 1.05, 0.94, 0.96, 1.1, 1.32, 1.5, 1.52, 1.4, 1.15, 0.82],
  },
  summer: {
    weekday: [0.6, 0.5, 0.44, 0.41, 0.4, 0.4, 0.46, 0.66, 0.78, 0.78, 0.8, 0.86, 1.0, 1.08, 1.0, 0.92, 0.9, 0.95, 1.05, 1.25, 1.45, 1.55, 1.35, 0.9],
    saturday: [0.65, 0.54, 0.47, 0.43, 0.41, 0.41, 0.44, 0.55, 0.75, 0.9, 0.98, 1.05, 1.18, 1.2, 1.08, 0.98, 0.95, 0.98, 1.05, 1.22, 1.4, 1.48, 1.32, 0.95],
    holiday: [0.68, 0.56, 0.48, 0.44, 0.42, 0.41, 0.42, 0.5, 0.68, 0.88, 1.0, 1.1, 1.28, 1.28, 1.1, 0.98, 0.95, 0.97, 1.03, 1.18, 1.35, 1.42, 1.28, 0.92],
  },
  monthly: [1.12, 1.06, 1.0, 0.92, 0.88, 0.92, 1.05, 0.98, 0.92, 0.95, 1.04, 1.16],
  closures: 'none',
  basis:
    'Three daily peaks with the evening maximum 19:30–22:30 and a night base load ≈40 % of it (RSE smart-meter campaign); later mornings and higher midday at weekends; seasonal shift of the evening peak.',
  sources: [
    'G. Besagni, L. Premoli Vilà, M. Borgarello, "Italian Household Load Profiles: A Monitoring Campaign", Buildings 10(12):217, 2020, doi:10.3390/buildings10120217',
  ],
};
