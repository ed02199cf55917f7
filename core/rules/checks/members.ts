/** Member eligibility: categories, ATECO exclusions, firms in difficulty, net metering, location. */
import type { RuleContext } from '../context';
import { defineRule, finding, ro, sameText } from '../rule';
import type { Finding, Message, RulesMember } from '../types';
import { normalisePod } from '../../model/pod';

const CATEGORY_LABEL: Record<string, Message> = {
  large_enterprise: { code: 'rules.category.large-enterprise' },
};

function label(cat: string): Message | string {
  return CATEGORY_LABEL[cat] ?? cat;
}

export const cerMemberCategory = defineRule({
  id: 'cer.member-category',
  title: { code: 'rules.cer.member-category.title' },
  citations: [{ page: 18, keyword: 'grandi imprese non possono essere soci' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const m of ctx.input.members) {
      if (ctx.memberType(m) !== 'CER') continue;
      if (ctx.t.cerEligibleCategories.includes(m.category)) continue;
      const l = label(m.category);
      out.push(finding(this.id, 'blocking', 'member', m.id, ro(18),
        { code: 'rules.cer.member-category.member-cer', params: { name: m.name, category: l } },
        { code: 'rules.cer.member-category.remove-members-large-enterprise' }));
    }
    return out;
  },
});

function atecoDigits(code: string): string {
  const d = code.replace(/\D/g, '');
  return d === '' ? '' : d.padEnd(6, '0');
}

export const excludedAteco = defineRule({
  id: 'member.excluded-ateco',
  title: { code: 'rules.member.excluded-ateco.title' },
  citations: [
    { page: 18, keyword: '35.11.00' },
    { page: 19, keyword: '35.11.00' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    const excluded = new Set(ctx.t.excludedAtecoCodes.map(atecoDigits));
    for (const m of ctx.input.members) {
      const type = ctx.memberType(m);
      const firm = m.category === 'sme' || m.category === 'large_enterprise';
      const applies = (type === 'CER' && firm) || (type === 'AUC' && m.category !== 'citizen');
      if (!applies || !excluded.has(atecoDigits(m.ateco))) continue;
      const page = type === 'CER' ? 18 : 19;
      out.push(finding(this.id, 'blocking', 'member', m.id, ro(page),
        { code: 'rules.member.excluded-ateco.prevalent-ateco-participation-would', params: { name: m.name, ateco: m.ateco } },
        { code: 'rules.member.excluded-ateco.may-take-part-third' }));
    }
    return out;
  },
});

export const firmInDifficulty = defineRule({
  id: 'member.firm-in-difficulty',
  title: { code: 'rules.member.firm-in-difficulty.title' },
  citations: [{ page: 8, keyword: 'imprese in difficoltà' }],
  check(ctx) {
    return ctx.input.members.filter((m) => m.firmInDifficulty === true).map((m) =>
      finding(this.id, 'warning', 'member', m.id, ro(8),
        { code: 'rules.member.firm-in-difficulty.declared-firm-difficulty-access', params: { name: m.name } },
        { code: 'rules.member.firm-in-difficulty.keep-out-referent-beneficiary' }));
  },
});

const NET_METERING_PAGE = { CER: 18, AUC: 20, AID: 132 } as const;

export const memberNetMetering = defineRule({
  id: 'member.net-metering',
  title: { code: 'rules.member.net-metering.title' },
  citations: [
    { page: 18, keyword: 'scambio sul posto' },
    { page: 20, keyword: 'scambio sul posto' },
    { page: 132, keyword: 'scambio sul posto' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    for (const m of ctx.input.members) {
      if (m.netMetering !== true || m.configurationId === null) continue;
      const page = NET_METERING_PAGE[ctx.memberType(m)];
      out.push(finding(this.id, 'blocking', 'member', m.id, ro(page),
        { code: 'rules.member.net-metering.net-metering-scambio-sul', params: { name: m.name } },
        { code: 'rules.member.net-metering.close-net-metering-agreement' }));
    }
    return out;
  },
});

/** Municipalities of the plants of CER configurations that record one. */
function cerPlantMunicipalities(ctx: RuleContext): string[] {
  const out: string[] = [];
  for (const p of ctx.input.plants) {
    const c = p.configurationId === null ? undefined : ctx.configById.get(p.configurationId);
    if (c && ctx.typeOf(c) === 'CER' && p.municipality) out.push(p.municipality);
  }
  return out;
}

export const localEntityMunicipality = defineRule({
  id: 'cer.local-entity-municipality',
  title: { code: 'rules.cer.local-entity-municipality.title' },
  citations: [{ page: 18, keyword: 'situati nel territorio degli stessi comuni' }],
  check(ctx) {
    const out: Finding[] = [];
    const towns = cerPlantMunicipalities(ctx);
    if (towns.length === 0) return out;
    for (const m of ctx.input.members) {
      if (ctx.memberType(m) !== 'CER' || !ctx.t.cerLocalEntityCategories.includes(m.category)) continue;
      const town = (m.municipality ?? '').trim();
      if (town !== '' && towns.some((t) => sameText(t, town))) continue;
      const list = [...new Set(towns)].join(', ');
      out.push(finding(this.id, town === '' ? 'info' : 'warning', 'member', m.id, ro(18),
        town === ''
          ? { code: 'rules.cer.local-entity-municipality.municipality-recorded-local-administrations', params: { name: m.name, list } }
          : { code: 'rules.cer.local-entity-municipality.situated-municipality-where-cer', params: { name: m.name, town, list } },
        { code: 'rules.cer.local-entity-municipality.check-body-control-powers' }));
    }
    return out;
  },
});

/** Normalised POD codes of a member. */
export function memberPods(m: RulesMember): string[] {
  return m.pods.map(normalisePod).filter((p) => p !== '');
}

export const singleConfiguration = defineRule({
  id: 'point.single-configuration',
  title: { code: 'rules.point.single-configuration.title' },
  citations: [{ page: 6, keyword: 'non può far parte di più di una delle configurazioni' }],
  check(ctx) {
    const out: Finding[] = [];
    type Use = { kind: 'member' | 'plant'; id: number; name: string; configId: number };
    const uses = new Map<string, Use[]>();
    const add = (pod: string, u: Use) => uses.set(pod, [...(uses.get(pod) ?? []), u]);
    for (const m of ctx.input.members) {
      if (m.configurationId === null) continue;
      for (const pod of new Set(memberPods(m))) add(pod, { kind: 'member', id: m.id, name: m.name, configId: m.configurationId });
    }
    for (const p of ctx.input.plants) {
      const pod = normalisePod(p.pod);
      if (p.configurationId === null || pod === '') continue;
      add(pod, { kind: 'plant', id: p.id, name: p.name, configId: p.configurationId });
    }
    for (const [pod, list] of uses) {
      const configs = new Set(list.map((u) => u.configId));
      const holders = new Set(list.filter((u) => u.kind === 'member').map((u) => u.id));
      if (configs.size < 2 && holders.size < 2) continue;
      for (const u of list) {
        out.push(finding(this.id, 'blocking', u.kind, u.id, ro(6),
          configs.size > 1
            ? { code: 'rules.point.single-configuration.pod-appears-different-configurations', params: { pod, name: u.name, size: configs.size } }
            : { code: 'rules.point.single-configuration.pod-assigned-several-members', params: { pod, name: u.name } },
          { code: 'rules.point.single-configuration.consumption-production-point-may' }));
      }
    }
    return out;
  },
});

export const MEMBER_RULES = [cerMemberCategory, excludedAteco, firmInDifficulty, memberNetMetering, localEntityMunicipality, singleConfiguration];
