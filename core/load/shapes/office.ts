import type { LoadShapeDefinition } from '../loadShapeDefinition';
import { flatDay, withBlock } from '../loadShapeDefinition';

const NIGHT = 0.28;

/**
 * Office (tertiary building with IT and split/VRF cooling).
 *
 * Basis: occupancy about 08:30–18:30 on working days with a lunch dip, a base load of
 * roughly a quarter of the daytime level from IT, servers and standby (Branchetti et al.
 * 2021, ENEA office monitoring; Delmastro et al. 2016, monitored public offices in
 * Piedmont); HVAC start before arrival. Summer afternoons higher (cooling). Saturdays
 * mostly closed with some morning presence; Sundays and holidays at base load. August
 * lower (collective holidays). Values are this product's own estimates.
 */
const weekdayWinter = [NIGHT, NIGHT, NIGHT, NIGHT, NIGHT, NIGHT, 0.32, 0.55, 0.85, 1.0, 1.0, 1.0, 0.95, 0.88, 0.97, 1.0, 0.98, 0.9, 0.7, 0.48, 0.36, 0.3, NIGHT, NIGHT];
const weekdaySummer = [NIGHT, NIGHT, NIGHT, NIGHT, NIGHT, NIGHT, 0.32, 0.55, 0.88, 1.02, 1.08, 1.12, 1.12, 1.05, 1.15, 1.18, 1.15, 1.02, 0.78, 0.5, 0.36, 0.3, NIGHT, NIGHT];
const saturday = withBlock(flatDay(NIGHT), 8, 13, 0.4);

export const OFFICE_SHAPE: LoadShapeDefinition = {
  kind: 'office',
  label: 'Office',
  driver: 'profile',
  winter: { weekday: weekdayWinter, saturday, holiday: flatDay(0.26) },
  summer: { weekday: weekdaySummer, saturday, holiday: flatDay(0.26) },
  monthly: [1.05, 1.03, 0.98, 0.94, 0.95, 1.05, 1.12, 0.85, 1.0, 0.97, 1.0, 0.98],
  closures: 'none',
  basis:
    'Working-hours block 08–19 with lunch dip, base load ≈28 % (IT, standby), cooling raises summer afternoons, Saturday morning partial, August collective holidays.',
  sources: [
    'S. Branchetti, C. Petrovich, G. Nigliaccio, F. Paolucci, "The Lockdown and Smart Working Effects on Electric Energy Consumption: The Analysis for a Group of Employees", TI-IJES 65(2-4):292-299, 2021, doi:10.18280/ti-ijes.652-423',
    'C. Delmastro, G. Mutani, S. Perassi, "In Use Monitoring of Public Buildings. Case Study in North Italy", Int. J. Heat & Technology 34(S2):S266-S276, 2016, doi:10.18280/ijht.34S212',
  ],
};
