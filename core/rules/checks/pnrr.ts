/** PNRR capital grant (M2C2 I1.2) requirements [RO Part III, pp.47–55]. */
import type { RuleContext } from '../context';
import { addMonths, fmtDate } from '../dates';
import { countedCommissioningDate, countedPowerKw } from '../plant-power';
import { defineRule, finding, fmtKw, ro, sameText } from '../rule';
import type { Finding, RulesConfiguration, RulesPlant } from '../types';

interface PnrrPlant {
  plant: RulesPlant;
  config: RulesConfiguration | undefined;
}

function pnrrPlants(ctx: RuleContext): PnrrPlant[] {
  return ctx.input.plants
    .filter((p) => p.pnrrGrant === true)
    .map((p) => ({ plant: p, config: p.configurationId === null ? undefined : ctx.configById.get(p.configurationId) }));
}

export const pnrrConfigurationType = defineRule({
  id: 'pnrr.configuration-type',
  title: { it: 'PNRR: solo CER e gruppi di autoconsumatori', en: 'PNRR: CER and collective self-consumers only' },
  citations: [{ page: 5, keyword: 'ammesse ai benefici della misura pnrr' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const { plant: p, config } of pnrrPlants(ctx)) {
      const type = config ? ctx.typeOf(config) : null;
      if (type !== null && ctx.t.pnrrConfigurationTypes.includes(type)) continue;
      out.push(finding(this.id, 'blocking', 'plant', p.id, ro(5),
        type === null
          ? { it: `"${p.name}" chiede il contributo PNRR ma non è in una configurazione.`, en: `"${p.name}" requests the PNRR grant but is not in a configuration.` }
          : { it: `"${p.name}" chiede il contributo PNRR in una configurazione ${type}: ammesse solo ${ctx.t.pnrrConfigurationTypes.join(', ')}.`, en: `"${p.name}" requests the PNRR grant in a ${type} configuration: only ${ctx.t.pnrrConfigurationTypes.join(', ')} are admitted.` },
        { it: 'Inserire l\'impianto in una CER o in un gruppo di autoconsumatori, o rinunciare al contributo.', en: 'Put the plant in a CER or collective self-consumption group, or drop the grant.' }));
    }
    return out;
  },
});

function populationOf(ctx: RuleContext, p: RulesPlant): number | null {
  if (typeof p.municipalityPopulation === 'number') return p.municipalityPopulation;
  const c = ctx.input.community;
  const sameTown = !p.municipality || sameText(p.municipality, c.municipality);
  return sameTown && typeof c.municipalityPopulation === 'number' ? c.municipalityPopulation : null;
}

export const pnrrPopulation = defineRule({
  id: 'pnrr.municipality-population',
  title: { it: 'PNRR: Comune sotto la soglia di abitanti', en: 'PNRR: municipality below the population threshold' },
  citations: [{ page: 47, keyword: '5.000 abitanti' }],
  check(ctx) {
    const out: Finding[] = [];
    const ro5k = ctx.t.pnrrMunicipalityPopulationBelow;
    const dm127 = ctx.t.pnrrMunicipalityPopulationBelowDm127;
    const useDm127 = ctx.options.pnrrPopulationLimit === 'dm127';
    const dmSource = ctx.thresholds.meta.pnrrMunicipalityPopulationBelowDm127.source;
    for (const { plant: p } of pnrrPlants(ctx)) {
      const pop = populationOf(ctx, p);
      const town = p.municipality || ctx.input.community.municipality;
      if (pop === null) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(47),
          { it: `Popolazione del Comune di "${p.name}" (${town}) non nota: il contributo PNRR richiede meno di ${ro5k} abitanti (dati ISTAT alla domanda).`,
            en: `Population of the municipality of "${p.name}" (${town}) unknown: the PNRR grant requires fewer than ${ro5k} inhabitants (ISTAT data at application).` },
          { it: 'Indicare la popolazione ISTAT del Comune dell\'impianto.', en: 'Enter the ISTAT population of the plant\'s municipality.' }));
      } else if (pop >= dm127 || (pop >= ro5k && !useDm127)) {
        const note = pop < dm127
          ? { it: ` Il DM 127/2025 avrebbe innalzato la soglia a ${dm127} (fonte secondaria, da verificare).`, en: ` DM 127/2025 reportedly raised the limit to ${dm127} (secondary source, verify).` }
          : { it: '', en: '' };
        out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { it: `${town} ha ${pop} abitanti: il contributo PNRR richiede un Comune con meno di ${useDm127 ? dm127 : ro5k} abitanti.${note.it}`,
            en: `${town} has ${pop} inhabitants: the PNRR grant requires a municipality below ${useDm127 ? dm127 : ro5k}.${note.en}` },
          { it: 'Rinunciare al contributo PNRR per questo impianto.', en: 'Drop the PNRR grant for this plant.' }));
      } else if (pop >= ro5k) {
        out.push(finding(this.id, 'warning', 'plant', p.id, dmSource,
          { it: `${town} ha ${pop} abitanti: ammesso solo con la soglia di ${dm127} del DM 127/2025 (fonte secondaria; le Regole Operative indicano ${ro5k}).`,
            en: `${town} has ${pop} inhabitants: eligible only under the ${dm127} limit of DM 127/2025 (secondary source; the operating rules say ${ro5k}).` },
          { it: 'Verificare il testo vigente del DM 127/2025 e dell\'avviso GSE.', en: 'Check the text in force of DM 127/2025 and the GSE notice.' }));
      }
    }
    return out;
  },
});

export const pnrrPlantRequirements = defineRule({
  id: 'pnrr.plant-requirements',
  title: { it: 'PNRR: impianto nuovo o potenziato, fino a 1 MW', en: 'PNRR: new or upgraded plant, up to 1 MW' },
  citations: [{ page: 47, keyword: 'potenza non superiore a 1 mw' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const { plant: p } of pnrrPlants(ctx)) {
      const kw = countedPowerKw(p);
      if (p.existing) {
        out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { it: `"${p.name}" è esistente: il contributo PNRR spetta solo a nuove costruzioni o potenziamenti.`, en: `"${p.name}" is existing: the PNRR grant is for new builds or upgrades only.` },
          { it: 'Rinunciare al contributo o registrare il potenziamento come nuova sezione.', en: 'Drop the grant or record the upgrade as a new section.' }));
      }
      if (kw > ctx.t.pnrrMaxPlantKw) {
        out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { it: `"${p.name}" ha ${fmtKw(kw)}: il contributo PNRR richiede al massimo ${fmtKw(ctx.t.pnrrMaxPlantKw)}.`, en: `"${p.name}" has ${fmtKw(kw)}: the PNRR grant allows at most ${fmtKw(ctx.t.pnrrMaxPlantKw)}.` },
          { it: 'Ridurre la potenza o rinunciare al contributo.', en: 'Reduce the power or drop the grant.' }));
      }
    }
    return out;
  },
});

export const pnrrApplicationWindow = defineRule({
  id: 'pnrr.application-window',
  title: { it: 'PNRR: sportello aperto fino al 31/03/2025', en: 'PNRR: window open until 31/03/2025' },
  citations: [{ page: 51, keyword: 'chiuso improrogabilmente il 31 marzo 2025' }],
  check(ctx) {
    const out: Finding[] = [];
    const deadline = ctx.t.pnrrApplicationDeadline;
    for (const { plant: p } of pnrrPlants(ctx)) {
      const applied = p.pnrrApplicationDate ?? null;
      if (applied !== null ? applied <= deadline : ctx.today === null || ctx.today <= deadline) continue;
      out.push(finding(this.id, applied !== null ? 'blocking' : 'warning', 'plant', p.id, ro(51),
        applied !== null
          ? { it: `Domanda PNRR di "${p.name}" del ${fmtDate(applied)}, dopo la chiusura dello sportello (${fmtDate(deadline)}).`, en: `PNRR application of "${p.name}" dated ${fmtDate(applied)}, after the window closed (${fmtDate(deadline)}).` }
          : { it: `Lo sportello PNRR si è chiuso il ${fmtDate(deadline)} secondo le Regole Operative e per "${p.name}" non risulta domanda.`, en: `The PNRR window closed on ${fmtDate(deadline)} per the operating rules and "${p.name}" has no application recorded.` },
        { it: 'Verificare eventuali proroghe successive (es. DM 127/2025) o rinunciare al contributo.', en: 'Check later extensions (e.g. DM 127/2025) or drop the grant.' }));
    }
    return out;
  },
});

export const pnrrCommissioning = defineRule({
  id: 'pnrr.commissioning-deadline',
  title: { it: 'PNRR: esercizio entro 18 mesi dall\'ammissione e non oltre il 30/06/2026', en: 'PNRR: in operation within 18 months of admission and by 30/06/2026' },
  citations: [{ page: 47, keyword: 'entrare in esercizio entro diciotto mesi' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const { plant: p } of pnrrPlants(ctx)) {
      let deadline = ctx.t.pnrrCommissioningDeadline;
      if (p.pnrrAdmissionDate) {
        const byAdmission = addMonths(p.pnrrAdmissionDate, ctx.t.pnrrCommissioningMonthsFromAdmission);
        if (byAdmission < deadline) deadline = byAdmission;
      }
      const date = countedCommissioningDate(p);
      const late = date !== null ? date > deadline : ctx.today !== null && ctx.today > deadline;
      if (!late) continue;
      out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
        date !== null
          ? { it: `"${p.name}" entra in esercizio il ${fmtDate(date)}, oltre il termine PNRR del ${fmtDate(deadline)}.`, en: `"${p.name}" enters operation on ${fmtDate(date)}, after the PNRR deadline of ${fmtDate(deadline)}.` }
          : { it: `"${p.name}" non è in esercizio e il termine PNRR del ${fmtDate(deadline)} è passato.`, en: `"${p.name}" is not in operation and the PNRR deadline of ${fmtDate(deadline)} has passed.` },
        { it: 'Anticipare l\'entrata in esercizio o verificare proroghe successive.', en: 'Bring commissioning forward or check later extensions.' }));
    }
    return out;
  },
});

export const pnrrFinalRequest = defineRule({
  id: 'pnrr.final-request-deadline',
  title: { it: 'PNRR: saldo e richiesta tariffa entro il 31/08/2026', en: 'PNRR: balance and tariff request by 31/08/2026' },
  citations: [{ page: 55, keyword: '31 agosto 2026' }],
  check(ctx) {
    const out: Finding[] = [];
    const deadline = ctx.t.pnrrFinalRequestDeadline;
    const seen = new Set<number>();
    for (const { config: c } of pnrrPlants(ctx)) {
      if (!c || seen.has(c.id)) continue;
      seen.add(c.id);
      const filed = c.filingDate ?? null;
      const late = filed !== null ? filed > deadline : ctx.today !== null && ctx.today > deadline;
      if (!late) continue;
      out.push(finding(this.id, filed !== null ? 'blocking' : 'warning', 'configuration', c.id, ro(55),
        { it: `Configurazione "${c.name}" con impianti PNRR: la richiesta di accesso alla tariffa va inviata entro il ${fmtDate(deadline)}${filed ? ` (indicata il ${fmtDate(filed)})` : ' (non ancora inviata)'}.`,
          en: `Configuration "${c.name}" with PNRR plants: the tariff access request is due by ${fmtDate(deadline)}${filed ? ` (recorded ${fmtDate(filed)})` : ' (not filed yet)'}.` },
        { it: 'Inviare la richiesta di accesso e la domanda di saldo entro il termine.', en: 'File the access request and the balance request in time.' }));
    }
    return out;
  },
});

export const pnrrWorksAfterApplication = defineRule({
  id: 'pnrr.works-after-application',
  title: { it: 'PNRR: avvio lavori dopo la domanda', en: 'PNRR: works start after the application' },
  citations: [{ page: 47, keyword: 'avvio lavori successiva alla data di presentazione della domanda' }],
  check(ctx) {
    return pnrrPlants(ctx)
      .filter(({ plant: p }) => p.worksStartDate && p.pnrrApplicationDate && p.worksStartDate <= p.pnrrApplicationDate)
      .map(({ plant: p }) =>
        finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { it: `Lavori di "${p.name}" avviati il ${fmtDate(p.worksStartDate!)}, non dopo la domanda PNRR del ${fmtDate(p.pnrrApplicationDate!)}.`,
            en: `Works on "${p.name}" started on ${fmtDate(p.worksStartDate!)}, not after the PNRR application of ${fmtDate(p.pnrrApplicationDate!)}.` },
          { it: 'Il contributo richiede l\'avvio dei lavori dopo la domanda; le spese precedenti non sono ammissibili.', en: 'The grant requires works to start after the application; earlier costs are not eligible.' }));
  },
});

export const pnrrConstitutedBeforeApplication = defineRule({
  id: 'pnrr.constituted-before-application',
  title: { it: 'PNRR: CER o gruppo già costituiti alla domanda', en: 'PNRR: CER or group already constituted at application' },
  citations: [{ page: 47, keyword: 'dovranno essere già stati costituiti' }],
  check(ctx) {
    const out: Finding[] = [];
    const constituted = ctx.input.community.constitutionDate;
    for (const { plant: p } of pnrrPlants(ctx)) {
      const applied = p.pnrrApplicationDate ?? null;
      if (applied === null || (constituted !== null && constituted <= applied)) continue;
      out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
        { it: `Domanda PNRR di "${p.name}" del ${fmtDate(applied)} ${constituted ? `anteriore alla costituzione (${fmtDate(constituted)})` : 'senza data di costituzione'}.`,
          en: `PNRR application of "${p.name}" dated ${fmtDate(applied)} ${constituted ? `before the constitution (${fmtDate(constituted)})` : 'with no constitution date'}.` },
        { it: 'Costituire la CER (o firmare il contratto del gruppo) prima della domanda.', en: 'Constitute the CER (or sign the group contract) before applying.' }));
    }
    return out;
  },
});

export const PNRR_RULES = [
  pnrrConfigurationType, pnrrPopulation, pnrrPlantRequirements, pnrrApplicationWindow,
  pnrrCommissioning, pnrrFinalRequest, pnrrWorksAfterApplication, pnrrConstitutedBeforeApplication,
];
