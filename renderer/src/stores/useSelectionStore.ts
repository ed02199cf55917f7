/**
 * The entity the user picked elsewhere (a finding, later the map): the tables highlight its
 * row (`rule-selected`) and scroll to it. One entity at a time.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { EntityKind, EntityRef } from '../../../core/rules/types';

export const useSelectionStore = defineStore('selection', () => {
  const selected = ref<EntityRef | null>(null);
  /** Bumped on every selection, so selecting the same entity again scrolls to it again. */
  const seq = ref(0);

  function select(entity: EntityRef | null) {
    selected.value = entity;
    seq.value++;
  }

  const isSelected = (kind: EntityKind, id: number) => selected.value?.kind === kind && selected.value.id === id;

  return { selected, seq, select, isSelected, clear: () => select(null) };
});
