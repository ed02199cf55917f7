/**
 * The economic parameters of the open project (shipped value, source and date, the project's
 * override) and its imported hourly zonal prices. Each change is saved by the core at once;
 * the actions resolve to true when saved, so the panel can tell the simulation to reload.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ParameterEntry } from '../../../core/scenario/parameter-catalogue';
import type { ZonalPricesSummary } from '../../../core/api/common';
import { api } from '../api/client';
import { readBase64 } from './read-file';
import { useUiStore } from './useUiStore';

export const useParametersStore = defineStore('parameters', () => {
  const ui = useUiStore();
  const entries = ref<ParameterEntry[]>([]);
  const prices = ref<ZonalPricesSummary | null>(null);

  async function attempt(fn: () => Promise<void>): Promise<boolean> {
    try {
      await fn();
      return true;
    } catch (e) {
      ui.showError(e);
      return false;
    }
  }

  const load = (project: string) =>
    attempt(async () => {
      [entries.value, prices.value] = await Promise.all([api.getParameters({ project }), api.getZonalPrices({ project })]);
    });

  const importPrices = (project: string, file: File) =>
    attempt(async () => {
      prices.value = await api.importZonalPrices({ project, name: file.name, base64: await readBase64(file) });
    });

  const clearPrices = (project: string) =>
    attempt(async () => {
      await api.clearZonalPrices({ project });
      prices.value = null;
    });

  /** A number overrides the shipped value; null restores it. */
  const setOverride = (project: string, key: string, value: number | null) =>
    attempt(async () => {
      entries.value = await api.setParameterOverride({ project, key, value });
    });

  return { entries, prices, load, importPrices, clearPrices, setOverride };
});
