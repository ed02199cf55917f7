/** Plant requirements for the incentive tariff [RO §1.2.1.2, pp.9–12; §1.2.1.6 pp.15–16]. */
import type { RuleContext } from '../context';
import { addDays, fmtDate } from '../dates';
import { countedCommissioningDate, countedPowerKw, isIncentivisable, isUpgrade } from '../plant-power';
import { defineRule, finding, fmtKw, ro } from '../rule';
import type { Finding, Message, RulesPlant } from '../types';
import { normalisePod } from '../../model/pod';
import { plantSourceName } from '../../model/entity-names';

export function configuredPlants(ctx: RuleContext): RulesPlant[] {
  return ctx.input.plants.filter((p) => p.configurationId !== null && ctx.configById.has(p.configurationId));
}

export const renewableSource = defineRule({
  id: 'plant.renewable-source',
  title: { code: 'rules.plant.renewable-source.title' },
  citations: [{ page: 9, keyword: 'fonti rinnovabili' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      if (p.hybrid === true) {
        out.push({ ...finding(this.id, 'blocking', 'plant', p.id, ro(9),
          { code: 'rules.plant.renewable-source.hybrid-plant-part-cer', params: { name: p.name } },
          { code: 'rules.plant.renewable-source.leave-plant-out-configuration' }), effect: 'excludes' });
      } else if (!ctx.t.renewableSources.includes(p.source)) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(9),
          { code: 'rules.plant.renewable-source.source-specific-renewable-defined', params: { name: p.name, source: plantSourceName(p.source) } },
          { code: 'rules.plant.renewable-source.confirm-source-renewable-biomass' }));
      }
    }
    return out;
  },
});

export const commissioningDate = defineRule({
  id: 'plant.commissioning-date',
  title: { code: 'rules.plant.commissioning-date.title' },
  citations: [{ page: 9, keyword: '16 dicembre 2021' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      const date = countedCommissioningDate(p);
      if (!isIncentivisable(p) || date === null || date >= ctx.t.minCommissioningDate) continue;
      out.push(finding(this.id, 'blocking', 'plant', p.id, ro(9),
        { code: 'rules.plant.commissioning-date.entered-operation-before-gets', params: { name: p.name, date: fmtDate(date), minCommissioningDate: fmtDate(ctx.t.minCommissioningDate) } },
        { code: 'rules.plant.commissioning-date.mark-existing-valorisation-record' }));
    }
    return out;
  },
});

export const upgradeSection = defineRule({
  id: 'plant.upgrade-section',
  title: { code: 'rules.plant.upgrade-section.title' },
  citations: [{ page: 11, keyword: 'sezione potenziante' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const p of configuredPlants(ctx)) {
      const s = p.upgradedSectionKw;
      if (s === undefined || s === null) continue;
      if (!(s > 0) || s > p.kWp) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(11),
          { code: 'rules.plant.upgrade-section.upgrading-section-power-kw', params: { name: p.name, s, kWp: fmtKw(p.kWp) } },
          { code: 'rules.plant.upgrade-section.enter-power-added-section' }));
        continue;
      }
      if (!p.upgradedSectionCommissioningDate && p.commissioningDate) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(11),
          { code: 'rules.plant.upgrade-section.entry-into-operation-upgrading', params: { name: p.name } },
          { code: 'rules.plant.upgrade-section.enter-new-section-s' }));
      }
      out.push(finding(this.id, 'info', 'plant', p.id, ro(11),
        { code: 'rules.plant.upgrade-section.upgrade-new-section-s', params: { name: p.name, s: fmtKw(s) } },
        { code: 'rules.plant.upgrade-section.register-new-section-sez' }));
    }
    return out;
  },
});

export const maxPower = defineRule({
  id: 'plant.max-power',
  title: { code: 'rules.plant.max-power.title' },
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
            ? { code: 'rules.plant.max-power.other-same-source-plants', params: { name: p.name, pod: p.pod, total: fmtKw(total), limit: fmtKw(limit) } }
            : { code: 'rules.plant.max-power.gets-valorisation-incentive-tariff', params: { name: p.name, total: fmtKw(total), limit: fmtKw(limit) } },
          { code: 'rules.plant.max-power.keep-power-within-mw' }));
      }
    }
    return out;
  },
});

export const existingPlant = defineRule({
  id: 'plant.existing',
  title: { code: 'rules.plant.existing.title' },
  citations: [{ page: 10, keyword: 'impianti “esistenti” non accedono agli incentivi' }],
  check(ctx) {
    return configuredPlants(ctx).filter((p) => p.existing).map((p) =>
      finding(this.id, 'info', 'plant', p.id, ro(10),
        { code: 'rules.plant.existing.existing-energy-counts-shared', params: { name: p.name } },
        { code: 'rules.plant.existing.action-cer-keep-existing' }));
  },
});

export const cerExistingShare = defineRule({
  id: 'cer.existing-power-share',
  title: { code: 'rules.cer.existing-power-share.title' },
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
        { code: 'rules.cer.existing-power-share.configuration-existing-plants-above', params: { name: c.name, existing: fmtKw(existing), total: fmtKw(total), pct, max } },
        { code: 'rules.cer.existing-power-share.add-new-capacity-remove' }));
    }
    return out;
  },
});

export const cerPlantAfterConstitution = defineRule({
  id: 'cer.plant-after-constitution',
  title: { code: 'rules.cer.plant-after-constitution.title' },
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
      const when: Message = constituted === null
        ? { code: 'rules.cer.plant-after-constitution.cer-constituted-yet' }
        : { code: 'rules.cer.plant-after-constitution.cer-was-constituted', params: { constituted: fmtDate(constituted) } };
      if (date < decree) {
        const documented = p.builtForCerDocumented === true;
        const late = c.filingDate ? c.filingDate > portalDeadline : false;
        // The pre-decree exception turns on documents and a deadline: tasks, not the plant's nature.
        out.push({ ...finding(this.id, documented && !late ? 'warning' : 'blocking', 'plant', p.id, ro(9),
          { code: 'rules.cer.plant-after-constitution.entered-operation-but-allowed', params: { name: p.name, date: fmtDate(date), when, decree: fmtDate(decree), portalDeadline: fmtDate(portalDeadline), undocumented: documented ? '' : { code: 'rules.cer.plant-after-constitution.undocumented' }, late: late ? { code: 'rules.cer.plant-after-constitution.late' } : '' } },
          { code: 'rules.cer.plant-after-constitution.gather-documents-certified-signature' }), effect: 'condition' });
      } else {
        // Not yet constituted and the plant not yet in operation: constituting first is a task.
        const stillPossible = constituted === null && ctx.today !== null && date > ctx.today;
        out.push({ ...finding(this.id, 'blocking', 'plant', p.id, ro(9),
          { code: 'rules.cer.plant-after-constitution.entered-operation-but-gets', params: { name: p.name, date: fmtDate(date), when } },
          { code: 'rules.cer.plant-after-constitution.plants-enter-operation-after' }), effect: stillPossible ? 'condition' : 'excludes' });
      }
    }
    return out;
  },
});

export const capitalGrantShare = defineRule({
  id: 'plant.capital-grant-share',
  title: { code: 'rules.plant.capital-grant-share.title' },
  citations: [{ page: 16, keyword: 'maggiore del 40%' }],
  check(ctx) {
    return configuredPlants(ctx).filter((p) => p.grantShare > ctx.t.maxCapitalGrantShare + 1e-9).map((p) =>
      finding(this.id, 'blocking', 'plant', p.id, ro(16),
        { code: 'rules.plant.capital-grant-share.capital-grants-above-tariff', params: { name: p.name, value: Math.round(p.grantShare * 100), value2: Math.round(ctx.t.maxCapitalGrantShare * 100) } },
        { code: 'rules.plant.capital-grant-share.give-up-excess-grant' }));
  },
});

export const plantNetMetering = defineRule({
  id: 'plant.net-metering',
  title: { code: 'rules.plant.net-metering.title' },
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
          { code: 'rules.plant.net-metering.existing-section-may-keep', params: { name: p.name } },
          { code: 'rules.plant.net-metering.create-dedicated-up-new' }));
      } else {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(33),
          { code: 'rules.plant.net-metering.under-net-metering-joins', params: { name: p.name } },
          { code: 'rules.plant.net-metering.close-net-metering-agreement' }));
      }
    }
    return out;
  },
});

const THIRD_PARTY_PAGE = { CER: 18, AUC: 20, AID: 22 } as const;

export const thirdPartyProducer = defineRule({
  id: 'plant.third-party-producer',
  title: { code: 'rules.plant.third-party-producer.title' },
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
          ? { code: 'rules.plant.third-party-producer.belongs-third-party-producer', params: { name: p.name, thirdPartyProducer: p.thirdPartyProducer } }
          : { code: 'rules.plant.third-party-producer.neither-owning-member-nor', params: { name: p.name } },
        { code: 'rules.plant.third-party-producer.name-producer-collect-mandate' }));
    }
    return out;
  },
});

export const PLANT_RULES = [
  renewableSource, commissioningDate, upgradeSection, maxPower, existingPlant, cerExistingShare,
  cerPlantAfterConstitution, capitalGrantShare, plantNetMetering, thirdPartyProducer,
];
