/**
 * The optional rule fields a project keeps beside its entities (the extra inputs of
 * RulesProjectInput: net metering, declared firm in difficulty, building, PNRR dates, the
 * configuration's Referent…), with their kinds, bilingual labels and the validation of an
 * edit. Pure: shared by the API (before anything is written) and by the renderer (the form).
 */
import { COMMUNITY_TYPES } from '../model/entities';
import type { EntityKind, LocalText, ReferentKind } from './types';

export type RuleFieldKind = 'boolean' | 'text' | 'date' | 'number' | 'integer' | 'choice' | 'referent';

export interface RuleFieldSpec {
  key: string;
  kind: RuleFieldKind;
  label: LocalText;
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

const f = (key: string, kind: RuleFieldKind, it: string, en: string, rules: string[], options?: readonly string[]): RuleFieldSpec => ({
  key,
  kind,
  label: { it, en },
  rules,
  ...(options ? { options } : {}),
});

const AREA_FIELD = (what: string, whatEn: string) =>
  f('declaredSubstationCode', 'text', `Area cabina primaria dichiarata (se la mappa non ${what})`, `Declared primary-substation area (when the map cannot locate ${whatEn})`, ['point.substation-area']);

/** Every rule field, per entity kind, in form order. */
export const RULE_FIELDS: Record<EntityKind, readonly RuleFieldSpec[]> = {
  community: [
    f('municipalityPopulation', 'integer', 'Abitanti del Comune (ISTAT)', 'Municipality population (ISTAT)', ['pnrr.municipality-population']),
    f('pnrrPopulationLimit', 'choice', 'Soglia abitanti PNRR: RO 5.000 o DM 127/2025 50.000 (fonte secondaria)', 'PNRR population limit: RO 5,000 or DM 127/2025 50,000 (secondary source)', ['pnrr.municipality-population'], PNRR_POPULATION_LIMITS),
  ],
  configuration: [
    f('type', 'choice', 'Tipo della configurazione (se diverso dalla comunità)', 'Configuration type (when it differs from the community)', ['cer.min-members', 'auc.min-parties', 'aid.single-customer'], COMMUNITY_TYPES),
    f('filingDate', 'date', 'Data della richiesta al GSE', 'Date of the GSE application', ['filing.retroactivity-window']),
    f('buildingId', 'text', 'Edificio o condominio (AUC)', 'Building or condominium (AUC)', ['auc.same-building']),
    f('referent', 'referent', 'Referente', 'Referent', ['config.referent', 'referent.exclusion']),
  ],
  member: [
    f('netMetering', 'boolean', 'Scambio sul posto attivo', 'Net metering active', ['member.net-metering']),
    f('firmInDifficulty', 'boolean', 'Impresa in difficoltà (dichiarata)', 'Firm in difficulty (declared)', ['member.firm-in-difficulty']),
    f('municipality', 'text', 'Comune del sito', 'Municipality of the site', ['cer.local-entity-municipality']),
    f('buildingId', 'text', 'Edificio o condominio (AUC)', 'Building or condominium (AUC)', ['auc.same-building']),
    AREA_FIELD('lo localizza', 'it'),
  ],
  plant: [
    f('hybrid', 'boolean', 'Impianto ibrido', 'Hybrid plant', ['plant.renewable-source']),
    f('netMetering', 'boolean', 'Convenzione di scambio sul posto attiva', 'Net-metering agreement active', ['plant.net-metering']),
    f('upgradedSectionKw', 'number', 'Potenziamento: potenza della nuova sezione (kW)', 'Upgrade: power of the new section (kW)', ['plant.upgrade-section', 'plant.max-power']),
    f('upgradedSectionCommissioningDate', 'date', 'Potenziamento: entrata in esercizio della nuova sezione', 'Upgrade: entry into operation of the new section', ['plant.upgrade-section', 'plant.commissioning-date']),
    f('builtForCerDocumented', 'boolean', 'Realizzato per la CER, documentato prima dell\'esercizio (ante 24/01/2024)', 'Built for the CER, documented before operation (pre-24/01/2024)', ['cer.plant-after-constitution']),
    f('from42bisConfiguration', 'boolean', 'Proveniente da configurazione art. 42-bis', 'From an art. 42-bis configuration', ['cer.existing-power-share']),
    f('municipality', 'text', 'Comune del sito', 'Municipality of the site', ['cer.local-entity-municipality', 'pnrr.municipality-population']),
    f('municipalityPopulation', 'integer', 'Abitanti del Comune del sito (ISTAT)', 'Population of the site\'s municipality (ISTAT)', ['pnrr.municipality-population']),
    f('buildingId', 'text', 'Edificio o condominio (AUC)', 'Building or condominium (AUC)', ['auc.same-building']),
    f('pnrrGrant', 'boolean', 'Contributo PNRR richiesto', 'PNRR grant requested', ['pnrr.configuration-type', 'pnrr.plant-requirements']),
    f('pnrrApplicationDate', 'date', 'PNRR: data della domanda', 'PNRR: application date', ['pnrr.application-window', 'pnrr.works-after-application']),
    f('pnrrAdmissionDate', 'date', 'PNRR: data di ammissione', 'PNRR: admission date', ['pnrr.commissioning-deadline']),
    f('worksStartDate', 'date', 'PNRR: avvio dei lavori', 'PNRR: start of works', ['pnrr.works-after-application']),
    AREA_FIELD('lo localizza', 'it'),
  ],
};

export interface RuleFieldProblem {
  field: string;
  message: LocalText;
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
    out.push({ field, message: { it: 'deve essere un oggetto con "kind"', en: 'must be an object with "kind"' } });
    return;
  }
  const r = v as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['kind', 'memberId', 'plantId', ...REFERENT_FLAGS].includes(key)) {
      out.push({ field: `${field}.${key}`, message: { it: 'campo sconosciuto', en: 'unknown field' } });
    }
  }
  if (!REFERENT_KINDS.includes(r['kind'] as ReferentKind)) {
    out.push({ field: `${field}.kind`, message: { it: `deve essere uno tra: ${REFERENT_KINDS.join(', ')}`, en: `must be one of: ${REFERENT_KINDS.join(', ')}` } });
  }
  for (const key of ['memberId', 'plantId']) {
    const x = r[key];
    if (x !== undefined && x !== null && !(typeof x === 'number' && Number.isInteger(x) && x > 0)) {
      out.push({ field: `${field}.${key}`, message: { it: 'deve essere un identificativo intero positivo o null', en: 'must be a positive integer id or null' } });
    }
  }
  for (const key of REFERENT_FLAGS) {
    if (r[key] !== undefined && typeof r[key] !== 'boolean') {
      out.push({ field: `${field}.${key}`, message: { it: 'deve essere vero o falso', en: 'must be true or false' } });
    }
  }
}

function checkValue(spec: RuleFieldSpec, v: unknown, out: RuleFieldProblem[]): void {
  const bad = (it: string, en: string) => out.push({ field: spec.key, message: { it, en } });
  switch (spec.kind) {
    case 'boolean':
      if (typeof v !== 'boolean') bad('deve essere vero o falso', 'must be true or false');
      break;
    case 'text':
      if (typeof v !== 'string') bad('deve essere un testo', 'must be text');
      else if (v.length > 200) bad('supera 200 caratteri', 'is longer than 200 characters');
      break;
    case 'date':
      if (typeof v !== 'string' || !isIsoDate(v)) bad('deve essere una data AAAA-MM-GG', 'must be a date YYYY-MM-DD');
      break;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad('deve essere un numero ≥ 0', 'must be a number ≥ 0');
      break;
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) bad('deve essere un intero ≥ 0', 'must be an integer ≥ 0');
      break;
    case 'choice':
      if (typeof v !== 'string' || !spec.options!.includes(v)) bad(`deve essere uno tra: ${spec.options!.join(', ')}`, `must be one of: ${spec.options!.join(', ')}`);
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
      out.push({ field: key, message: { it: `campo sconosciuto (ammessi: ${specs.map((s) => s.key).join(', ')})`, en: `unknown field (allowed: ${specs.map((s) => s.key).join(', ')})` } });
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
