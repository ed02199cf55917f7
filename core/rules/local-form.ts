/**
 * The "add a local rule" form of the app, without the UI: a draft (what the user typed) is
 * turned into a `LocalRuleSpec`, validated by the engine's own `parseLocalRules` together
 * with the project's current rules, and each problem is mapped back to the form field it
 * concerns with an Italian and English message. Pure.
 */
import { LocalRulesError, parseLocalRules } from './local';
import type { LocalRuleKind, LocalRuleSpec } from './local-types';
import type { LocalText, Severity } from './types';

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
  message: LocalText;
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

const T = (it: string, en: string): LocalText => ({ it, en });

const CATEGORY_NAMES: Record<string, LocalText> = {
  citizen: T('cittadini', 'citizens'),
  condominium: T('condomìni', 'condominiums'),
  sme: T('PMI', 'SMEs'),
  large_enterprise: T('grandi imprese', 'large enterprises'),
  local_authority: T('enti locali', 'local authorities'),
  third_sector: T('terzo settore', 'third sector'),
  religious_body: T('enti religiosi', 'religious bodies'),
  association: T('associazioni', 'associations'),
  research_body: T('enti di ricerca', 'research bodies'),
  public_administration: T('pubbliche amministrazioni', 'public administrations'),
};
const SOURCE_NAMES: Record<string, LocalText> = {
  pv: T('fotovoltaico', 'solar PV'),
  wind: T('eolico', 'wind'),
  hydro: T('idroelettrico', 'hydro'),
  other: T('altre', 'other'),
};

function kw(v: number | string | null | undefined, lang: 'it' | 'en'): string | null {
  const n = num(v);
  if (typeof n !== 'number') return null;
  return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1, useGrouping: false }).format(n);
}

/**
 * A title for the rule from its parameters (used when the user gives none), in both
 * languages; null when the parameters say too little.
 */
export function suggestTitle(d: LocalRuleDraft): LocalText | null {
  const names = (list: string[] | undefined, table: Record<string, LocalText>, lang: 'it' | 'en') => (list ?? []).map((x) => table[x]?.[lang] ?? x).join(', ');
  switch (d.kind) {
    case 'plantPowerRange': {
      const [minIt, maxIt, minEn, maxEn] = [kw(d.minKw, 'it'), kw(d.maxKw, 'it'), kw(d.minKw, 'en'), kw(d.maxKw, 'en')];
      if (minIt && maxIt) return T(`Impianti da ${minIt} a ${maxIt} kW`, `Plants from ${minEn} to ${maxEn} kW`);
      if (minIt) return T(`Impianti di almeno ${minIt} kW`, `Plants of at least ${minEn} kW`);
      if (maxIt) return T(`Impianti fino a ${maxIt} kW`, `Plants up to ${maxEn} kW`);
      return null;
    }
    case 'plantCommissionedAfterConstitution':
      return d.allowSameDay
        ? T('Impianti in esercizio dal giorno della costituzione', 'Plants in operation from the day of the constitution')
        : T('Impianti in esercizio dopo la costituzione', 'Plants in operation after the constitution');
    case 'memberCategoryAllowed':
      return d.categories?.length ? T(`Membri ammessi: ${names(d.categories, CATEGORY_NAMES, 'it')}`, `Members allowed: ${names(d.categories, CATEGORY_NAMES, 'en')}`) : null;
    case 'maxMembers': {
      const n = num(d.max);
      return typeof n === 'number' ? T(`Al massimo ${n} membri`, `At most ${n} members`) : null;
    }
    case 'municipalityIn': {
      const list = splitList(d.municipalities).join(', ');
      return list ? T(`Solo nei Comuni: ${list}`, `Only in the municipalities: ${list}`) : null;
    }
    case 'plantSourceAllowed':
      return d.sources?.length ? T(`Fonti ammesse: ${names(d.sources, SOURCE_NAMES, 'it')}`, `Allowed sources: ${names(d.sources, SOURCE_NAMES, 'en')}`) : null;
  }
  return null;
}

/** The engine's problem texts (core/rules/local.ts), mapped to the field and a message. */
const PROBLEMS: { re: RegExp; field: LocalRuleField; message: LocalText }[] = [
  { re: /minKw or maxKw required/, field: 'minKw', message: T('indicare almeno la potenza minima o la massima', 'give a minimum or a maximum power') },
  { re: /minKw must/, field: 'minKw', message: T('deve essere un numero ≥ 0', 'must be a number ≥ 0') },
  { re: /maxKw must/, field: 'maxKw', message: T('deve essere un numero ≥ 0', 'must be a number ≥ 0') },
  { re: /minKw > maxKw/, field: 'maxKw', message: T('è minore della potenza minima', 'is below the minimum power') },
  { re: /allowSameDay/, field: 'allowSameDay', message: T('deve essere sì o no', 'must be yes or no') },
  { re: /categories/, field: 'categories', message: T('scegliere almeno una categoria di membro', 'choose at least one member category') },
  { re: /max must/, field: 'max', message: T('deve essere un numero intero ≥ 0', 'must be a whole number ≥ 0') },
  { re: /municipalities/, field: 'municipalities', message: T('indicare almeno un Comune', 'give at least one municipality') },
  { re: /appliesTo/, field: 'appliesTo', message: T('scegliere membri, impianti o entrambi', 'choose members, plants or both') },
  { re: /sources must/, field: 'sources', message: T('scegliere almeno una fonte', 'choose at least one source') },
  { re: /(^|: )id must|duplicate id/, field: 'title', message: T('il titolo non dà un identificativo valido', 'the title gives no valid identifier') },
  { re: /title/, field: 'title', message: T('obbligatorio', 'required') },
  { re: /source required/, field: 'source', message: T('obbligatoria', 'required') },
  { re: /bad severity/, field: 'severity', message: T('deve essere bloccante, avviso o informazione', 'must be blocking, warning or information') },
  { re: /configurationIds/, field: 'configurationIds', message: T('configurazioni non valide', 'invalid configurations') },
  { re: /unknown kind|params required/, field: 'kind', message: T('tipo di regola sconosciuto', 'unknown rule kind') },
];

/** One engine problem (`rules[3]: maxKw must be a number ≥ 0`) as a form error. */
export function problemToFieldError(problem: string): LocalRuleFieldError {
  const hit = PROBLEMS.find((p) => p.re.test(problem));
  return hit ? { field: hit.field, message: hit.message, problem } : { field: null, message: T(problem, problem), problem };
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
  const title: LocalText = typed ? { it: typed, en: draft.titleEn?.trim() || typed } : (suggestTitle(draft) ?? T('', ''));
  if (title.it === '') errors.push({ field: 'title', message: T('obbligatorio', 'required') });
  if (draft.source.trim() === '') errors.push({ field: 'source', message: T('obbligatoria', 'required') });
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
