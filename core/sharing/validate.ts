/**
 * Reads a rule set from untrusted JSON (a file, the API) and checks it: every problem names the
 * rule (its id, or its position) so the user can fix it; a set with any problem is not used.
 */
import { COST_GROUPS, FUND_GROUPS, type SharingProblem, type SharingRule, type SharingRuleSet } from './types';
import { problem } from './problems';

const KINDS = ['cost', 'producer-tariff', 'producers', 'consumers', 'equal', 'vulnerable', 'fund', 'limits'] as const;
const BASES = ['injected', 'shared-produced'] as const;
/** Rules whose percentages split the money left after fixed amounts; they must add to 100. */
export const SHARE_KINDS: readonly SharingRule['kind'][] = ['producers', 'consumers', 'equal', 'vulnerable', 'fund'];
/** Upper bound on €/yr amounts and €/kWh tariffs, against typing slips (1e6 €/yr, 1 €/kWh). */
const MAX_EUR_PER_YEAR = 1e7;
const MAX_EUR_PER_KWH = 1;
const MAX_RULES = 50;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Where a rule sits, in both languages: "comunità" / "community", "configurazione X" / "configuration X". */
export interface Where {
  it: string;
  en: string;
}
export const whereCommunity: Where = { it: 'comunità', en: 'community' };
export const whereConfiguration = (substation: string): Where => ({ it: `configurazione ${substation}`, en: `configuration ${substation}` });

function ruleLabel(raw: unknown, where: Where, i: number): Where {
  if (isObj(raw) && typeof raw.id === 'string' && raw.id.trim() !== '') return { it: `«${raw.id}»`, en: `"${raw.id}"` };
  return { it: `${where.it} n. ${i + 1}`, en: `${where.en} #${i + 1}` };
}

/** Parses one rule; pushes problems naming it and returns null when it is unusable. */
function parseRule(raw: unknown, label: Where, ruleId: string | undefined, out: SharingProblem[]): SharingRule | null {
  const at = { ...(ruleId ? { ruleId } : {}) };
  const bad = (code: string, it: string, en: string) => {
    out.push(problem(code, `Regola ${label.it}: ${it}`, `Rule ${label.en}: ${en}`, at));
    return null;
  };
  if (!isObj(raw)) return bad('sharing/not-an-object', 'non è un oggetto', 'is not an object');
  if (typeof raw.id !== 'string' || raw.id.trim() === '' || raw.id.length > 60) return bad('sharing/bad-id', 'serve un identificativo (id) di 1–60 caratteri', 'needs an id of 1–60 characters');
  if (!KINDS.includes(raw.kind as (typeof KINDS)[number])) return bad('sharing/unknown-kind', `tipo «${String(raw.kind)}» sconosciuto (${KINDS.join(', ')})`, `unknown kind "${String(raw.kind)}" (${KINDS.join(', ')})`);
  const before = out.length;
  const num = (key: string, min: number, max: number, required: boolean): number | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) {
      if (required) bad('sharing/missing-field', `manca «${key}»`, `"${key}" is missing`);
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      bad('sharing/not-a-number', `«${key}» deve essere un numero`, `"${key}" must be a number`);
      return undefined;
    }
    if (v < 0) {
      bad('sharing/negative', `«${key}» è negativo (${v})`, `"${key}" is negative (${v})`);
      return undefined;
    }
    if (v < min || v > max) {
      bad('sharing/out-of-range', `«${key}» = ${v} fuori da ${min}…${max}`, `"${key}" = ${v} outside ${min}…${max}`);
      return undefined;
    }
    return v;
  };
  const id = raw.id.trim();
  const percent = () => num('percent', 0, 100, true);
  switch (raw.kind as SharingRule['kind']) {
    case 'cost': {
      if (!COST_GROUPS.includes(raw.group as (typeof COST_GROUPS)[number])) return bad('sharing/unknown-group', `voce di costo «${String(raw.group)}» sconosciuta (${COST_GROUPS.join(', ')})`, `unknown cost group "${String(raw.group)}" (${COST_GROUPS.join(', ')})`);
      const eurPerYear = num('eurPerYear', 0, MAX_EUR_PER_YEAR, false);
      const pct = num('percent', 0, 100, false);
      if (out.length > before) return null;
      if (eurPerYear !== undefined && pct !== undefined) return bad('sharing/cost-amount', 'indicare «eurPerYear» oppure «percent», non entrambi', 'give "eurPerYear" or "percent", not both');
      if (eurPerYear === undefined && pct === undefined && raw.group !== 'gse-fees') return bad('sharing/cost-amount', 'indicare «eurPerYear» o «percent»', 'give "eurPerYear" or "percent"');
      return { kind: 'cost', id, group: raw.group as (typeof COST_GROUPS)[number], ...(eurPerYear !== undefined ? { eurPerYear } : {}), ...(pct !== undefined ? { percent: pct } : {}) };
    }
    case 'producer-tariff':
    case 'producers': {
      if (!BASES.includes(raw.basis as (typeof BASES)[number])) return bad('sharing/unknown-basis', `base «${String(raw.basis)}» sconosciuta (injected, shared-produced)`, `unknown basis "${String(raw.basis)}" (injected, shared-produced)`);
      const basis = raw.basis as (typeof BASES)[number];
      if (raw.kind === 'producers') {
        const p = percent();
        return p === undefined ? null : { kind: 'producers', id, percent: p, basis };
      }
      const t = num('eurPerKWh', 0, MAX_EUR_PER_KWH, true);
      return t === undefined ? null : { kind: 'producer-tariff', id, eurPerKWh: t, basis };
    }
    case 'consumers':
    case 'equal': {
      const p = percent();
      const w = num('vulnerableWeight', 0, 100, false);
      if (p === undefined || out.length > before) return null;
      return { kind: raw.kind as 'consumers' | 'equal', id, percent: p, ...(w !== undefined ? { vulnerableWeight: w } : {}) };
    }
    case 'vulnerable': {
      const p = percent();
      return p === undefined ? null : { kind: 'vulnerable', id, percent: p };
    }
    case 'fund': {
      if (!FUND_GROUPS.includes(raw.group as (typeof FUND_GROUPS)[number])) return bad('sharing/unknown-group', `fondo «${String(raw.group)}» sconosciuto (${FUND_GROUPS.join(', ')})`, `unknown fund "${String(raw.group)}" (${FUND_GROUPS.join(', ')})`);
      const p = percent();
      return p === undefined ? null : { kind: 'fund', id, percent: p, group: raw.group as (typeof FUND_GROUPS)[number] };
    }
    case 'limits': {
      const cap = num('capEurPerYear', 0, MAX_EUR_PER_YEAR, false);
      const floor = num('floorEurPerYear', 0, MAX_EUR_PER_YEAR, false);
      if (out.length > before) return null;
      if (cap === undefined && floor === undefined) return bad('sharing/limits-empty', 'indicare «capEurPerYear» e/o «floorEurPerYear»', 'give "capEurPerYear" and/or "floorEurPerYear"');
      if (cap !== undefined && floor !== undefined && floor > cap) return bad('sharing/floor-above-cap', `il minimo (${floor} €) supera il massimo (${cap} €)`, `the floor (${floor} €) is above the cap (${cap} €)`);
      return { kind: 'limits', id, ...(cap !== undefined ? { capEurPerYear: cap } : {}), ...(floor !== undefined ? { floorEurPerYear: floor } : {}) };
    }
  }
}

function parseList(raw: unknown, where: Where, out: SharingProblem[], substation?: string): SharingRule[] {
  const at = substation ? { substation } : {};
  if (!Array.isArray(raw)) {
    out.push(problem('sharing/not-a-list', `${where.it}: serve un elenco di regole`, `${where.en}: a list of rules is needed`, at));
    return [];
  }
  if (raw.length > MAX_RULES) {
    out.push(problem('sharing/too-many-rules', `${where.it}: più di ${MAX_RULES} regole`, `${where.en}: more than ${MAX_RULES} rules`, at));
    return [];
  }
  const rules: SharingRule[] = [];
  raw.forEach((r, i) => {
    const label = ruleLabel(r, where, i);
    const ruleId = isObj(r) && typeof r.id === 'string' ? r.id : undefined;
    const rule = parseRule(r, label, ruleId, out);
    if (rule) rules.push(rule);
  });
  return rules;
}

/**
 * Checks the list a configuration applies (community rules then its own): ids unique, at
 * most one `limits`, cost percentages below 100, share percentages adding to 100.
 */
export function checkEffectiveList(rules: readonly SharingRule[], where: Where, substation?: string): SharingProblem[] {
  const out: SharingProblem[] = [];
  const at = substation ? { substation } : {};
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) out.push(problem('sharing/duplicate-id', `${where.it}: la regola «${r.id}» compare due volte`, `${where.en}: rule "${r.id}" appears twice`, { ...at, ruleId: r.id }));
    seen.add(r.id);
  }
  const limits = rules.filter((r) => r.kind === 'limits');
  if (limits.length > 1) out.push(problem('sharing/two-limits', `${where.it}: una sola regola di limiti (${limits.map((r) => `«${r.id}»`).join(', ')})`, `${where.en}: only one limits rule (${limits.map((r) => `"${r.id}"`).join(', ')})`, { ...at, ruleId: limits[1]!.id }));
  const costPct = rules.reduce((s, r) => s + (r.kind === 'cost' ? (r.percent ?? 0) : 0), 0);
  if (costPct >= 100) out.push(problem('sharing/costs-above-100', `${where.it}: i costi in percentuale sommano ${costPct}% (devono restare sotto 100)`, `${where.en}: percentage costs add to ${costPct}% (must stay below 100)`, at));
  const shares = rules.filter((r) => SHARE_KINDS.includes(r.kind)) as (SharingRule & { percent: number })[];
  const sum = shares.reduce((s, r) => s + r.percent, 0);
  // Percentages are typed by people with at most a few decimals: a millionth is rounding noise.
  if (Math.abs(sum - 100) > 1e-6) {
    const list = shares.length ? shares.map((r) => `«${r.id}» ${r.percent}%`).join(', ') : 'nessuna';
    const listEn = shares.length ? shares.map((r) => `"${r.id}" ${r.percent}%`).join(', ') : 'none';
    out.push(
      problem(
        'sharing/percent-not-100',
        `${where.it}: le quote percentuali sommano ${+sum.toFixed(6)}% invece di 100% (${list})`,
        `${where.en}: share percentages add to ${+sum.toFixed(6)}% instead of 100% (${listEn})`,
        { ...at, ...(shares[0] ? { ruleId: shares[shares.length - 1]!.id } : {}) },
      ),
    );
  }
  return out;
}

/** Parses and checks a rule set; `problems` empty means `ruleSet` is usable as it is. */
export function parseSharingRuleSet(raw: unknown): { ruleSet: SharingRuleSet; problems: SharingProblem[] } {
  const problems: SharingProblem[] = [];
  const empty: SharingRuleSet = { community: [], configurations: {} };
  if (!isObj(raw)) {
    problems.push(problem('sharing/not-an-object', 'Le regole di ripartizione devono essere un oggetto { community, configurations }', 'Sharing rules must be an object { community, configurations }'));
    return { ruleSet: empty, problems };
  }
  const community = parseList(raw.community ?? [], whereCommunity, problems);
  const configurations: Record<string, SharingRule[]> = {};
  const rawConfigs = raw.configurations ?? {};
  if (!isObj(rawConfigs)) {
    problems.push(problem('sharing/not-an-object', '«configurations» deve essere un oggetto per codice di cabina primaria', '"configurations" must be an object keyed by primary-substation code'));
  } else {
    for (const [substation, list] of Object.entries(rawConfigs)) {
      configurations[substation] = parseList(list, whereConfiguration(substation), problems, substation);
    }
  }
  if (problems.length === 0) {
    const keys = Object.keys(configurations);
    if (keys.length === 0) problems.push(...checkEffectiveList(community, whereCommunity));
    for (const k of keys) problems.push(...checkEffectiveList([...community, ...configurations[k]!], whereConfiguration(k), k));
  }
  return { ruleSet: { community, configurations }, problems };
}

/** The rules a configuration applies: the community's, then its own. */
export function effectiveRules(ruleSet: SharingRuleSet, substation: string): SharingRule[] {
  return [...ruleSet.community, ...(ruleSet.configurations[substation] ?? [])];
}

/** When a project has no rules yet: GSE fees first, then everything to consumers pro rata to their shared energy. */
export const DEFAULT_RULE_SET: SharingRuleSet = {
  community: [
    { kind: 'cost', id: 'gse-fees', group: 'gse-fees' },
    { kind: 'consumers', id: 'consumers', percent: 100 },
  ],
  configurations: {},
};
