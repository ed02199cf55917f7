/** PNRR capital grant (M2C2 I1.2) requirements [RO Part III, pp.47–55]. */
import type { RuleContext } from '../context';
import { addMonths, fmtDate } from '../dates';
import { countedCommissioningDate, countedPowerKw } from '../plant-power';
import { defineRule, finding, fmtKw, ro, sameText } from '../rule';
import type { Finding, Message, RulesConfiguration, RulesPlant } from '../types';

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
  title: { code: 'rules.pnrr.configuration-type.title' },
  citations: [{ page: 5, keyword: 'ammesse ai benefici della misura pnrr' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const { plant: p, config } of pnrrPlants(ctx)) {
      const type = config ? ctx.typeOf(config) : null;
      if (type !== null && ctx.t.pnrrConfigurationTypes.includes(type)) continue;
      out.push(finding(this.id, 'blocking', 'plant', p.id, ro(5),
        type === null
          ? { code: 'rules.pnrr.configuration-type.requests-pnrr-grant-but', params: { name: p.name } }
          : { code: 'rules.pnrr.configuration-type.requests-pnrr-grant-configuration', params: { name: p.name, type, value: ctx.t.pnrrConfigurationTypes.join(', ') } },
        { code: 'rules.pnrr.configuration-type.put-plant-cer-collective' }));
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
  title: { code: 'rules.pnrr.municipality-population.title' },
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
          { code: 'rules.pnrr.municipality-population.population-municipality-unknown-pnrr', params: { name: p.name, town, ro5k } },
          { code: 'rules.pnrr.municipality-population.enter-istat-population-plant' }));
      } else if (pop >= dm127 || (pop >= ro5k && !useDm127)) {
        const note: Message | '' = pop < dm127
          ? { code: 'rules.pnrr.municipality-population.dm-reportedly-raised-limit', params: { dm127 } }
          : '';
        out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { code: 'rules.pnrr.municipality-population.inhabitants-pnrr-grant-requires', params: { town, pop, value: useDm127 ? dm127 : ro5k, note } },
          { code: 'rules.pnrr.municipality-population.drop-pnrr-grant-plant' }));
      } else if (pop >= ro5k) {
        out.push(finding(this.id, 'warning', 'plant', p.id, dmSource,
          { code: 'rules.pnrr.municipality-population.inhabitants-eligible-under-limit', params: { town, pop, dm127, ro5k } },
          { code: 'rules.pnrr.municipality-population.check-text-force-dm' }));
      }
    }
    return out;
  },
});

export const pnrrPlantRequirements = defineRule({
  id: 'pnrr.plant-requirements',
  title: { code: 'rules.pnrr.plant-requirements.title' },
  citations: [{ page: 47, keyword: 'potenza non superiore a 1 mw' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const { plant: p } of pnrrPlants(ctx)) {
      const kw = countedPowerKw(p);
      if (p.existing) {
        out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { code: 'rules.pnrr.plant-requirements.existing-pnrr-grant-new', params: { name: p.name } },
          { code: 'rules.pnrr.plant-requirements.drop-grant-record-upgrade' }));
      }
      if (kw > ctx.t.pnrrMaxPlantKw) {
        out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { code: 'rules.pnrr.plant-requirements.pnrr-grant-allows-most', params: { name: p.name, kw: fmtKw(kw), pnrrMaxPlantKw: fmtKw(ctx.t.pnrrMaxPlantKw) } },
          { code: 'rules.pnrr.plant-requirements.reduce-power-drop-grant' }));
      }
    }
    return out;
  },
});

export const pnrrApplicationWindow = defineRule({
  id: 'pnrr.application-window',
  title: { code: 'rules.pnrr.application-window.title' },
  citations: [{ page: 51, keyword: 'chiuso improrogabilmente il 31 marzo 2025' }],
  check(ctx) {
    const out: Finding[] = [];
    const deadline = ctx.t.pnrrApplicationDeadline;
    for (const { plant: p } of pnrrPlants(ctx)) {
      const applied = p.pnrrApplicationDate ?? null;
      if (applied !== null ? applied <= deadline : ctx.today === null || ctx.today <= deadline) continue;
      out.push(finding(this.id, applied !== null ? 'blocking' : 'warning', 'plant', p.id, ro(51),
        applied !== null
          ? { code: 'rules.pnrr.application-window.pnrr-application-dated-after', params: { name: p.name, applied: fmtDate(applied), deadline: fmtDate(deadline) } }
          : { code: 'rules.pnrr.application-window.pnrr-window-closed-operating', params: { deadline: fmtDate(deadline), name: p.name } },
        { code: 'rules.pnrr.application-window.check-later-extensions-e' }));
    }
    return out;
  },
});

export const pnrrCommissioning = defineRule({
  id: 'pnrr.commissioning-deadline',
  title: { code: 'rules.pnrr.commissioning-deadline.title' },
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
          ? { code: 'rules.pnrr.commissioning-deadline.enters-operation-after-pnrr', params: { name: p.name, date: fmtDate(date), deadline: fmtDate(deadline) } }
          : { code: 'rules.pnrr.commissioning-deadline.operation-pnrr-deadline-passed', params: { name: p.name, deadline: fmtDate(deadline) } },
        { code: 'rules.pnrr.commissioning-deadline.bring-commissioning-forward-check' }));
    }
    return out;
  },
});

export const pnrrFinalRequest = defineRule({
  id: 'pnrr.final-request-deadline',
  title: { code: 'rules.pnrr.final-request-deadline.title' },
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
        { code: 'rules.pnrr.final-request-deadline.configuration-pnrr-plants-tariff', params: { name: c.name, deadline: fmtDate(deadline), filed: filed ? { code: 'rules.pnrr.final-request-deadline.filed-on', params: { date: fmtDate(filed) } } : { code: 'rules.pnrr.final-request-deadline.not-filed' } } },
        { code: 'rules.pnrr.final-request-deadline.file-access-request-balance' }));
    }
    return out;
  },
});

export const pnrrWorksAfterApplication = defineRule({
  id: 'pnrr.works-after-application',
  title: { code: 'rules.pnrr.works-after-application.title' },
  citations: [{ page: 47, keyword: 'avvio lavori successiva alla data di presentazione della domanda' }],
  check(ctx) {
    return pnrrPlants(ctx)
      .filter(({ plant: p }) => p.worksStartDate && p.pnrrApplicationDate && p.worksStartDate <= p.pnrrApplicationDate)
      .map(({ plant: p }) =>
        finding(this.id, 'blocking', 'plant', p.id, ro(47),
          { code: 'rules.pnrr.works-after-application.works-started-after-pnrr', params: { name: p.name, worksStartDate: fmtDate(p.worksStartDate!), pnrrApplicationDate: fmtDate(p.pnrrApplicationDate!) } },
          { code: 'rules.pnrr.works-after-application.grant-requires-works-start' }));
  },
});

export const pnrrConstitutedBeforeApplication = defineRule({
  id: 'pnrr.constituted-before-application',
  title: { code: 'rules.pnrr.constituted-before-application.title' },
  citations: [{ page: 47, keyword: 'dovranno essere già stati costituiti' }],
  check(ctx) {
    const out: Finding[] = [];
    const constituted = ctx.input.community.constitutionDate;
    for (const { plant: p } of pnrrPlants(ctx)) {
      const applied = p.pnrrApplicationDate ?? null;
      if (applied === null || (constituted !== null && constituted <= applied)) continue;
      out.push(finding(this.id, 'blocking', 'plant', p.id, ro(47),
        { code: 'rules.pnrr.constituted-before-application.pnrr-application-dated', params: { name: p.name, applied: fmtDate(applied), when: constituted ? { code: 'rules.pnrr.constituted-before-application.before-constitution', params: { date: fmtDate(constituted) } } : { code: 'rules.pnrr.constituted-before-application.no-constitution-date' } } },
        { code: 'rules.pnrr.constituted-before-application.constitute-cer-sign-group' }));
    }
    return out;
  },
});

export const PNRR_RULES = [
  pnrrConfigurationType, pnrrPopulation, pnrrPlantRequirements, pnrrApplicationWindow,
  pnrrCommissioning, pnrrFinalRequest, pnrrWorksAfterApplication, pnrrConstitutedBeforeApplication,
];
