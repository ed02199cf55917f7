/**
 * The "add a local rule" form of the app, without the UI: a draft (what the user typed) is
 * turned into a `LocalRuleSpec`, validated by the engine's own `parseLocalRules` together
 * with the project's current rules, and each problem is mapped back to the form field it
 * concerns with an Italian and English message. Pure.
 */
import { LocalRulesError, parseLocalRules } from './local';
import type { LocalRuleKind, LocalRuleSpec } from './local-types';
import { bilingual, type LocalText, type Message, type Text } from '../model/messages';
import type { Severity } from './types';

/** Form fields; also the names the errors point at. */
export type LocalRuleField =
  | 'kind'
  | 'title'
  | 'source'
  | 'severity'
  | 'configurationIds'
  | 'minKw'
  | 'maxKw'
  | 'allowSameDay'
  | 'categories'
  | 'max'
  | 'municipalities'
  | 'appliesTo'
  | 'sources';

/** The parameter fields each kind shows. */
export const LOCAL_RULE_PARAM_FIELDS: Record<LocalRuleKind, LocalRuleField[]> = {
  plantPowerRange: ['minKw', 'maxKw'],
  plantCommissionedAfterConstitution: ['allowSameDay'],
  memberCategoryAllowed: ['categories'],
  maxMembers: ['max'],
  municipalityIn: ['municipalities', 'appliesTo'],
  plantSourceAllowed: ['sources'],
};

/**
 * What the user typed. Numbers are already parsed by the UI's locale (a text it could not
 * parse is passed as is, so the engine names the field); empty means absent.
 */
export interface LocalRuleDraft {
  kind: LocalRuleKind | string;
  title: string;
  /** English title; the Italian one when empty. */
  titleEn?: string;
  source: string;
  severity: Severity | string;
  /** Empty: every configuration. */
  configurationIds: number[];
  minKw?: number | string | null;
  maxKw?: number | string | null;
  allowSameDay?: boolean;
  categories?: string[];
  max?: number | string | null;
  /** Comma-, semicolon- or newline-separated municipality names. */
  municipalities?: string;
  appliesTo?: string;
  sources?: string[];
}

export interface LocalRuleFieldError {
  field: LocalRuleField | null;
  /** A catalogue message, or the engine's own text (in English) when no field matched. */
  message: Text;
  /** The engine's own text, when the problem came from `parseLocalRules`. */
  problem?: string;
}

export type LocalRuleBuild = { ok: true; spec: LocalRuleSpec; rules: LocalRuleSpec[] } | { ok: false; errors: LocalRuleFieldError[] };

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const num = (v: number | string | null | undefined) => (blank(v) ? undefined : typeof v === 'string' ? v.trim() : v);

/** Municipality names from a list typed in one box. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
}

/** A kebab-case id from a title, unique among `taken`. */
export function localRuleId(title: string, kind: string, taken: readonly string[]): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const base = slug || kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

function paramsOf(d: LocalRuleDraft): Record<string, unknown> {
  switch (d.kind) {
    case 'plantPowerRange': {
      const p: Record<string, unknown> = {};
      const min = num(d.minKw), max = num(d.maxKw);
      if (min !== undefined) p['minKw'] = min;
      if (max !== undefined) p['maxKw'] = max;
      return p;
    }
    case 'plantCommissionedAfterConstitution':
      return { allowSameDay: d.allowSameDay === true };
    case 'memberCategoryAllowed':
      return { categories: d.categories ?? [] };
    case 'maxMembers':
      return num(d.max) === undefined ? {} : { max: num(d.max) };
    case 'municipalityIn':
      return { municipalities: splitList(d.municipalities), appliesTo: d.appliesTo ?? 'both' };
    case 'plantSourceAllowed':
      return { sources: d.sources ?? [] };
  }
  return {};
}

const CATEGORY_NAMES: Record<string, Message> = {
  citizen: { code: 'rules.category-plural.citizens' },
  condominium: { code: 'rules.category-plural.condominiums' },
  sme: { code: 'rules.category-plural.smes' },
  large_enterprise: { code: 'rules.category-plural.large-enterprises' },
  local_authority: { code: 'rules.category-plural.local-authorities' },
  third_sector: { code: 'rules.category-plural.third-sector' },
  religious_body: { code: 'rules.category-plural.religious-bodies' },
  association: { code: 'rules.category-plural.associations' },
  research_body: { code: 'rules.category-plural.research-bodies' },
  public_administration: { code: 'rules.category-plural.public-administrations' },
};
const SOURCE_NAMES: Record<string, Message> = {
  pv: { code: 'rules.source.solar-pv' },
  wind: { code: 'rules.source.wind' },
  hydro: { code: 'rules.source.hydro' },
  other: { code: 'rules.source.other' },
};

/** A power for the title [kW], to 0.1 kW; null when not a number. */
function kw(v: number | string | null | undefined): number | null {
  const n = num(v);
  return typeof n === 'number' ? Math.round(n * 10) / 10 : null;
}

/**
 * A title for the rule from its parameters (used when the user gives none), in both
 * languages; null when the parameters say too little.
 */
export function suggestTitle(d: LocalRuleDraft): LocalText | null {
  // Stored with the rule as the user's own text would be: both languages, rendered now.
  const m = suggestedTitle(d);
  return m ? bilingual(m) : null;
}

function suggestedTitle(d: LocalRuleDraft): Message | null {
  const names = (list: string[] | undefined, table: Record<string, Message>) => (list ?? []).map((x) => table[x] ?? x);
  switch (d.kind) {
    case 'plantPowerRange': {
      const [min, max] = [kw(d.minKw), kw(d.maxKw)];
      if (min !== null && max !== null) return { code: 'rules.local-title.plants-kw', params: { min, max } };
      if (min !== null) return { code: 'rules.local-title.plants-least-kw', params: { min } };
      if (max !== null) return { code: 'rules.local-title.plants-up-kw', params: { max } };
      return null;
    }
    case 'plantCommissionedAfterConstitution':
      return d.allowSameDay
        ? { code: 'rules.local-title.plants-operation-day-constitution' }
        : { code: 'rules.local-title.plants-operation-after-constitution' };
    case 'memberCategoryAllowed':
      return d.categories?.length ? { code: 'rules.local-title.members-allowed', params: { categories: names(d.categories, CATEGORY_NAMES) } } : null;
    case 'maxMembers': {
      const n = num(d.max);
      return typeof n === 'number' ? { code: 'rules.local-title.most-members', params: { n } } : null;
    }
    case 'municipalityIn': {
      const list = splitList(d.municipalities).join(', ');
      return list ? { code: 'rules.local-title.municipalities', params: { list } } : null;
    }
    case 'plantSourceAllowed':
      return d.sources?.length ? { code: 'rules.local-title.allowed-sources', params: { sources: names(d.sources, SOURCE_NAMES) } } : null;
  }
  return null;
}

/** The engine's problem texts (core/rules/local.ts), mapped to the field and a message. */
const PROBLEMS: { re: RegExp; field: LocalRuleField; message: Text }[] = [
  { re: /minKw or maxKw required/, field: 'minKw', message: { code: 'rules.local-form.give-minimum-maximum-power' } },
  { re: /minKw must/, field: 'minKw', message: { code: 'rules.local-form.number' } },
  { re: /maxKw must/, field: 'maxKw', message: { code: 'rules.local-form.number' } },
  { re: /minKw > maxKw/, field: 'maxKw', message: { code: 'rules.local-form.below-minimum-power' } },
  { re: /allowSameDay/, field: 'allowSameDay', message: { code: 'rules.local-form.yes' } },
  { re: /categories/, field: 'categories', message: { code: 'rules.local-form.choose-least-one-member' } },
  { re: /max must/, field: 'max', message: { code: 'rules.local-form.whole-number' } },
  { re: /municipalities/, field: 'municipalities', message: { code: 'rules.local-form.give-least-one-municipality' } },
  { re: /appliesTo/, field: 'appliesTo', message: { code: 'rules.local-form.choose-members-plants-both' } },
  { re: /sources must/, field: 'sources', message: { code: 'rules.local-form.choose-least-one-source' } },
  { re: /(^|: )id must|duplicate id/, field: 'title', message: { code: 'rules.local-form.title-gives-valid-identifier' } },
  { re: /title/, field: 'title', message: { code: 'rules.local-form.required' } },
  { re: /source required/, field: 'source', message: { code: 'rules.local-form.required-2' } },
  { re: /bad severity/, field: 'severity', message: { code: 'rules.local-form.blocking-warning-information' } },
  { re: /configurationIds/, field: 'configurationIds', message: { code: 'rules.local-form.invalid-configurations' } },
  { re: /unknown kind|params required/, field: 'kind', message: { code: 'rules.local-form.unknown-rule-kind' } },
];

/** One engine problem (`rules[3]: maxKw must be a number ≥ 0`) as a form error. */
export function problemToFieldError(problem: string): LocalRuleFieldError {
  const hit = PROBLEMS.find((p) => p.re.test(problem));
  return hit ? { field: hit.field, message: hit.message, problem } : { field: null, message: { it: problem, en: problem }, problem };
}

/**
 * Builds the rule from the draft and validates it with the engine, appended to `existing`
 * (the project's current local rules, which the result keeps in order).
 */
export function buildLocalRule(draft: LocalRuleDraft, existing: readonly LocalRuleSpec[]): LocalRuleBuild {
  const errors: LocalRuleFieldError[] = [];
  // No title typed: one made from the parameters (both languages). The engine accepts empty
  // texts; the form asks for them.
  const typed = draft.title.trim();
  const title: LocalText = typed ? { it: typed, en: draft.titleEn?.trim() || typed } : (suggestTitle(draft) ?? { it: '', en: '' });
  if (title.it === '') errors.push({ field: 'title', message: { code: 'rules.local-form.required' } });
  if (draft.source.trim() === '') errors.push({ field: 'source', message: { code: 'rules.local-form.required-2' } });
  const spec: Record<string, unknown> = {
    id: localRuleId(title.it, String(draft.kind), existing.map((r) => r.id)),
    kind: draft.kind,
    params: paramsOf(draft),
    title,
    source: draft.source.trim(),
    severity: draft.severity,
  };
  if (draft.configurationIds.length > 0) spec['configurationIds'] = [...draft.configurationIds];
  const index = existing.length;
  try {
    const rules = parseLocalRules([...existing, spec]);
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, spec: rules[index]!, rules };
  } catch (e) {
    if (!(e instanceof LocalRulesError)) throw e;
    const mine = `rules[${index}]`;
    for (const p of e.problems) {
      const err = problemToFieldError(p.startsWith(`${mine}:`) ? p.slice(mine.length + 1).trim() : p);
      // "title required" twice (form and engine) is one error.
      if (!errors.some((x) => x.field !== null && x.field === err.field)) errors.push(err);
    }
    return { ok: false, errors };
  }
}
