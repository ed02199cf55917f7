/**
 * The GSE documents tab: the Allegato 3 checklist of the open project, the files attached to
 * it (sent to the core, which keeps them inside the project file) and the downloads of the
 * GSE data, the checklist, the technical report, the regolamento draft and the dossier.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ChecklistView, ExportedFile } from '../../../core/api/common';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';
import { useProjectStore } from './useProjectStore';
import { readBase64 } from './read-file';
import { useFundingCallsStore } from './useFundingCallsStore';
import { locale, t } from '../i18n';

/** The core refuses larger files too; checking here spares uploading 50 MB for nothing. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** The web host takes requests up to 64 MB, i.e. files up to 46 MB as base64 (as imports). */
export const WEB_UPLOAD_BYTES = 46 * 1024 * 1024;

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** Saves a produced file (the web host has no save dialog). */
export function saveFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const ext = file.name.split('.').pop() ?? '';
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[ext] ?? 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type DeliverableKind = 'gse' | 'checklist' | 'report-it' | 'report-en' | 'regolamento' | 'dossier';

export const useDeliverablesStore = defineStore('deliverables', () => {
  const ui = useUiStore();
  const project = useProjectStore();
  const checklist = ref<ChecklistView | null>(null);
  const busy = ref<DeliverableKind | null>(null);
  const lastMissing = ref<number | null>(null);
  /** The technical report last built for the preview (in the UI's language), kept to download as it was shown. */
  const built = ref<{ project: string; file: ExportedFile } | null>(null);
  const previewBusy = ref(false);
  const projectPath = () => project.summary?.path ?? '';
  /** Another project's report is never shown. */
  const preview = computed(() => (built.value && built.value.project === projectPath() ? built.value.file : null));

  async function load() {
    if (!projectPath()) return;
    try {
      checklist.value = await api.getChecklist({ project: projectPath() });
    } catch (e) {
      ui.showError(e);
    }
  }

  const calls = useFundingCallsStore();

  /** Builds the report for the preview (a few seconds: the simulation runs first when out of date). */
  async function buildPreview() {
    if (previewBusy.value || !projectPath()) return;
    previewBusy.value = true;
    try {
      const p = projectPath();
      built.value = { project: p, file: await api.exportReport({ project: p, lang: locale.value }) };
    } catch (e) {
      ui.showError(e);
    } finally {
      previewBusy.value = false;
    }
  }

  async function download(kind: DeliverableKind) {
    busy.value = kind;
    try {
      const p = projectPath();
      const file =
        kind === 'gse'
          ? await api.exportGseData({ project: p })
          : kind === 'checklist'
            ? await api.exportChecklist({ project: p })
            : kind === 'dossier'
              ? await api.exportDossier({ project: p, ...(calls.chosen ? { call: calls.chosen } : {}) })
              : kind === 'regolamento'
                ? await api.exportRegolamento({ project: p })
                : await api.exportReport({ project: p, lang: kind === 'report-en' ? 'en' : 'it' });
      if (kind === 'gse') lastMissing.value = file.missing ?? 0;
      saveFile(file);
    } catch (e) {
      ui.showError(e);
    } finally {
      busy.value = null;
    }
  }

  async function attach(file: File, documentId: string, configurationId: number, plantId: number | null) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      ui.showError(new Error(t('deliver.tooLarge', { name: file.name })));
      return;
    }
    if (file.size > WEB_UPLOAD_BYTES && (await api.appInfo({})).host === 'web') {
      ui.showError(new Error(t('deliver.tooLargeWeb', { name: file.name })));
      return;
    }
    try {
      await api.addAttachment({ project: projectPath(), documentId, configurationId, plantId, name: file.name, base64: await readBase64(file) });
      await load();
    } catch (e) {
      ui.showError(e);
    }
  }

  async function open(id: number) {
    try {
      saveFile(await api.getAttachment({ project: projectPath(), id }));
    } catch (e) {
      ui.showError(e);
    }
  }

  async function remove(id: number) {
    try {
      await api.removeAttachment({ project: projectPath(), id });
      await load();
    } catch (e) {
      ui.showError(e);
    }
  }

  return { checklist, busy, lastMissing, preview, previewBusy, load, buildPreview, download, attach, open, remove };
});
