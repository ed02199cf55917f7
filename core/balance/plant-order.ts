/**
 * Oldest-first order of plants: shared and incentivised energy are attributed per plant
 * "a partire dalle immissioni degli impianti entrati prima in esercizio" [RO App. A
 * pp.143–144]. Planned plants (no date) come after every dated plant; ties by plant id.
 */

export interface DatedPlant {
  plantId: number;
  commissioningDate: string | null;
}

/** Compare two plants: negative when `a` is served before `b`. */
export function compareOldestFirst(a: DatedPlant, b: DatedPlant): number {
  const da = a.commissioningDate;
  const db = b.commissioningDate;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return a.plantId - b.plantId;
}

/** Indices into `plants`, oldest first. */
export function oldestFirstOrder(plants: readonly DatedPlant[]): number[] {
  const idx = plants.map((_, i) => i);
  idx.sort((i, j) => compareOldestFirst(plants[i]!, plants[j]!));
  return idx;
}
