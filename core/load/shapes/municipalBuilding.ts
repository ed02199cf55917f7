import type { LoadShapeDefinition } from '../loadShapeDefinition';
import { flatDay, withBlock } from '../loadShapeDefinition';

/**
 * Municipal building (town hall / municipal offices).
 *
 * Basis: Italian municipal offices work mainly in the morning (about 08:00–14:00) with
 * afternoon opening on two days a week, here averaged over the working week; some
 * services (registry) open Saturday mornings. Base load ≈25 % (servers, emergency
 * lighting). Monitored municipal offices in Delmastro et al. 2016 show this morning-heavy
 * pattern. Values are this product's own estimates.
 */
const weekdayWinter = [0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.28, 0.5, 0.9, 1.0, 1.0, 1.0, 1.0, 0.9, 0.65, 0.62, 0.6, 0.5, 0.38, 0.3, 0.26, 0.26, 0.25, 0.25];
const weekdaySummer = [0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.28, 0.5, 0.92, 1.05, 1.1, 1.12, 1.12, 1.0, 0.75, 0.7, 0.66, 0.54, 0.4, 0.3, 0.26, 0.26, 0.25, 0.25];
const saturday = withBlock(flatDay(0.25), 8, 13, 0.4);

export const MUNICIPAL_BUILDING_SHAPE: LoadShapeDefinition = {
  kind: 'municipal_building',
  label: 'Municipal building',
  driver: 'profile',
  winter: { weekday: weekdayWinter, saturday, holiday: flatDay(0.24) },
  summer: { weekday: weekdaySummer, saturday, holiday: flatDay(0.24) },
  monthly: [1.08, 1.05, 0.98, 0.92, 0.92, 1.0, 1.08, 0.88, 0.98, 0.98, 1.02, 1.04],
  closures: 'none',
  basis:
    'Morning-heavy office hours (08–14, afternoons on two days averaged in), Saturday morning services, base load ≈25 %, summer cooling, August lower.',
  sources: [
    'C. Delmastro, G. Mutani, S. Perassi, "In Use Monitoring of Public Buildings. Case Study in North Italy", Int. J. Heat & Technology 34(S2):S266-S276, 2016, doi:10.18280/ijht.34S212',
  ],
};
