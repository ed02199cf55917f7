/**
 * The project's sharing rules (migration 10): one row for the community part (configuration_id
 * NULL) and one per configuration that has its own list. Rules are stored as the JSON the API
 * accepted; on read they are parsed again by core/sharing, so a damaged row is reported, never
 * applied half.
 */
import type { SharingRule } from '../sharing/types';
import type { ProjectStore } from './project-store';

export interface StoredSharingRules {
  /** Raw community list, or null when the project has no rules yet. */
  community: unknown;
  /** Raw lists by configuration id. */
  byConfiguration: Map<number, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { damaged: text.slice(0, 40) };
  }
}

export function readSharingRules(store: ProjectStore): StoredSharingRules | null {
  const rows = store.db.prepare('SELECT configuration_id, rules_json FROM sharing_rules ORDER BY id').all() as { configuration_id: number | null; rules_json: string }[];
  if (rows.length === 0) return null;
  const byConfiguration = new Map<number, unknown>();
  let community: unknown = [];
  for (const r of rows) {
    if (r.configuration_id === null) community = parseJson(r.rules_json);
    else byConfiguration.set(r.configuration_id, parseJson(r.rules_json));
  }
  return { community, byConfiguration };
}

/** Replaces every sharing rule of the project in one transaction. */
export function writeSharingRules(store: ProjectStore, community: readonly SharingRule[], byConfiguration: ReadonlyMap<number, readonly SharingRule[]>): void {
  const now = new Date().toISOString();
  store.tx(() => {
    store.db.prepare('DELETE FROM sharing_rules').run();
    const insert = store.db.prepare('INSERT INTO sharing_rules (configuration_id, rules_json, updated_at) VALUES (?, ?, ?)');
    insert.run(null, JSON.stringify(community), now);
    for (const [id, rules] of byConfiguration) insert.run(id, JSON.stringify(rules), now);
  });
}

/** Removes the project's rules (the default applies again). */
export function clearSharingRules(store: ProjectStore): void {
  store.tx(() => store.db.prepare('DELETE FROM sharing_rules').run());
}
