/** Plant requirements for the incentive tariff [RO §1.2.1.2, pp.9–12; §1.2.1.6 pp.15–16]. */
import type { RuleContext } from '../context';
import { addDays, fmtDate } from '../dates';
import { countedCommissioningDate, countedPowerKw, isIncentivisable, isUpgrade } from '../plant-power';
import { defineRule, finding, fmtKw, ro } from '../rule';
import type { Finding, RulesPlant } from '../types';
import { normalisePod } from '../../model/pod';

export function configuredPlants(ctx: RuleContext): RulesPlant[] {
  return ctx.input.plants.filter((p) => p.configurationId !== null && ctx.configById.has(p.configurationId));
}

export const renewableSource = defineRule({
  id: 'plant.renewable-source',
  title: { it: 'Impianti alimentati da fonti rinnovabili, non ibridi', en: 'Plants fed by renewable sources, not hybrid' },
  citations: [{ page: 9, keyword: 'fonti rinnovabili' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      if (p.hybrid === true) {
        out.push({ ...finding(this.id, 'blocking', 'plant', p.id, ro(9),
          { it: `"${p.name}" è un impianto ibrido: non può far parte di CER, gruppi o autoconsumo a distanza.`, en: `"${p.name}" is a hybrid plant: it cannot be part of a CER, group or remote self-consumption.` },
          { it: 'Escludere l\'impianto dalla configurazione.', en: 'Leave the plant out of the configuration.' }), effect: 'excludes' });
      } else if (!ctx.t.renewableSources.includes(p.source)) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(9),
          { it: `Fonte di "${p.name}" non specificata ("${p.source}"): deve essere rinnovabile secondo l'Appendice A.`, en: `Source of "${p.name}" not specific ("${p.source}"): it must be renewable as defined in Appendix A.` },
          { it: 'Confermare che la fonte è rinnovabile (biomassa, biogas, geotermica, ...) e non ibrida.', en: 'Confirm the source is renewable (biomass, biogas, geothermal, ...) and not hybrid.' }));
      }
    }
    return out;
  },
});

export const commissioningDate = defineRule({
  id: 'plant.commissioning-date',
  title: { it: 'Entrata in esercizio dal 16/12/2021', en: 'In operation from 16/12/2021' },
  citations: [{ page: 9, keyword: '16 dicembre 2021' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      const date = countedCommissioningDate(p);
      if (!isIncentivisable(p) || date === null || date >= ctx.t.minCommissioningDate) continue;
      out.push(finding(this.id, 'blocking', 'plant', p.id, ro(9),
        { it: `"${p.name}" è entrato in esercizio il ${fmtDate(date)}, prima del ${fmtDate(ctx.t.minCommissioningDate)}: non accede alla tariffa incentivante.`,
          en: `"${p.name}" entered operation on ${fmtDate(date)}, before ${fmtDate(ctx.t.minCommissioningDate)}: it gets no incentive tariff.` },
        { it: 'Segnarlo come impianto esistente (solo valorizzazione) o registrare la sezione di potenziamento.', en: 'Mark it as existing (valorisation only) or record the upgrading section.' }));
    }
    return out;
  },
});

export const upgradeSection = defineRule({
  id: 'plant.upgrade-section',
  title: { it: 'Potenziamento: conta solo la nuova sezione', en: 'Upgrade: only the new section counts' },
  citations: [{ page: 11, keyword: 'sezione potenziante' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      const s = p.upgradedSectionKw;
      if (s === undefined || s === null) continue;
      if (!(s > 0) || s > p.kWp) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(11),
          { it: `"${p.name}": potenza della sezione potenziante (${s} kW) non valida rispetto alla potenza totale ${fmtKw(p.kWp)}.`, en: `"${p.name}": upgrading-section power (${s} kW) is not valid against total power ${fmtKw(p.kWp)}.` },
          { it: 'Indicare la potenza della sola sezione aggiunta, maggiore di zero e non superiore al totale.', en: 'Enter the power of the added section only, above zero and not above the total.' }));
        continue;
      }
      if (!p.upgradedSectionCommissioningDate && p.commissioningDate) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(11),
          { it: `"${p.name}": data di entrata in esercizio della sezione potenziante non indicata; i requisiti di data si verificano su di essa.`, en: `"${p.name}": entry into operation of the upgrading section not recorded; the date requirements apply to it.` },
          { it: 'Indicare la data di entrata in esercizio della nuova sezione.', en: 'Enter the new section\'s entry-into-operation date.' }));
      }
      out.push(finding(this.id, 'info', 'plant', p.id, ro(11),
        { it: `"${p.name}" è un potenziamento: rilevano solo ${fmtKw(s)} della nuova sezione, che richiede sezione e UP dedicate su GAUDÌ e misura separata.`,
          en: `"${p.name}" is an upgrade: only the new section's ${fmtKw(s)} count; it needs its own GAUDÌ section and UP and separate metering.` },
        { it: 'Registrare su GAUDÌ la nuova sezione (SEZ) e l\'unità di produzione dedicata (UP).', en: 'Register the new section (SEZ) and a dedicated production unit (UP) on GAUDÌ.' }));
    }
    return out;
  },
});

export const maxPower = defineRule({
  id: 'plant.max-power',
  title: { it: 'Potenza fino a 1 MW per la tariffa incentivante', en: 'Power up to 1 MW for the incentive tariff' },
  citations: [{ page: 10, keyword: 'soglia di 1 MW' }],
  check(ctx) {
    const out: Finding[] = [];
    const limit = ctx.t.maxIncentivisedPlantKw;
    const plants = configuredPlants(ctx).filter(isIncentivisable);
    // Sections of the same source at the same connection point make one plant [RO p.10].
    const groups = new Map<string, RulesPlant[]>();
    for (const p of plants) {
      const key = normalisePod(p.pod) === '' ? `#${p.id}` : `${normalisePod(p.pod)}|${p.source}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const group of groups.values()) {
      const total = group.reduce((s, p) => s + countedPowerKw(p), 0);
      if (total <= limit) continue;
      for (const p of group) {
        const agg = group.length > 1;
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(10),
          agg
            ? { it: `"${p.name}" e gli altri impianti della stessa fonte sul POD ${p.pod} sommano ${fmtKw(total)} (> ${fmtKw(limit)}): solo contributo di valorizzazione.`,
                en: `"${p.name}" and the other same-source plants on POD ${p.pod} add up to ${fmtKw(total)} (> ${fmtKw(limit)}): valorisation only.` }
            : { it: `"${p.name}" ha ${fmtKw(total)} (> ${fmtKw(limit)}): riceve solo il contributo di valorizzazione, non la tariffa incentivante.`,
                en: `"${p.name}" has ${fmtKw(total)} (> ${fmtKw(limit)}): it gets valorisation only, no incentive tariff.` },
          { it: 'Ridurre la potenza sotto 1 MW per accedere alla tariffa.', en: 'Keep the power within 1 MW to get the tariff.' }));
      }
    }
    return out;
  },
});

export const existingPlant = defineRule({
  id: 'plant.existing',
  title: { it: 'Impianti esistenti: solo valorizzazione', en: 'Existing plants: valorisation only' },
  citations: [{ page: 10, keyword: 'impianti “esistenti” non accedono agli incentivi' }],
  check(ctx) {
    return configuredPlants(ctx).filter((p) => p.existing).map((p) =>
      finding(this.id, 'info', 'plant', p.id, ro(10),
        { it: `"${p.name}" è esistente: la sua energia conta per l'energia condivisa e la valorizzazione, non per la tariffa incentivante.`,
          en: `"${p.name}" is existing: its energy counts for shared energy and valorisation, not for the incentive tariff.` },
        { it: 'Nessuna azione; in una CER rispettare il limite del 30% di potenza esistente.', en: 'No action; in a CER keep existing power within 30%.' }));
  },
});

export const cerExistingShare = defineRule({
  id: 'cer.existing-power-share',
  title: { it: 'CER: impianti esistenti al massimo 30% della potenza', en: 'CER: existing plants at most 30% of power' },
  citations: [{ page: 10, keyword: '30%' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      if (ctx.typeOf(c) !== 'CER') continue;
      const plants = ctx.plantsOf(c.id);
      const total = plants.reduce((s, p) => s + countedPowerKw(p), 0);
      const existing = plants.filter((p) => p.existing && p.from42bisConfiguration !== true).reduce((s, p) => s + countedPowerKw(p), 0);
      if (total <= 0 || existing / total <= ctx.t.cerMaxExistingPowerShare + 1e-9) continue;
      const pct = Math.round((existing / total) * 1000) / 10;
      const max = Math.round(ctx.t.cerMaxExistingPowerShare * 100);
      out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(10),
        { it: `Nella configurazione "${c.name}" gli impianti esistenti sono ${fmtKw(existing)} su ${fmtKw(total)} (${pct}%), oltre il ${max}%.`,
          en: `In configuration "${c.name}" existing plants are ${fmtKw(existing)} of ${fmtKw(total)} (${pct}%), above ${max}%.` },
        { it: 'Aggiungere potenza nuova o togliere impianti esistenti.', en: 'Add new capacity or remove existing plants.' }));
    }
    return out;
  },
});

export const cerPlantAfterConstitution = defineRule({
  id: 'cer.plant-after-constitution',
  title: { it: 'CER: impianti in esercizio non prima della costituzione', en: 'CER: plants not in operation before the constitution' },
  citations: [{ page: 9, keyword: 'regolare costituzione della CER' }],
  check(ctx) {
    const out: Finding[] = [];
    const constituted = ctx.input.community.constitutionDate;
    const decree = ctx.t.cacerDecreeInForceDate;
    const portalDeadline = addDays(ctx.t.portalOpeningDate, ctx.t.filingWindowDays);
    for (const p of configuredPlants(ctx)) {
      const c = ctx.configById.get(p.configurationId as number);
      if (!c || ctx.typeOf(c) !== 'CER' || !isIncentivisable(p)) continue;
      const date = countedCommissioningDate(p);
      if (date === null || (constituted !== null && date >= constituted)) continue;
      const when = constituted === null
        ? { it: 'la CER non risulta ancora costituita', en: 'the CER is not constituted yet' }
        : { it: `la CER è stata costituita il ${fmtDate(constituted)}`, en: `the CER was constituted on ${fmtDate(constituted)}` };
      if (date < decree) {
        const documented = p.builtForCerDocumented === true;
        const late = c.filingDate ? c.filingDate > portalDeadline : false;
        // The pre-decree exception turns on documents and a deadline: tasks, not the plant's nature.
        out.push({ ...finding(this.id, documented && !late ? 'warning' : 'blocking', 'plant', p.id, ro(9),
          { it: `"${p.name}" è entrato in esercizio il ${fmtDate(date)} ma ${when.it}. Ammesso solo se entrato in esercizio prima del ${fmtDate(decree)}, con documenti firmati prima dell'entrata in esercizio che provino la realizzazione per una CER e richiesta entro il ${fmtDate(portalDeadline)}${documented ? '' : ' (documentazione non dichiarata)'}${late ? ' (richiesta oltre il termine)' : ''}.`,
            en: `"${p.name}" entered operation on ${fmtDate(date)} but ${when.en}. Allowed only because it predates ${fmtDate(decree)}, with documents signed before commissioning proving it was built for a CER and a request filed by ${fmtDate(portalDeadline)}${documented ? '' : ' (documentation not declared)'}${late ? ' (request filed late)' : ''}.` },
          { it: 'Raccogliere i documenti con firma a data certa anteriore all\'entrata in esercizio e rispettare il termine di 120 giorni dall\'apertura del portale.',
            en: 'Gather documents with certified signature dates before commissioning and meet the 120-day term from the portal opening.' }), effect: 'condition' });
      } else {
        // Not yet constituted and the plant not yet in operation: constituting first is a task.
        const stillPossible = constituted === null && ctx.today !== null && date > ctx.today;
        out.push({ ...finding(this.id, 'blocking', 'plant', p.id, ro(9),
          { it: `"${p.name}" è entrato in esercizio il ${fmtDate(date)} ma ${when.it}: non accede alla tariffa incentivante.`,
            en: `"${p.name}" entered operation on ${fmtDate(date)} but ${when.en}: it gets no incentive tariff.` },
          { it: 'Gli impianti devono entrare in esercizio dopo la costituzione della CER (statuto conforme al §1.2.2.2).',
            en: 'Plants must enter operation after the CER is constituted (statute meeting §1.2.2.2).' }), effect: stillPossible ? 'condition' : 'excludes' });
      }
    }
    return out;
  },
});

export const capitalGrantShare = defineRule({
  id: 'plant.capital-grant-share',
  title: { it: 'Contributi in conto capitale al massimo 40%', en: 'Capital grants at most 40%' },
  citations: [{ page: 16, keyword: 'maggiore del 40%' }],
  check(ctx) {
    return configuredPlants(ctx).filter((p) => p.grantShare > ctx.t.maxCapitalGrantShare + 1e-9).map((p) =>
      finding(this.id, 'blocking', 'plant', p.id, ro(16),
        { it: `"${p.name}" ha contributi in conto capitale pari al ${Math.round(p.grantShare * 100)}%: oltre il ${Math.round(ctx.t.maxCapitalGrantShare * 100)}% la tariffa non è cumulabile.`,
          en: `"${p.name}" has capital grants of ${Math.round(p.grantShare * 100)}%: above ${Math.round(ctx.t.maxCapitalGrantShare * 100)}% the tariff cannot be combined.` },
        { it: 'Rinunciare alla quota di contributo eccedente o alla tariffa incentivante.', en: 'Give up the excess grant or the incentive tariff.' }));
  },
});

export const plantNetMetering = defineRule({
  id: 'plant.net-metering',
  title: { it: 'Impianti in Scambio sul Posto', en: 'Plants under net metering' },
  citations: [
    { page: 33, keyword: 'chiusura della convenzione di scambio sul posto' },
    { page: 12, keyword: 'scambio sul posto' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      if (p.netMetering !== true) continue;
      if (isUpgrade(p)) {
        out.push(finding(this.id, 'info', 'plant', p.id, ro(12),
          { it: `"${p.name}": la sezione esistente può restare in Scambio sul Posto; la sezione potenziante richiede una UP dedicata.`, en: `"${p.name}": the existing section may keep net metering; the upgrading section needs a dedicated UP.` },
          { it: 'Costituire una UP dedicata alla nuova sezione.', en: 'Create a dedicated UP for the new section.' }));
      } else {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(33),
          { it: `"${p.name}" è in Scambio sul Posto: entra nella configurazione solo dopo la chiusura della convenzione.`, en: `"${p.name}" is under net metering: it joins the configuration only after the agreement is closed.` },
          { it: 'Chiudere la convenzione di Scambio sul Posto; il servizio decorre dal giorno successivo.', en: 'Close the net-metering agreement; the service starts after that date.' }));
      }
    }
    return out;
  },
});

const THIRD_PARTY_PAGE = { CER: 18, AUC: 20, AID: 22 } as const;

export const thirdPartyProducer = defineRule({
  id: 'plant.third-party-producer',
  title: { it: 'Produttori terzi: mandato al Referente', en: 'Third-party producers: mandate to the Referent' },
  citations: [
    { page: 18, keyword: 'conferire mandato al referente' },
    { page: 20, keyword: 'conferire mandato al referente' },
    { page: 22, keyword: 'conferiscono mandato al referente' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      if (p.ownerMemberId !== null) continue;
      const c = ctx.configById.get(p.configurationId as number);
      if (!c) continue;
      const page = THIRD_PARTY_PAGE[ctx.typeOf(c)];
      const named = p.thirdPartyProducer.trim() !== '';
      out.push(finding(this.id, named ? 'info' : 'warning', 'plant', p.id, ro(page),
        named
          ? { it: `"${p.name}" è di un produttore terzo (${p.thirdPartyProducer}): serve il suo mandato al Referente.`, en: `"${p.name}" belongs to a third-party producer (${p.thirdPartyProducer}): its mandate to the Referent is needed.` }
          : { it: `"${p.name}" non ha né un membro proprietario né un produttore terzo indicato.`, en: `"${p.name}" has neither an owning member nor a named third-party producer.` },
        { it: 'Indicare il produttore e raccogliere il mandato al Referente.', en: 'Name the producer and collect its mandate to the Referent.' }));
    }
    return out;
  },
});

export const PLANT_RULES = [
  renewableSource, commissioningDate, upgradeSection, maxPower, existingPlant, cerExistingShare,
  cerPlantAfterConstitution, capitalGrantShare, plantNetMetering, thirdPartyProducer,
];
