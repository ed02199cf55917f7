/** Member eligibility: categories, ATECO exclusions, firms in difficulty, net metering, location. */
import type { RuleContext } from '../context';
import { defineRule, finding, ro, sameText } from '../rule';
import type { Finding, RulesMember } from '../types';
import { normalisePod } from '../../model/pod';

const CATEGORY_LABEL: Record<string, { it: string; en: string }> = {
  large_enterprise: { it: 'grande impresa', en: 'large enterprise' },
};

function label(cat: string): { it: string; en: string } {
  return CATEGORY_LABEL[cat] ?? { it: cat, en: cat };
}

export const cerMemberCategory = defineRule({
  id: 'cer.member-category',
  title: { it: 'CER: categorie di membri ammesse (escluse le grandi imprese)', en: 'CER: eligible member categories (large enterprises excluded)' },
  citations: [{ page: 18, keyword: 'grandi imprese non possono essere soci' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const m of ctx.input.members) {
      if (ctx.memberType(m) !== 'CER') continue;
      if (ctx.t.cerEligibleCategories.includes(m.category)) continue;
      const l = label(m.category);
      out.push(finding(this.id, 'blocking', 'member', m.id, ro(18),
        { it: `"${m.name}" (${l.it}) non può essere socio o membro di una CER.`,
          en: `"${m.name}" (${l.en}) cannot be a member of a CER.` },
        { it: 'Rimuovere il soggetto dai membri; una grande impresa può partecipare solo come produttore terzo.',
          en: 'Remove it from the members; a large enterprise may only take part as a third-party producer.' }));
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
  title: { it: 'Codice ATECO prevalente 35.11.00 / 35.14.00 escluso', en: 'Prevalent ATECO 35.11.00 / 35.14.00 excluded' },
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
        { it: `"${m.name}" ha codice ATECO prevalente ${m.ateco}: la partecipazione costituirebbe l'attività principale, non ammessa.`,
          en: `"${m.name}" has prevalent ATECO ${m.ateco}: participation would be its main activity, which is not allowed.` },
        { it: 'Il soggetto può partecipare solo come produttore terzo, non come membro.', en: 'It may only take part as a third-party producer, not as a member.' }));
    }
    return out;
  },
});

export const firmInDifficulty = defineRule({
  id: 'member.firm-in-difficulty',
  title: { it: 'Imprese in difficoltà', en: 'Firms in difficulty' },
  citations: [{ page: 8, keyword: 'imprese in difficoltà' }],
  check(ctx) {
    return ctx.input.members.filter((m) => m.firmInDifficulty === true).map((m) =>
      finding(this.id, 'warning', 'member', m.id, ro(8),
        { it: `"${m.name}" è dichiarata impresa in difficoltà: non può accedere agli incentivi né fare da Referente o beneficiario PNRR.`,
          en: `"${m.name}" is declared a firm in difficulty: it cannot access incentives nor act as Referent or PNRR beneficiary.` },
        { it: 'Escludere il soggetto dai ruoli di Referente/beneficiario e verificarne la partecipazione.',
          en: 'Keep it out of the Referent/beneficiary roles and review its participation.' }));
  },
});

const NET_METERING_PAGE = { CER: 18, AUC: 20, AID: 132 } as const;

export const memberNetMetering = defineRule({
  id: 'member.net-metering',
  title: { it: 'Utenze in Scambio sul Posto escluse', en: 'Points under net metering excluded' },
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
        { it: `Sulle utenze di "${m.name}" è attivo lo Scambio sul Posto: non possono far parte della configurazione come clienti finali.`,
          en: `Net metering (scambio sul posto) is active on "${m.name}"'s points: they cannot join the configuration as final customers.` },
        { it: 'Chiudere la convenzione di Scambio sul Posto prima della richiesta, o togliere il membro dalla configurazione.',
          en: 'Close the net-metering agreement before filing, or remove the member from the configuration.' }));
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
  title: { it: 'CER: amministrazioni locali nei Comuni degli impianti', en: 'CER: local administrations in the plants\' municipalities' },
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
          ? { it: `Comune di "${m.name}" non indicato: le amministrazioni locali membri di controllo devono essere situate nei Comuni degli impianti della CER (${list}).`,
              en: `Municipality of "${m.name}" not recorded: local administrations with control powers must be situated in the municipalities of the CER's plants (${list}).` }
          : { it: `"${m.name}" (${town}) non è situata in un Comune dove la CER ha impianti (${list}).`,
              en: `"${m.name}" (${town}) is not situated in a municipality where the CER has plants (${list}).` },
        { it: 'Verificare che l\'ente non eserciti poteri di controllo o che la CER abbia un impianto nel suo Comune.',
          en: 'Check the body has no control powers, or that the CER has a plant in its municipality.' }));
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
  title: { it: 'Ogni utenza in una sola configurazione', en: 'Each point in one configuration only' },
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
            ? { it: `Il POD ${pod} di "${u.name}" compare in ${configs.size} configurazioni diverse.`, en: `POD ${pod} of "${u.name}" appears in ${configs.size} different configurations.` }
            : { it: `Il POD ${pod} di "${u.name}" è attribuito a più membri.`, en: `POD ${pod} of "${u.name}" is assigned to several members.` },
          { it: 'Un\'utenza di consumo o di produzione può far parte di una sola configurazione e ha un solo titolare.',
            en: 'A consumption or production point may belong to one configuration only and has one holder.' }));
      }
    }
    return out;
  },
});

export const MEMBER_RULES = [cerMemberCategory, excludedAteco, firmInDifficulty, memberNetMetering, localEntityMunicipality, singleConfiguration];
