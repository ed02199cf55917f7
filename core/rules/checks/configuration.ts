/** Configuration-type requirements: CER, AUC, AID [RO §1.2.2–1.2.4]. */
import type { RuleContext } from '../context';
import { defineRule, finding, ro } from '../rule';
import type { Finding, Message, RulesConfiguration, RulesMember } from '../types';
import { normalisePod } from '../../model/pod';

/** Members taking part in a configuration: assigned to it, or owning one of its plants. */
export function participants(ctx: RuleContext, c: RulesConfiguration): RulesMember[] {
  const ids = new Set(ctx.membersOf(c.id).map((m) => m.id));
  for (const p of ctx.plantsOf(c.id)) if (p.ownerMemberId !== null) ids.add(p.ownerMemberId);
  return [...ids].map((id) => ctx.memberById.get(id)).filter((m): m is RulesMember => m !== undefined);
}

export const cerMinMembers = defineRule({
  id: 'cer.min-members',
  title: { code: 'rules.cer.min-members.title' },
  citations: [{ page: 16, keyword: 'almeno due membri' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      if (ctx.typeOf(c) !== 'CER') continue;
      const n = participants(ctx, c).length;
      if (n < ctx.t.cerMinMembers) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(16),
          { code: 'rules.cer.min-members.configuration-member-s-cer', params: { name: c.name, n, cerMinMembers: ctx.t.cerMinMembers } },
          { code: 'rules.cer.min-members.assign-more-community-members' }));
      }
    }
    return out;
  },
});

const POINTS_PAGE = { CER: 16, AUC: 19, AID: 21 } as const;

export const connectionPoints = defineRule({
  id: 'config.connection-points',
  title: { code: 'rules.config.connection-points.title' },
  citations: [
    { page: 16, keyword: 'almeno due punti di connessione' },
    { page: 19, keyword: 'almeno due punti di connessione' },
    { page: 21, keyword: 'almeno la presenza di due punti di connessione' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      const page = POINTS_PAGE[ctx.typeOf(c)];
      const consumption = new Set(ctx.membersOf(c.id).flatMap((m) => m.pods.map(normalisePod)).filter((p) => p !== ''));
      const plants = ctx.plantsOf(c.id);
      const all = new Set(consumption);
      plants.forEach((p, i) => all.add(normalisePod(p.pod) === '' ? `#plant${i}` : normalisePod(p.pod)));
      const problems: Message[] = [];
      if (consumption.size === 0) problems.push({ code: 'rules.config.connection-points.no-withdrawal-point' });
      if (plants.length === 0) problems.push({ code: 'rules.config.connection-points.no-production-plant' });
      if (problems.length === 0 && all.size < ctx.t.minConnectionPoints) {
        problems.push({ code: 'rules.config.connection-points.fewer-points', params: { min: ctx.t.minConnectionPoints } });
      }
      if (problems.length > 0) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(page),
          { code: 'rules.config.connection-points.configuration', params: { name: c.name, problems } },
          { code: 'rules.config.connection-points.add-least-one-consumption' }));
      }
    }
    return out;
  },
});

export const aucMinParties = defineRule({
  id: 'auc.min-parties',
  title: { code: 'rules.auc.min-parties.title' },
  citations: [{ page: 19, keyword: 'almeno due soggetti distinti' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      if (ctx.typeOf(c) !== 'AUC') continue;
      const parties = new Set<string>(participants(ctx, c).map((m) => `m${m.id}`));
      for (const p of ctx.plantsOf(c.id)) {
        if (p.ownerMemberId === null && p.thirdPartyProducer.trim() !== '') parties.add(`t${p.thirdPartyProducer.trim().toLowerCase()}`);
      }
      if (parties.size < ctx.t.aucMinParties) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(19),
          { code: 'rules.auc.min-parties.group-part-y-ies', params: { name: c.name, size: parties.size, aucMinParties: ctx.t.aucMinParties } },
          { code: 'rules.auc.min-parties.add-another-final-customer' }));
      }
    }
    return out;
  },
});

/**
 * The building or condominium of an AUC configuration [RO p.21]: its own when recorded, else
 * the one most of its members record; null when nobody records one.
 */
export function configurationBuilding(own: string | null | undefined, memberBuildings: readonly (string | null | undefined)[]): string | null {
  return own?.trim() || mostCommon(memberBuildings.map((b) => b?.trim() ?? '').filter((b) => b !== ''));
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, k] of counts) if (k > n) { best = v; n = k; }
  return best;
}

export const aucSameBuilding = defineRule({
  id: 'auc.same-building',
  title: { code: 'rules.auc.same-building.title' },
  citations: [{ page: 21, keyword: 'medesimo edificio o condominio' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      if (ctx.typeOf(c) !== 'AUC') continue;
      const members = ctx.membersOf(c.id).filter((m) => m.pods.length > 0);
      const ref = configurationBuilding(c.buildingId, members.map((m) => m.buildingId));
      for (const m of members) {
        const b = m.buildingId?.trim() ?? '';
        if (b === '' || ref === null) {
          out.push(finding(this.id, 'warning', 'member', m.id, ro(21),
            { code: 'rules.auc.same-building.building-condominium-recorded-check', params: { name: m.name } },
            { code: 'rules.auc.same-building.record-building-condominium-member' }));
        } else if (b !== ref) {
          // A withdrawal point in another building is not part of the group [RO p.21]: no share.
          out.push({ ...finding(this.id, 'blocking', 'member', m.id, ro(21),
            { code: 'rules.auc.same-building.withdrawal-points-building', params: { name: m.name, b, ref } },
            { code: 'rules.auc.same-building.collective-self-consumption-group' }), effect: 'excludes' });
        }
      }
      if (ref === null) continue;
      for (const p of ctx.plantsOf(c.id)) {
        const b = p.buildingId?.trim() ?? '';
        if (b !== ref) {
          out.push(finding(this.id, 'warning', 'plant', p.id, ro(21),
            { code: 'rules.auc.same-building.plant-recorded-building-allowed', params: { name: p.name, ref } },
            { code: 'rules.auc.same-building.check-site-fully-available' }));
        }
      }
    }
    return out;
  },
});

export const aidSingleCustomer = defineRule({
  id: 'aid.single-customer',
  title: { code: 'rules.aid.single-customer.title' },
  citations: [{ page: 22, keyword: 'un solo cliente finale' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      if (ctx.typeOf(c) !== 'AID') continue;
      const customers = ctx.membersOf(c.id).filter((m) => m.pods.length > 0);
      if (customers.length > ctx.t.aidMaxFinalCustomers) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(22),
          { code: 'rules.aid.single-customer.configuration-final-customers-remote', params: { name: c.name, length: customers.length, value: customers.map((m) => m.name).join(', ') } },
          { code: 'rules.aid.single-customer.put-every-withdrawal-point' }));
      }
    }
    return out;
  },
});

export const CONFIGURATION_RULES = [cerMinMembers, connectionPoints, aucMinParties, aucSameBuilding, aidSingleCustomer];
