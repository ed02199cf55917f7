/**
 * The dashboard (Cruscotto): the hourly series of the last simulation, one configuration per
 * request (getHourlySeries), and the exports — a chart as PNG/SVG saved as it is, a table as
 * XLSX written by the core (exportTable). The result itself comes from the simulation store.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { HourlySeriesView } from '../../../core/api/common';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';
import { saveFile } from './useDeliverablesStore';

export interface TableExport {
  name: string;
  sheet: string;
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/** UTF-8 text as base64 (btoa takes Latin-1 only). */
function utf8Base64(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
}

export const useDashboardStore = defineStore('dashboard', () => {
  const ui = useUiStore();
  const series = ref<HourlySeriesView[]>([]);
  /** True once the series of the current result were asked for (none may exist). */
  const loaded = ref(false);

  async function loadSeries(project: string, configurationIds: number[]) {
    loaded.value = false;
    try {
      const all = await Promise.all(configurationIds.map((configurationId) => api.getHourlySeries({ project, configurationId })));
      series.value = all.filter((s): s is HourlySeriesView => s !== null);
    } catch (e) {
      ui.showError(e);
      series.value = [];
    } finally {
      loaded.value = true;
    }
  }

  function saveImage(name: string, content: { png?: string; svg?: string }) {
    if (content.png) saveFile({ name: `${name}.png`, base64: content.png.replace(/^data:[^,]*,/, '') });
    else if (content.svg) saveFile({ name: `${name}.svg`, base64: utf8Base64(content.svg) });
  }

  async function exportTable(table: TableExport) {
    try {
      saveFile(await api.exportTable(table));
    } catch (e) {
      ui.showError(e);
    }
  }

  return { series, loaded, loadSeries, saveImage, exportTable };
});
