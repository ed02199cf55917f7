/**
 * Reads a rule set from untrusted JSON (a file, the API) and checks it: every problem names the
 * rule (its id, or its position) so the user can fix it; a set with any problem is not used.
 */
import { COST_GROUPS, FUND_GROUPS, type SharingProblem, type SharingRule, type SharingRuleSet } from './types';
import { problem } from './problems';
import type { Message } from '../model/messages';

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

/** Where a rule sits: "comunità" / "community", "configurazione X" / "configuration X". */
export type Where = Message;
export const whereCommunity: Where = { code: 'sharing.where.community' };
export const whereConfiguration = (substation: string): Where => ({ code: 'sharing.where.configuration', params: { substation } });

function ruleLabel(raw: unknown, where: Where, i: number): Message {
  if (isObj(raw) && typeof raw.id === 'string' && raw.id.trim() !== '') return { code: 'sharing.rule-set.rule-id', params: { id: raw.id } };
  return { code: 'sharing.rule-set.rule-number', params: { where, n: i + 1 } };
}

/** Parses one rule; pushes problems naming it and returns null when it is unusable. */
function parseRule(raw: unknown, label: Message, ruleId: string | undefined, out: SharingProblem[]): SharingRule | null {
  const at = { ...(ruleId ? { ruleId } : {}) };
  const bad = (code: string, message: Message) => {
    out.push(problem(code, { code: 'sharing.rule-problem', params: { label, problem: message } }, at));
    return null;
  };
  if (!isObj(raw)) return bad('sharing/not-an-object', { code: 'sharing.rule-set.object' });
  if (typeof raw.id !== 'string' || raw.id.trim() === '' || raw.id.length > 60) return bad('sharing/bad-id', { code: 'sharing.rule-set.needs-id-characters' });
  if (!KINDS.includes(raw.kind as (typeof KINDS)[number])) return bad('sharing/unknown-kind', { code: 'sharing.rule-set.unknown-kind', params: { kind: String(raw.kind), value: KINDS.join(', ') } });
  const before = out.length;
  const num = (key: string, min: number, max: number, required: boolean): number | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) {
      if (required) bad('sharing/missing-field', { code: 'sharing.rule-set.missing', params: { key } });
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      bad('sharing/not-a-number', { code: 'sharing.rule-set.number', params: { key } });
      return undefined;
    }
    if (v < 0) {
      bad('sharing/negative', { code: 'sharing.rule-set.negative', params: { key, v } });
      return undefined;
    }
    if (v < min || v > max) {
      bad('sharing/out-of-range', { code: 'sharing.rule-set.outside', params: { key, v, min, max } });
      return undefined;
    }
    return v;
  };
  const id = raw.id.trim();
  const percent = () => num('percent', 0, 100, true);
  switch (raw.kind as SharingRule['kind']) {
    case 'cost': {
      if (!COST_GROUPS.includes(raw.group as (typeof COST_GROUPS)[number])) return bad('sharing/unknown-group', { code: 'sharing.rule-set.unknown-cost-group', params: { group: String(raw.group), value: COST_GROUPS.join(', ') } });
      const eurPerYear = num('eurPerYear', 0, MAX_EUR_PER_YEAR, false);
      const pct = num('percent', 0, 100, false);
      if (out.length > before) return null;
      if (eurPerYear !== undefined && pct !== undefined) return bad('sharing/cost-amount', { code: 'sharing.rule-set.give-eurperyear-percent-both' });
      if (eurPerYear === undefined && pct === undefined && raw.group !== 'gse-fees') return bad('sharing/cost-amount', { code: 'sharing.rule-set.give-eurperyear-percent' });
      return { kind: 'cost', id, group: raw.group as (typeof COST_GROUPS)[number], ...(eurPerYear !== undefined ? { eurPerYear } : {}), ...(pct !== undefined ? { percent: pct } : {}) };
    }
    case 'producer-tariff':
    case 'producers': {
      if (!BASES.includes(raw.basis as (typeof BASES)[number])) return bad('sharing/unknown-basis', { code: 'sharing.rule-set.unknown-basis-injected-shared', params: { basis: String(raw.basis) } });
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
      if (!FUND_GROUPS.includes(raw.group as (typeof FUND_GROUPS)[number])) return bad('sharing/unknown-group', { code: 'sharing.rule-set.unknown-fund', params: { group: String(raw.group), value: FUND_GROUPS.join(', ') } });
      const p = percent();
      return p === undefined ? null : { kind: 'fund', id, percent: p, group: raw.group as (typeof FUND_GROUPS)[number] };
    }
    case 'limits': {
      const cap = num('capEurPerYear', 0, MAX_EUR_PER_YEAR, false);
      const floor = num('floorEurPerYear', 0, MAX_EUR_PER_YEAR, false);
      if (out.length > before) return null;
      if (cap === undefined && floor === undefined) return bad('sharing/limits-empty', { code: 'sharing.rule-set.give-capeurperyear-flooreurperyear' });
      if (cap !== undefined && floor !== undefined && floor > cap) return bad('sharing/floor-above-cap', { code: 'sharing.rule-set.floor-above-cap', params: { floor, cap } });
      return { kind: 'limits', id, ...(cap !== undefined ? { capEurPerYear: cap } : {}), ...(floor !== undefined ? { floorEurPerYear: floor } : {}) };
    }
  }
}

function parseList(raw: unknown, where: Where, out: SharingProblem[], substation?: string): SharingRule[] {
  const at = substation ? { substation } : {};
  if (!Array.isArray(raw)) {
    out.push(problem('sharing/not-a-list', { code: 'sharing.rule-set.list-rules-needed', params: { where } }, at));
    return [];
  }
  if (raw.length > MAX_RULES) {
    out.push(problem('sharing/too-many-rules', { code: 'sharing.rule-set.more-rules', params: { where, max: MAX_RULES } }, at));
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
    if (seen.has(r.id)) out.push(problem('sharing/duplicate-id', { code: 'sharing.rule-set.rule-appears-twice', params: { where, id: r.id } }, { ...at, ruleId: r.id }));
    seen.add(r.id);
  }
  const limits = rules.filter((r) => r.kind === 'limits');
  if (limits.length > 1) out.push(problem('sharing/two-limits', { code: 'sharing.rule-set.one-limits-rule', params: { where, rules: limits.map((r): Message => ({ code: 'sharing.quoted-id', params: { id: r.id } })) } }, { ...at, ruleId: limits[1]!.id }));
  const costPct = rules.reduce((s, r) => s + (r.kind === 'cost' ? (r.percent ?? 0) : 0), 0);
  if (costPct >= 100) out.push(problem('sharing/costs-above-100', { code: 'sharing.rule-set.percentage-costs-add-stay', params: { where, costPct } }, at));
  const shares = rules.filter((r) => SHARE_KINDS.includes(r.kind)) as (SharingRule & { percent: number })[];
  const sum = shares.reduce((s, r) => s + r.percent, 0);
  // Percentages are typed by people with at most a few decimals: a millionth is rounding noise.
  if (Math.abs(sum - 100) > 1e-6) {
    const list: Message[] = shares.length ? shares.map((r) => ({ code: 'sharing.rule-percent', params: { id: r.id, percent: r.percent } })) : [{ code: 'sharing.none' }];
    out.push(
      problem(
        'sharing/percent-not-100',
        { code: 'sharing.rule-set.share-percentages-add-instead', params: { where, sum: +sum.toFixed(6), list } },
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
    problems.push(problem('sharing/not-an-object', { code: 'sharing.rule-set.sharing-rules-object-community' }));
    return { ruleSet: empty, problems };
  }
  const community = parseList(raw.community ?? [], whereCommunity, problems);
  const configurations: Record<string, SharingRule[]> = {};
  const rawConfigs = raw.configurations ?? {};
  if (!isObj(rawConfigs)) {
    problems.push(problem('sharing/not-an-object', { code: 'sharing.rule-set.configurations-object-keyed-primary' }));
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
  // Rule names are the community's words, shown in the editor and in messages («consumatori»
  // 90%): Italian, as the app names the rules a user adds.
  community: [
    { kind: 'cost', id: 'corrispettivi-gse', group: 'gse-fees' },
    { kind: 'consumers', id: 'consumatori', percent: 100 },
  ],
  configurations: {},
};
