/**
 * Findings per member and plant, for the marks the map draws on its points: the worst
 * severity (blocking, else warning; information is not marked), the counts and a short text
 * per rule (its title, else the finding's message). Pure.
 */
import type { Finding, Text } from './types';

export type MarkSeverity = 'blocking' | 'warning';

export interface PointMarkItem {
  ruleId: string;
  severity: MarkSeverity;
  /** The rule's title, else the finding's message. */
  text: Text;
}

export interface PointMark {
  severity: MarkSeverity;
  blocking: number;
  warnings: number;
  /** One per rule (a rule that fires twice on the same point is listed once), blocking first. */
  items: PointMarkItem[];
}

export const markKey = (kind: 'member' | 'plant', id: number): string => `${kind}:${id}`;

/**
 * Marks keyed `member:<id>` / `plant:<id>`. `titleOf` gives a rule's short title (national
 * rules from `listRules()`, local rules `local.<id>` from their spec); unknown → the message.
 */
export function findingMarks(findings: readonly Finding[], titleOf: (ruleId: string) => Text | undefined = () => undefined): Map<string, PointMark> {
  const out = new Map<string, PointMark>();
  for (const f of findings) {
    if (f.severity === 'info' || (f.entity.kind !== 'member' && f.entity.kind !== 'plant')) continue;
    const key = markKey(f.entity.kind, f.entity.id);
    let mark = out.get(key);
    if (!mark) {
      mark = { severity: 'warning', blocking: 0, warnings: 0, items: [] };
      out.set(key, mark);
    }
    if (f.severity === 'blocking') {
      mark.blocking++;
      mark.severity = 'blocking';
    } else mark.warnings++;
    const same = mark.items.find((i) => i.ruleId === f.ruleId);
    if (same) {
      if (f.severity === 'blocking') same.severity = 'blocking';
    } else mark.items.push({ ruleId: f.ruleId, severity: f.severity, text: titleOf(f.ruleId) ?? f.message });
  }
  for (const m of out.values()) m.items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
  return out;
}

/** Titles of the national rules and of the project's local rules, by finding `ruleId`. */
export function ruleTitles(national: readonly { id: string; title: Text }[], local: readonly { id: string; title: Text }[] = []): Map<string, Text> {
  const m = new Map<string, Text>(national.map((r) => [r.id, r.title]));
  for (const r of local) m.set(`local.${r.id}`, r.title);
  return m;
}
