/** Configuration-type requirements: CER, AUC, AID [RO §1.2.2–1.2.4]. */
import type { RuleContext } from '../context';
import { defineRule, finding, ro } from '../rule';
import type { Finding, RulesConfiguration, RulesMember } from '../types';
import { normalisePod } from '../../model/pod';

/** Members taking part in a configuration: assigned to it, or owning one of its plants. */
export function participants(ctx: RuleContext, c: RulesConfiguration): RulesMember[] {
  const ids = new Set(ctx.membersOf(c.id).map((m) => m.id));
  for (const p of ctx.plantsOf(c.id)) if (p.ownerMemberId !== null) ids.add(p.ownerMemberId);
  return [...ids].map((id) => ctx.memberById.get(id)).filter((m): m is RulesMember => m !== undefined);
}

export const cerMinMembers = defineRule({
  id: 'cer.min-members',
  title: { it: 'CER: almeno due membri', en: 'CER: at least two members' },
  citations: [{ page: 16, keyword: 'almeno due membri' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      if (ctx.typeOf(c) !== 'CER') continue;
      const n = participants(ctx, c).length;
      if (n < ctx.t.cerMinMembers) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(16),
          { it: `La configurazione "${c.name}" ha ${n} membri: una CER ne richiede almeno ${ctx.t.cerMinMembers} (clienti finali e/o produttori).`,
            en: `Configuration "${c.name}" has ${n} member(s): a CER needs at least ${ctx.t.cerMinMembers} (final customers and/or producers).` },
          { it: 'Assegnare alla configurazione altri membri della comunità.', en: 'Assign more community members to the configuration.' }));
      }
    }
    return out;
  },
});

const POINTS_PAGE = { CER: 16, AUC: 19, AID: 21 } as const;

export const connectionPoints = defineRule({
  id: 'config.connection-points',
  title: { it: 'Almeno un punto di prelievo e un impianto su punti distinti', en: 'At least one consumption point and one plant on distinct points' },
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
      const problems: string[] = [];
      const problemsEn: string[] = [];
      if (consumption.size === 0) { problems.push('nessun punto di prelievo'); problemsEn.push('no withdrawal point'); }
      if (plants.length === 0) { problems.push('nessun impianto di produzione'); problemsEn.push('no production plant'); }
      if (problems.length === 0 && all.size < ctx.t.minConnectionPoints) {
        problems.push(`meno di ${ctx.t.minConnectionPoints} punti di connessione distinti`);
        problemsEn.push(`fewer than ${ctx.t.minConnectionPoints} distinct connection points`);
      }
      if (problems.length > 0) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(page),
          { it: `Configurazione "${c.name}": ${problems.join(', ')}.`, en: `Configuration "${c.name}": ${problemsEn.join(', ')}.` },
          { it: 'Servono almeno un\'utenza di consumo e un impianto collegati a due punti di connessione distinti.',
            en: 'Add at least one consumption point and one plant on two distinct connection points.' }));
      }
    }
    return out;
  },
});

export const aucMinParties = defineRule({
  id: 'auc.min-parties',
  title: { it: 'Gruppo di autoconsumatori: almeno due soggetti distinti', en: 'Collective self-consumers: at least two distinct parties' },
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
          { it: `Il gruppo "${c.name}" ha ${parties.size} soggetti: ne servono almeno ${ctx.t.aucMinParties}.`,
            en: `Group "${c.name}" has ${parties.size} part(y/ies): at least ${ctx.t.aucMinParties} are required.` },
          { it: 'Aggiungere un altro cliente finale o produttore dell\'edificio.', en: 'Add another final customer or producer of the building.' }));
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
  title: { it: 'Gruppo di autoconsumatori: punti nel medesimo edificio o condominio', en: 'Collective self-consumers: points in the same building or condominium' },
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
            { it: `Edificio/condominio di "${m.name}" non indicato: non è verificabile che i suoi punti di prelievo siano nell'edificio della configurazione.`,
              en: `Building/condominium of "${m.name}" not recorded: cannot check that its withdrawal points are in the configuration's building.` },
            { it: 'Indicare l\'edificio o condominio del membro e della configurazione.', en: 'Record the building or condominium of the member and of the configuration.' }));
        } else if (b !== ref) {
          // A withdrawal point in another building is not part of the group [RO p.21]: no share.
          out.push({ ...finding(this.id, 'blocking', 'member', m.id, ro(21),
            { it: `I punti di prelievo di "${m.name}" sono nell'edificio "${b}", non in "${ref}".`,
              en: `Withdrawal points of "${m.name}" are in building "${b}", not "${ref}".` },
            { it: 'In un gruppo di autoconsumatori tutti i punti di prelievo devono essere nello stesso edificio o condominio.',
              en: 'In a collective self-consumption group all withdrawal points must be in the same building or condominium.' }), effect: 'excludes' });
        }
      }
      if (ref === null) continue;
      for (const p of ctx.plantsOf(c.id)) {
        const b = p.buildingId?.trim() ?? '';
        if (b !== ref) {
          out.push(finding(this.id, 'warning', 'plant', p.id, ro(21),
            { it: `L'impianto "${p.name}" non risulta nell'edificio "${ref}": è ammesso solo su altri siti nella piena disponibilità di uno o più autoconsumatori del gruppo.`,
              en: `Plant "${p.name}" is not recorded in building "${ref}": it is allowed only on other sites fully available to one or more group members.` },
            { it: 'Verificare la piena disponibilità del sito (proprietà, comodato, locazione) o indicare l\'edificio.',
              en: 'Check the site is fully available to a group member (ownership, loan, lease) or record the building.' }));
        }
      }
    }
    return out;
  },
});

export const aidSingleCustomer = defineRule({
  id: 'aid.single-customer',
  title: { it: 'Autoconsumatore a distanza: un solo cliente finale', en: 'Remote self-consumer: a single final customer' },
  citations: [{ page: 22, keyword: 'un solo cliente finale' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      if (ctx.typeOf(c) !== 'AID') continue;
      const customers = ctx.membersOf(c.id).filter((m) => m.pods.length > 0);
      if (customers.length > ctx.t.aidMaxFinalCustomers) {
        out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(22),
          { it: `La configurazione "${c.name}" ha ${customers.length} clienti finali (${customers.map((m) => m.name).join(', ')}): l'autoconsumatore a distanza ne ammette uno solo, titolare di tutti i punti di prelievo.`,
            en: `Configuration "${c.name}" has ${customers.length} final customers (${customers.map((m) => m.name).join(', ')}): a remote self-consumer allows only one, holding every withdrawal point.` },
          { it: 'Intestare tutti i punti di prelievo allo stesso cliente finale oppure usare una CER.',
            en: 'Put every withdrawal point under the same final customer, or use a CER.' }));
      }
    }
    return out;
  },
});

export const CONFIGURATION_RULES = [cerMinMembers, connectionPoints, aucMinParties, aucSameBuilding, aidSingleCustomer];
