/**
 * The community's region: it sets the market zone of the zonal prices, the FC_zonale
 * correction of the TIP (+10 €/MWh North, +4 €/MWh Centre) and the hours of the monthly
 * advance [RO p.39]. Empty or unknown, the simulation would have to assume one.
 */
import { defineRule, finding, ro } from '../rule';
import type { Finding, Message } from '../types';
import { findRegion, ITALIAN_REGIONS } from '../../model/regions';

export const communityRegion = defineRule({
  id: 'community.region',
  title: { code: 'rules.community.region.title' },
  citations: [{ page: 39, keyword: 'regioni del nord' }],
  check(ctx) {
    const region = ctx.input.community.region.trim();
    if (region !== '' && findRegion(region) !== null) return [];
    const fix: Message = { code: 'rules.community.region.set-region-one', params: { regions: ITALIAN_REGIONS } };
    const out: Finding[] = [
      finding(this.id, 'warning', 'community', 0, ro(39),
        region === ''
          ? <Message>{ code: 'rules.community.region.region-set-market-zone' }
          : { code: 'rules.community.region.region-recognised', params: { region } },
        fix),
    ];
    return out;
  },
});

export const COMMUNITY_RULES = [communityRegion];
