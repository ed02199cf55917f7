/**
 * The filter text and sort order of each entity table, kept for the session: switching tabs,
 * or an undo that re-creates the open tab, does not lose what the user set.
 */
import { ref, type Ref } from 'vue';
import type { SortDirection } from './sort-filter';

export interface TableState {
  query: Ref<string>;
  sort: Ref<{ key: string; direction: SortDirection } | null>;
}

const states = new Map<string, TableState>();

export function tableState(kind: string): TableState {
  let s = states.get(kind);
  if (!s) {
    s = { query: ref(''), sort: ref(null) };
    states.set(kind, s);
  }
  return s;
}
