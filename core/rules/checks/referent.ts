/** Who may act as Referent, and the Referent's exclusion causes [RO pp.7–8, 16–17, 19, 21]. */
import type { CommunityType } from '../../model/entities';
import { defineRule, finding, ro } from '../rule';
import type { Finding, LocalText, ReferentKind, RulesConfiguration } from '../types';
import type { RuleContext } from '../context';
import { participants } from './configuration';

const ALLOWED: Record<CommunityType, { page: number; kinds: ReferentKind[] }> = {
  CER: { page: 16, kinds: ['community', 'member', 'third_party_producer'] },
  AUC: { page: 19, kinds: ['member', 'condominium_administrator', 'building_representative', 'consortium', 'third_party_producer'] },
  AID: { page: 21, kinds: ['member', 'third_party_producer'] },
};

const KIND_LABEL: Record<ReferentKind, LocalText> = {
  community: { it: 'la comunità', en: 'the community' },
  member: { it: 'un membro', en: 'a member' },
  third_party_producer: { it: 'un produttore terzo', en: 'a third-party producer' },
  condominium_administrator: { it: 'l\'amministratore di condominio', en: 'the condominium administrator' },
  building_representative: { it: 'il rappresentante legale dell\'edificio/condominio', en: 'the building/condominium legal representative' },
  consortium: { it: 'un consorzio di gestione', en: 'a management consortium' },
};

function referentProblem(ctx: RuleContext, c: RulesConfiguration): LocalText | null {
  const r = c.referent!;
  const type = ctx.typeOf(c);
  if (!ALLOWED[type].kinds.includes(r.kind)) {
    return { it: `${KIND_LABEL[r.kind].it} non può essere Referente di una configurazione ${type}.`, en: `${KIND_LABEL[r.kind].en} cannot be the Referent of a ${type} configuration.` };
  }
  if (r.kind === 'member') {
    const m = r.memberId == null ? undefined : ctx.memberById.get(r.memberId);
    const inConfig = m !== undefined && participants(ctx, c).some((x) => x.id === m.id);
    const isCustomer = m !== undefined && m.configurationId === c.id && m.pods.length > 0;
    if (!inConfig || (type === 'AID' && !isCustomer)) {
      return type === 'AID'
        ? { it: 'il Referente deve essere l\'autoconsumatore stesso (cliente finale della configurazione).', en: 'the Referent must be the self-consumer itself (the configuration\'s final customer).' }
        : { it: 'il membro indicato come Referente non è cliente finale o produttore della configurazione.', en: 'the member named as Referent is not a final customer or producer of the configuration.' };
    }
  }
  if (r.kind === 'third_party_producer') {
    const p = r.plantId == null ? undefined : ctx.plantById.get(r.plantId);
    if (!p || p.configurationId !== c.id) {
      return { it: 'il produttore terzo Referente deve avere un impianto della configurazione.', en: 'a third-party producer Referent must own a plant of the configuration.' };
    }
    if (r.escoUni11352 !== true) {
      return { it: 'un produttore terzo può essere Referente solo se ESCO certificata UNI 11352.', en: 'a third-party producer may be Referent only if it is an ESCO certified UNI 11352.' };
    }
  }
  return null;
}

export const referentEligibility = defineRule({
  id: 'config.referent',
  title: { it: 'Chi può essere Referente', en: 'Who may act as Referent' },
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
          { it: `Configurazione "${c.name}": Referente non indicato.`, en: `Configuration "${c.name}": no Referent recorded.` },
          { it: 'Indicare il Referente e raccogliere il relativo mandato.', en: 'Record the Referent and collect its mandate.' }));
        continue;
      }
      const problem = referentProblem(ctx, c);
      if (problem) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(page),
          { it: `Configurazione "${c.name}": ${problem.it}`, en: `Configuration "${c.name}": ${problem.en}` },
          { it: 'Scegliere un Referente ammesso per questo tipo di configurazione.', en: 'Choose a Referent allowed for this configuration type.' }));
      }
    }
    return out;
  },
});

export const referentExclusion = defineRule({
  id: 'referent.exclusion',
  title: { it: 'Cause di esclusione del Referente', en: 'Referent exclusion causes' },
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
          ? { it: `Il Referente della configurazione "${c.name}" è un'impresa in difficoltà: accesso agli incentivi non consentito.`, en: `The Referent of configuration "${c.name}" is a firm in difficulty: access to incentives is not allowed.` }
          : { it: `Per il Referente della configurazione "${c.name}" ricorre una causa di esclusione (D.Lgs. 36/2023, Deggendorf, D.Lgs. 159/2011).`, en: `An exclusion cause applies to the Referent of configuration "${c.name}" (D.Lgs. 36/2023, Deggendorf, D.Lgs. 159/2011).` },
        { it: 'Nominare un altro Referente.', en: 'Appoint another Referent.' }));
    }
    return out;
  },
});

export const REFERENT_RULES = [referentEligibility, referentExclusion];
