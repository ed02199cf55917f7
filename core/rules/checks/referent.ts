/** Who may act as Referent, and the Referent's exclusion causes [RO pp.7–8, 16–17, 19, 21]. */
import type { CommunityType } from '../../model/entities';
import { defineRule, finding, ro } from '../rule';
import type { Finding, Message, ReferentKind, RulesConfiguration } from '../types';
import type { RuleContext } from '../context';
import { participants } from './configuration';

const ALLOWED: Record<CommunityType, { page: number; kinds: ReferentKind[] }> = {
  CER: { page: 16, kinds: ['community', 'member', 'third_party_producer'] },
  AUC: { page: 19, kinds: ['member', 'condominium_administrator', 'building_representative', 'consortium', 'third_party_producer'] },
  AID: { page: 21, kinds: ['member', 'third_party_producer'] },
};

const KIND_LABEL: Record<ReferentKind, Message> = {
  community: { code: 'rules.referent-kind.community' },
  member: { code: 'rules.referent-kind.member' },
  third_party_producer: { code: 'rules.referent-kind.third-party-producer' },
  condominium_administrator: { code: 'rules.referent-kind.condominium-administrator' },
  building_representative: { code: 'rules.referent-kind.building-condominium-legal-representative' },
  consortium: { code: 'rules.referent-kind.management-consortium' },
};

function referentProblem(ctx: RuleContext, c: RulesConfiguration): Message | null {
  const r = c.referent!;
  const type = ctx.typeOf(c);
  if (!ALLOWED[type].kinds.includes(r.kind)) {
    return { code: 'rules.referentProblem.referent-configuration', params: { kind: KIND_LABEL[r.kind], type } };
  }
  if (r.kind === 'member') {
    const m = r.memberId == null ? undefined : ctx.memberById.get(r.memberId);
    const inConfig = m !== undefined && participants(ctx, c).some((x) => x.id === m.id);
    const isCustomer = m !== undefined && m.configurationId === c.id && m.pods.length > 0;
    if (!inConfig || (type === 'AID' && !isCustomer)) {
      return type === 'AID'
        ? { code: 'rules.referentProblem.referent-self-consumer-itself' }
        : { code: 'rules.referentProblem.member-named-referent-final' };
    }
  }
  if (r.kind === 'third_party_producer') {
    const p = r.plantId == null ? undefined : ctx.plantById.get(r.plantId);
    if (!p || p.configurationId !== c.id) {
      return { code: 'rules.referentProblem.third-party-producer-referent' };
    }
    if (r.escoUni11352 !== true) {
      return { code: 'rules.referentProblem.third-party-producer-may' };
    }
  }
  return null;
}

export const referentEligibility = defineRule({
  id: 'config.referent',
  title: { code: 'rules.config.referent.title' },
  citations: [
    { page: 16, keyword: 'referente' },
    { page: 19, keyword: 'referente' },
    { page: 21, keyword: 'referente' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      const page = ALLOWED[ctx.typeOf(c)].page;
      if (!c.referent) {
        out.push(finding(this.id, 'warning', 'configuration', c.id, ro(page),
          { code: 'rules.config.referent.configuration-referent-recorded', params: { name: c.name } },
          { code: 'rules.config.referent.record-referent-collect-mandate' }));
        continue;
      }
      const problem = referentProblem(ctx, c);
      if (problem) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(page),
          { code: 'rules.config.referent.configuration', params: { name: c.name, problem } },
          { code: 'rules.config.referent.choose-referent-allowed-configuration' }));
      }
    }
    return out;
  },
});

export const referentExclusion = defineRule({
  id: 'referent.exclusion',
  title: { code: 'rules.referent.exclusion.title' },
  citations: [{ page: 8, keyword: 'imprese in difficoltà' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      const r = c.referent;
      if (!r) continue;
      const member = r.kind === 'member' && r.memberId != null ? ctx.memberById.get(r.memberId) : undefined;
      const difficulty = r.firmInDifficulty === true || member?.firmInDifficulty === true;
      if (!difficulty && r.otherExclusionCause !== true) continue;
      out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(8),
        difficulty
          ? { code: 'rules.referent.exclusion.referent-configuration-firm-difficulty', params: { name: c.name } }
          : { code: 'rules.referent.exclusion.exclusion-cause-applies-referent', params: { name: c.name } },
        { code: 'rules.referent.exclusion.appoint-another-referent' }));
    }
    return out;
  },
});

export const REFERENT_RULES = [referentEligibility, referentExclusion];
