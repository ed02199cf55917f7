/**
 * The optional rule fields of community, configurations, members and plants (the
 * `rules_json` columns of migration 5) and the project's local rules (table `local_rules`).
 * Values are validated by the API before they reach here; on read, unknown or damaged
 * entries are dropped (core/rules/fields cleanRuleFields) rather than fed to the rules.
 */
import { cleanRuleFields, type RuleFieldValues } from '../rules/fields';
import type { EntityKind } from '../rules/types';
import { NotFoundError } from './errors';
import type { ProjectStore } from './project-store';

const TABLE: Record<EntityKind, string> = {
  community: 'community',
  configuration: 'configurations',
  member: 'members',
  plant: 'plants',
};

/** The community is a singleton: the rules call it 0, its row is id 1. */
const rowId = (kind: EntityKind, id: number) => (kind === 'community' ? 1 : id);

function parse(kind: EntityKind, json: string | null | undefined): RuleFieldValues {
  try {
    const v: unknown = JSON.parse(json ?? '{}');
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? cleanRuleFields(kind, v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Rule fields of one entity; NotFoundError when it does not exist. */
export function readRuleFields(store: ProjectStore, kind: EntityKind, id: number): RuleFieldValues {
  const row = store.db.prepare(`SELECT rules_json FROM ${TABLE[kind]} WHERE id = ?`).get(rowId(kind, id)) as
    | { rules_json: string }
    | undefined;
  if (!row) throw new NotFoundError(kind, id);
  return parse(kind, row.rules_json);
}

/** Rule fields of every entity of a kind, by id (community: key 0). */
export function readAllRuleFields(store: ProjectStore, kind: EntityKind): Map<number, RuleFieldValues> {
  const rows = store.db.prepare(`SELECT id, rules_json FROM ${TABLE[kind]} ORDER BY id`).all() as { id: number; rules_json: string }[];
  return new Map(rows.map((r) => [kind === 'community' ? 0 : r.id, parse(kind, r.rules_json)]));
}

/**
 * Applies a validated patch (null clears a field) in one transaction and returns the
 * entity's fields as stored.
 */
export function patchRuleFields(store: ProjectStore, kind: EntityKind, id: number, patch: Record<string, unknown>): RuleFieldValues {
  return store.tx(() => {
    const next: RuleFieldValues = { ...readRuleFields(store, kind, id) };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined) delete next[key];
      else next[key] = value;
    }
    store.db.prepare(`UPDATE ${TABLE[kind]} SET rules_json = ? WHERE id = ?`).run(JSON.stringify(next), rowId(kind, id));
    return readRuleFields(store, kind, id);
  });
}

/** The project's local rules as stored (raw specs; the API validates them with the engine's parser). */
export function readLocalRules(store: ProjectStore): unknown[] {
  const rows = store.db.prepare('SELECT spec_json FROM local_rules ORDER BY position').all() as { spec_json: string }[];
  const out: unknown[] = [];
  for (const r of rows) {
    try {
      out.push(JSON.parse(r.spec_json));
    } catch {
      // A damaged row is skipped; the rest still apply.
    }
  }
  return out;
}

/** Replaces the project's local rules, in one transaction. */
export function writeLocalRules(store: ProjectStore, rules: readonly { id: string }[]): void {
  store.tx(() => {
    store.db.prepare('DELETE FROM local_rules').run();
    const insert = store.db.prepare('INSERT INTO local_rules (position, rule_id, spec_json) VALUES (?, ?, ?)');
    rules.forEach((r, i) => insert.run(i + 1, r.id, JSON.stringify(r)));
  });
}
