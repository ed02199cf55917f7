/**
 * The optional rule fields a project keeps beside its entities (the extra inputs of
 * RulesProjectInput: net metering, declared firm in difficulty, building, PNRR dates, the
 * configuration's Referent…), with their kinds, bilingual labels and the validation of an
 * edit. Pure: shared by the API (before anything is written) and by the renderer (the form).
 */
import { COMMUNITY_TYPES } from '../model/entities';
import type { Message } from '../model/messages';
import type { EntityKind, ReferentKind } from './types';

export type RuleFieldKind = 'boolean' | 'text' | 'date' | 'number' | 'integer' | 'choice' | 'referent';

export interface RuleFieldSpec {
  key: string;
  kind: RuleFieldKind;
  label: Message;
  /** For kind 'choice'. */
  options?: readonly string[];
  /** Rule ids that read this field (shown as help). */
  rules: string[];
}

/** A stored set of rule fields of one entity (absent key = not declared). */
export type RuleFieldValues = Record<string, unknown>;

export const REFERENT_KINDS: readonly ReferentKind[] = [
  'community',
  'member',
  'third_party_producer',
  'condominium_administrator',
  'building_representative',
  'consortium',
];

export const PNRR_POPULATION_LIMITS = ['ro', 'dm127'] as const;
export type PnrrPopulationLimit = (typeof PNRR_POPULATION_LIMITS)[number];

const f = (key: string, kind: RuleFieldKind, label: Message, rules: string[], options?: readonly string[]): RuleFieldSpec => ({
  key,
  kind,
  label,
  rules,
  ...(options ? { options } : {}),
});

const AREA_FIELD = () =>
  f('declaredSubstationCode', 'text', { code: 'rules.field.declared-substation-code' }, ['point.substation-area']);

/** Every rule field, per entity kind, in form order. */
export const RULE_FIELDS: Record<EntityKind, readonly RuleFieldSpec[]> = {
  community: [
    f('municipalityPopulation', 'integer', { code: 'rules.field.municipality-population' }, ['pnrr.municipality-population']),
    f('pnrrPopulationLimit', 'choice', { code: 'rules.field.pnrr-population-limit' }, ['pnrr.municipality-population'], PNRR_POPULATION_LIMITS),
  ],
  configuration: [
    f('type', 'choice', { code: 'rules.field.type' }, ['cer.min-members', 'auc.min-parties', 'aid.single-customer'], COMMUNITY_TYPES),
    f('filingDate', 'date', { code: 'rules.field.filing-date' }, ['filing.retroactivity-window']),
    f('buildingId', 'text', { code: 'rules.field.building-id' }, ['auc.same-building']),
    f('referent', 'referent', { code: 'rules.field.referent' }, ['config.referent', 'referent.exclusion']),
  ],
  member: [
    f('netMetering', 'boolean', { code: 'rules.field.net-metering' }, ['member.net-metering']),
    f('firmInDifficulty', 'boolean', { code: 'rules.field.firm-in-difficulty' }, ['member.firm-in-difficulty']),
    f('municipality', 'text', { code: 'rules.field.municipality' }, ['cer.local-entity-municipality']),
    f('buildingId', 'text', { code: 'rules.field.building-id' }, ['auc.same-building']),
    AREA_FIELD(),
  ],
  plant: [
    f('hybrid', 'boolean', { code: 'rules.field.hybrid' }, ['plant.renewable-source']),
    f('netMetering', 'boolean', { code: 'rules.field.net-metering-2' }, ['plant.net-metering']),
    f('upgradedSectionKw', 'number', { code: 'rules.field.upgraded-section-kw' }, ['plant.upgrade-section', 'plant.max-power']),
    f('upgradedSectionCommissioningDate', 'date', { code: 'rules.field.upgraded-section-commissioning-date' }, ['plant.upgrade-section', 'plant.commissioning-date']),
    f('builtForCerDocumented', 'boolean', { code: 'rules.field.built-for-cer-documented' }, ['cer.plant-after-constitution']),
    f('from42bisConfiguration', 'boolean', { code: 'rules.field.from42bis-configuration' }, ['cer.existing-power-share']),
    f('municipality', 'text', { code: 'rules.field.municipality' }, ['cer.local-entity-municipality', 'pnrr.municipality-population']),
    f('municipalityPopulation', 'integer', { code: 'rules.field.municipality-population-2' }, ['pnrr.municipality-population']),
    f('buildingId', 'text', { code: 'rules.field.building-id' }, ['auc.same-building']),
    f('pnrrGrant', 'boolean', { code: 'rules.field.pnrr-grant' }, ['pnrr.configuration-type', 'pnrr.plant-requirements']),
    f('pnrrApplicationDate', 'date', { code: 'rules.field.pnrr-application-date' }, ['pnrr.application-window', 'pnrr.works-after-application']),
    f('pnrrAdmissionDate', 'date', { code: 'rules.field.pnrr-admission-date' }, ['pnrr.commissioning-deadline']),
    f('worksStartDate', 'date', { code: 'rules.field.works-start-date' }, ['pnrr.works-after-application']),
    AREA_FIELD(),
  ],
};

export interface RuleFieldProblem {
  field: string;
  message: Message;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const REFERENT_FLAGS = ['escoUni11352', 'firmInDifficulty', 'otherExclusionCause'] as const;

function checkReferent(field: string, v: unknown, out: RuleFieldProblem[]): void {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    out.push({ field, message: { code: 'rules.field-value.referent-object-kind' } });
    return;
  }
  const r = v as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['kind', 'memberId', 'plantId', ...REFERENT_FLAGS].includes(key)) {
      out.push({ field: `${field}.${key}`, message: { code: 'rules.field-value.referent-unknown-field' } });
    }
  }
  if (!REFERENT_KINDS.includes(r['kind'] as ReferentKind)) {
    out.push({ field: `${field}.kind`, message: { code: 'rules.field-value.referent-one', params: { value: REFERENT_KINDS.join(', ') } } });
  }
  for (const key of ['memberId', 'plantId']) {
    const x = r[key];
    if (x !== undefined && x !== null && !(typeof x === 'number' && Number.isInteger(x) && x > 0)) {
      out.push({ field: `${field}.${key}`, message: { code: 'rules.field-value.referent-positive-integer-id-null' } });
    }
  }
  for (const key of REFERENT_FLAGS) {
    if (r[key] !== undefined && typeof r[key] !== 'boolean') {
      out.push({ field: `${field}.${key}`, message: { code: 'rules.field-value.referent-true-false' } });
    }
  }
}

function checkValue(spec: RuleFieldSpec, v: unknown, out: RuleFieldProblem[]): void {
  const bad = (message: Message) => out.push({ field: spec.key, message });
  switch (spec.kind) {
    case 'boolean':
      if (typeof v !== 'boolean') bad({ code: 'rules.field-value.true-false' });
      break;
    case 'text':
      if (typeof v !== 'string') bad({ code: 'rules.field-value.text' });
      else if (v.length > 200) bad({ code: 'rules.field-value.longer-characters' });
      break;
    case 'date':
      if (typeof v !== 'string' || !isIsoDate(v)) bad({ code: 'rules.field-value.date-yyyy-mm-dd' });
      break;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad({ code: 'rules.field-value.number' });
      break;
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) bad({ code: 'rules.field-value.integer' });
      break;
    case 'choice':
      if (typeof v !== 'string' || !spec.options!.includes(v)) bad({ code: 'rules.field-value.one', params: { value: spec.options!.join(', ') } });
      break;
    case 'referent':
      checkReferent(spec.key, v, out);
      break;
  }
}

/**
 * Problems of a patch of rule fields: unknown keys and wrong types, each naming its field.
 * A `null` value clears the field (back to "not declared").
 */
export function validateRuleFieldsPatch(kind: EntityKind, patch: Record<string, unknown>): RuleFieldProblem[] {
  const out: RuleFieldProblem[] = [];
  const specs = RULE_FIELDS[kind];
  for (const [key, value] of Object.entries(patch)) {
    const spec = specs.find((s) => s.key === key);
    if (!spec) {
      out.push({ field: key, message: { code: 'rules.field-value.unknown-field-allowed', params: { value: specs.map((s) => s.key).join(', ') } } });
      continue;
    }
    if (value === null) continue;
    checkValue(spec, value, out);
  }
  return out;
}

/** Keeps only the known, well-typed fields of stored values (a damaged entry is dropped, not trusted). */
export function cleanRuleFields(kind: EntityKind, values: Record<string, unknown>): RuleFieldValues {
  const out: RuleFieldValues = {};
  for (const spec of RULE_FIELDS[kind]) {
    const v = values[spec.key];
    if (v === undefined || v === null) continue;
    const problems: RuleFieldProblem[] = [];
    checkValue(spec, v, problems);
    if (problems.length === 0) out[spec.key] = v;
  }
  return out;
}
