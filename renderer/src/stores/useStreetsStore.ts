/**
 * The offline streets file of this computer (MBTiles or PMTiles, chosen once per desk and
 * remembered by the core in the settings folder) and its tiles, fetched through the core so
 * the renderer's CSP stays strict and nothing goes online.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { OfflineTilesState } from '../../../core/api/common';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';

export const useStreetsStore = defineStore('streets', () => {
  const ui = useUiStore();
  const state = ref<OfflineTilesState | null>(null);
  const busy = ref(false);

  async function load() {
    if (state.value) return;
    try {
      state.value = await api.getOfflineTiles({});
    } catch (e) {
      ui.showError(e);
    }
  }

  /** Chooses a file by path (null: none). A refused file leaves the previous choice; the error names it. */
  async function choose(path: string | null): Promise<boolean> {
    busy.value = true;
    try {
      state.value = await api.setOfflineTiles({ path });
      return true;
    } catch (e) {
      ui.showError(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** One tile as a data: URL (null where the file has none); the layer handles a failure itself. */
  const loadTile = (z: number, x: number, y: number) => api.getOfflineTile({ z, x, y });

  return { state, busy, load, choose, loadTile };
});
