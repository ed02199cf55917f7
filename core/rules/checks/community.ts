/**
 * The community's region: it sets the market zone of the zonal prices, the FC_zonale
 * correction of the TIP (+10 €/MWh North, +4 €/MWh Centre) and the hours of the monthly
 * advance [RO p.39]. Empty or unknown, the simulation would have to assume one.
 */
import { defineRule, finding, ro } from '../rule';
import type { Finding } from '../types';
import { findRegion, ITALIAN_REGIONS } from '../../model/regions';

export const communityRegion = defineRule({
  id: 'community.region',
  title: { it: 'Regione della comunità', en: "Community's region" },
  citations: [{ page: 39, keyword: 'regioni del nord' }],
  check(ctx) {
    const region = ctx.input.community.region.trim();
    if (region !== '' && findRegion(region) !== null) return [];
    const fix = { it: `Indicare la regione (una tra ${ITALIAN_REGIONS.join(', ')}).`, en: `Set the region (one of ${ITALIAN_REGIONS.join(', ')}).` };
    const out: Finding[] = [
      finding(this.id, 'warning', 'community', 0, ro(39),
        region === ''
          ? { it: 'Regione non indicata: zona di mercato, maggiorazione FC_zonale della tariffa e anticipi ne dipendono, e la simulazione ne assumerebbe una.', en: 'Region not set: the market zone, the FC_zonale tariff correction and the advances depend on it, and the simulation would have to assume one.' }
          : { it: `Regione «${region}» non riconosciuta.`, en: `Region "${region}" not recognised.` },
        fix),
    ];
    return out;
  },
});

export const COMMUNITY_RULES = [communityRegion];
