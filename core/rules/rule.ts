/** Rule definitions and helpers to build findings. */
import type { RuleContext } from './context';
import type { EntityKind, Finding, Message, Severity, Text } from './types';

/** A page of the operating rules a rule cites, with a word that must appear on it (checked by tests). */
export interface Citation {
  page: number;
  keyword: string;
}

export interface RuleDefinition {
  id: string;
  title: Message;
  /** Human-readable source, e.g. `[RO p.16]; [RO p.19]`. */
  source: string;
  /** Every RO page the rule's findings may cite. */
  citations: Citation[];
  check(ctx: RuleContext): Finding[];
}

/** Metadata of a rule, as listed to the UI / CLI. */
export interface RuleInfo {
  id: string;
  /** A national rule's title is a catalogue message; a local rule's is the user's text. */
  title: Text;
  source: string;
}

export function ro(page: number): string {
  return `[RO p.${page}]`;
}

export function sourceOf(citations: Citation[]): string {
  return [...new Set(citations.map((c) => c.page))].map(ro).join('; ');
}

export function finding(
  ruleId: string,
  severity: Severity,
  kind: EntityKind,
  id: number,
  source: string,
  message: Message,
  fix: Message,
): Finding {
  return { ruleId, severity, entity: { kind, id }, message, source, fix };
}

/** Build a rule definition; `source` is derived from the citations. */
export function defineRule(def: Omit<RuleDefinition, 'source'> & { source?: string }): RuleDefinition {
  const rule: RuleDefinition = {
    ...def,
    source: def.source ?? sourceOf(def.citations),
    // Bound, so a detached `check` still sees the rule as `this`.
    check: (ctx) => def.check.call(rule, ctx),
  };
  return rule;
}

/** A power for a message, to 0.01 kW, written the language's way ("12,5 kW" / "12.5 kW"). */
export function fmtKw(kw: number): Message {
  return { code: 'rules.unit.kw', params: { kw: Math.round(kw * 100) / 100 } };
}

export function sameText(a: string, b: string): boolean {
  const n = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
  return n(a) === n(b);
}

export function participantName(ctx: RuleContext, memberId: number): string {
  return ctx.memberById.get(memberId)?.name ?? `#${memberId}`;
}
