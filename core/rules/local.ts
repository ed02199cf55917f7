/** Local-scheme rules: validation of specs/presets and evaluation. */
import { MEMBER_CATEGORIES, PLANT_SOURCES } from '../model/entities';
import { categoryName, plantSourceName } from '../model/entity-names';
import type { RuleContext } from './context';
import { fmtDate } from './dates';
import { countedCommissioningDate, countedPowerKw } from './plant-power';
import { finding, fmtKw, sameText } from './rule';
import type { LocalRulePreset, LocalRuleSpec } from './local-types';
import { LOCAL_RULE_KINDS } from './local-types';
import type { Finding, LocalText, Message, RulesMember, RulesPlant, Severity } from './types';

export class LocalRulesError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid local rules: ${problems.join('; ')}`);
    this.name = 'LocalRulesError';
  }
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is LocalText => isRec(v) && typeof v['it'] === 'string' && typeof v['en'] === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s !== '');
const SEVERITIES: Severity[] = ['blocking', 'warning', 'info'];

function checkParams(where: string, kind: string, params: Rec, problems: string[]): void {
  switch (kind) {
    case 'plantPowerRange': {
      const { minKw, maxKw } = params;
      if (minKw === undefined && maxKw === undefined) problems.push(`${where}: minKw or maxKw required`);
      if (minKw !== undefined && !isNum(minKw)) problems.push(`${where}: minKw must be a number ≥ 0`);
      if (maxKw !== undefined && !isNum(maxKw)) problems.push(`${where}: maxKw must be a number ≥ 0`);
      if (isNum(minKw) && isNum(maxKw) && minKw > maxKw) problems.push(`${where}: minKw > maxKw`);
      break;
    }
    case 'plantCommissionedAfterConstitution':
      if (params['allowSameDay'] !== undefined && typeof params['allowSameDay'] !== 'boolean') problems.push(`${where}: allowSameDay must be boolean`);
      break;
    case 'memberCategoryAllowed':
      if (!isStrList(params['categories']) || !params['categories'].every((c) => (MEMBER_CATEGORIES as readonly string[]).includes(c))) {
        problems.push(`${where}: categories must list known member categories`);
      }
      break;
    case 'maxMembers':
      if (!isNum(params['max']) || !Number.isInteger(params['max'])) problems.push(`${where}: max must be an integer ≥ 0`);
      break;
    case 'municipalityIn':
      if (!isStrList(params['municipalities'])) problems.push(`${where}: municipalities must be a non-empty list`);
      if (!['members', 'plants', 'both'].includes(params['appliesTo'] as string)) problems.push(`${where}: appliesTo must be members, plants or both`);
      break;
    case 'plantSourceAllowed':
      if (!isStrList(params['sources']) || !params['sources'].every((s) => (PLANT_SOURCES as readonly string[]).includes(s))) {
        problems.push(`${where}: sources must list known plant sources`);
      }
      break;
  }
}

/** Validate a list of local rule specs (parsed JSON); throws LocalRulesError. */
export function parseLocalRules(raw: unknown, where = 'rules'): LocalRuleSpec[] {
  const problems: string[] = [];
  if (!Array.isArray(raw)) throw new LocalRulesError([`${where}: expected an array`]);
  const ids = new Set<string>();
  raw.forEach((r, i) => {
    const at = `${where}[${i}]`;
    if (!isRec(r)) { problems.push(`${at}: expected an object`); return; }
    if (typeof r['id'] !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r['id'])) problems.push(`${at}: id must be lowercase kebab-case`);
    else if (ids.has(r['id'])) problems.push(`${at}: duplicate id ${r['id']}`);
    else ids.add(r['id']);
    if (!isText(r['title'])) problems.push(`${at}: title {it,en} required`);
    if (typeof r['source'] !== 'string' || r['source'] === '') problems.push(`${at}: source required`);
    if (r['severity'] !== undefined && !SEVERITIES.includes(r['severity'] as Severity)) problems.push(`${at}: bad severity`);
    if (r['configurationIds'] !== undefined && !(Array.isArray(r['configurationIds']) && r['configurationIds'].every((x) => Number.isInteger(x)))) {
      problems.push(`${at}: configurationIds must be integers`);
    }
    if (!LOCAL_RULE_KINDS.includes(r['kind'] as LocalRuleSpec['kind'])) { problems.push(`${at}: unknown kind ${String(r['kind'])}`); return; }
    if (!isRec(r['params'])) { problems.push(`${at}: params required`); return; }
    checkParams(at, r['kind'] as string, r['params'], problems);
  });
  if (problems.length > 0) throw new LocalRulesError(problems);
  return raw as LocalRuleSpec[];
}

/** Validate a preset file (resources/rules/presets/*.json). */
export function parseLocalRulePreset(raw: unknown): LocalRulePreset {
  if (!isRec(raw)) throw new LocalRulesError(['preset: expected an object']);
  const problems: string[] = [];
  if (raw['schemaVersion'] !== 1) problems.push('schemaVersion: expected 1');
  if (typeof raw['id'] !== 'string' || raw['id'] === '') problems.push('id required');
  if (!isText(raw['title'])) problems.push('title {it,en} required');
  if (typeof raw['source'] !== 'string' || raw['source'] === '') problems.push('source required');
  if (typeof raw['sourceDate'] !== 'string' || !/^\d{4}-\d{2}(-\d{2})?$/.test(raw['sourceDate'])) problems.push('sourceDate must be YYYY-MM[-DD]');
  let rules: LocalRuleSpec[] = [];
  try { rules = parseLocalRules(raw['rules']); } catch (e) { problems.push(...(e instanceof LocalRulesError ? e.problems : [String(e)])); }
  if (problems.length > 0) throw new LocalRulesError(problems);
  return { id: raw['id'] as string, title: raw['title'] as LocalText, source: raw['source'] as string, sourceDate: raw['sourceDate'] as string, rules };
}

function inScope(spec: LocalRuleSpec, configId: number | null): boolean {
  if (configId === null) return false;
  return spec.configurationIds === undefined || spec.configurationIds.includes(configId);
}

function evaluateOne(ctx: RuleContext, spec: LocalRuleSpec): Finding[] {
  const ruleId = `local.${spec.id}`;
  const sev: Severity = spec.severity ?? 'blocking';
  const plants: RulesPlant[] = ctx.input.plants.filter((p) => inScope(spec, p.configurationId));
  const members: RulesMember[] = ctx.input.members.filter((m) => inScope(spec, m.configurationId));
  const fix: Message = { code: 'rules.local.fix', params: { title: spec.title } };
  const mk = (kind: 'plant' | 'member' | 'configuration' | 'community', id: number, message: Message) =>
    finding(ruleId, sev, kind, id, spec.source, message, fix);
  switch (spec.kind) {
    case 'plantPowerRange': {
      const { minKw, maxKw } = spec.params;
      return plants.filter((p) => {
        const kw = countedPowerKw(p);
        return (minKw !== undefined && kw < minKw) || (maxKw !== undefined && kw > maxKw);
      }).map((p) => mk('plant', p.id, { code: 'rules.local.outside-kw-range', params: { name: p.name, power: fmtKw(countedPowerKw(p)), min: minKw ?? 0, max: maxKw ?? '∞' } }));
    }
    case 'plantCommissionedAfterConstitution': {
      const constituted = ctx.input.community.constitutionDate;
      const sameDay = spec.params.allowSameDay === true;
      return plants.filter((p) => {
        const d = countedCommissioningDate(p);
        if (d === null) return false;
        return constituted === null || (sameDay ? d < constituted : d <= constituted);
      }).map((p) => mk('plant', p.id, { code: 'rules.local.entered-operation-after-constitution', params: { name: p.name, date: fmtDate(countedCommissioningDate(p)!), constituted: constituted ? ` (${fmtDate(constituted)})` : '' } }));
    }
    case 'memberCategoryAllowed': {
      const allowed: readonly string[] = spec.params.categories;
      return members.filter((m) => !allowed.includes(m.category)).map((m) => mk('member', m.id, { code: 'rules.local.among-allowed-categories', params: { name: m.name, category: categoryName(m.category), value: allowed.map(categoryName) } }));
    }
    case 'maxMembers': {
      const n = spec.configurationIds === undefined ? ctx.input.members.length : members.length;
      if (n <= spec.params.max) return [];
      return [mk('community', 0, { code: 'rules.local.members-above-maximum', params: { n, max: spec.params.max } })];
    }
    case 'municipalityIn': {
      const list = spec.params.municipalities;
      const ok = (town: string | null | undefined) => !!town && list.some((t) => sameText(t, town));
      const out: Finding[] = [];
      const text = (name: string, town: string | null | undefined): Message => town
        ? { code: 'rules.local.outside-allowed-municipalities', params: { name, town, value: list.join(', ') } }
        : { code: 'rules.local.municipality-recorded-allowed', params: { name, value: list.join(', ') } };
      if (spec.params.appliesTo !== 'plants') for (const m of members) if (!ok(m.municipality)) out.push(mk('member', m.id, text(m.name, m.municipality)));
      if (spec.params.appliesTo !== 'members') for (const p of plants) if (!ok(p.municipality)) out.push(mk('plant', p.id, text(p.name, p.municipality)));
      return out;
    }
    case 'plantSourceAllowed': {
      const allowed: readonly string[] = spec.params.sources;
      return plants.filter((p) => !allowed.includes(p.source)).map((p) => mk('plant', p.id, { code: 'rules.local.source-among-allowed-sources', params: { name: p.name, source: plantSourceName(p.source), value: allowed.map(plantSourceName) } }));
    }
  }
}

/** Evaluate the project's local rules. */
export function checkLocalRules(ctx: RuleContext, specs: readonly LocalRuleSpec[]): Finding[] {
  return specs.flatMap((s) => evaluateOne(ctx, s));
}
