/**
 * Empties a project of its content (for the demo project's reset, refilled in the same
 * transaction): every user table but the community row and the file's own settings.
 * The rows go through the undo triggers, so the reset is one step that undo reverts.
 */
import type { ProjectStore } from './project-store';
import { trackedTables } from './undo-triggers';
import { areasOf } from './areas-repository';
import { forgetMemberConsumptions } from './import-repository';

/** Kept: the community (updated by the caller), when the file was made, that it is the demo. */
const KEPT_META = ['created_at', 'demo'];

/** Call inside `store.tx`. */
export function clearProjectContent(store: ProjectStore): void {
  // Tables reference each other; the order of deletes does not matter once checks wait for the commit.
  store.db.pragma('defer_foreign_keys = ON');
  for (const t of trackedTables(store.db)) {
    if (t.name === 'community') continue;
    if (t.name === 'meta') store.db.prepare(`DELETE FROM meta WHERE key NOT IN (${KEPT_META.map(() => '?').join(', ')})`).run(...KEPT_META);
    else store.db.prepare(`DELETE FROM "${t.name}"`).run();
  }
  // The areas kept in memory are keyed on writes through their repository: these bypass it.
  areasOf(store).invalidate();
  forgetMemberConsumptions(store);
}
