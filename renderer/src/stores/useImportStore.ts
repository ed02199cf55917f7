/**
 * The import tab's state: the uploaded file and its preview, the mapping corrections the
 * user made, the running import job (polled for progress, cancellable), its result, and
 * the data already imported into the project (curves, bills, quality reports).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type {
  CurveMappingData,
  FileContent,
  ImportedData,
  ImportJobStatus,
  ImportKind,
  ImportPreview,
  ImportResult,
  ProjectSummary,
} from '../../../core/api/common';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';
import { useProjectStore } from './useProjectStore';
import { readBase64 } from './read-file';

export { readBase64 };

const POLL_MS = 250;

/** Saves a file produced by the core (the web host has no save dialog). */
export function downloadFile(file: FileContent): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useImportStore = defineStore('import', () => {
  const ui = useUiStore();
  const project = useProjectStore();
  const preview = ref<ImportPreview | null>(null);
  const kind = ref<ImportKind>('curves');
  const overrides = ref<Partial<CurveMappingData>>({});
  const pod = ref('');
  const uploading = ref(false);
  const job = ref<ImportJobStatus | null>(null);
  const result = ref<ImportResult | null>(null);
  const failure = ref<ImportJobStatus | null>(null);
  const imported = ref<ImportedData | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const projectPath = () => project.summary?.path ?? '';

  async function loadImported() {
    if (!projectPath()) return;
    try {
      imported.value = await api.listImportedData({ project: projectPath() });
    } catch (e) {
      ui.showError(e);
    }
  }

  function reset() {
    preview.value = null;
    overrides.value = {};
    pod.value = '';
    job.value = null;
    result.value = null;
    failure.value = null;
  }

  async function upload(file: File) {
    reset();
    uploading.value = true;
    try {
      const base64 = await readBase64(file);
      preview.value = await api.previewImportFile({ project: projectPath(), name: file.name, base64 });
      kind.value = preview.value.kind;
    } catch (e) {
      ui.showError(e);
    } finally {
      uploading.value = false;
    }
  }

  async function poll(jobId: string) {
    try {
      const s = await api.getImportJob({ jobId });
      job.value = s;
      if (s.status === 'running') {
        timer = setTimeout(() => void poll(jobId), POLL_MS);
        return;
      }
      timer = null;
      if (s.status === 'done' && s.result) {
        result.value = s.result;
        await Promise.all([project.reloadLists(), loadImported(), refreshSummary()]);
      } else if (s.status === 'failed') failure.value = s;
    } catch (e) {
      timer = null;
      ui.showError(e);
    }
  }

  async function refreshSummary() {
    project.setSummary(await api.getProjectSummary({ project: projectPath() }));
  }

  async function start() {
    if (!preview.value) return;
    result.value = null;
    failure.value = null;
    try {
      const args: Parameters<typeof api.startImport>[0] = { project: projectPath(), fileId: preview.value.fileId, kind: kind.value };
      if (kind.value === 'curves' && Object.keys(overrides.value).length) args.mapping = { ...overrides.value };
      if (pod.value.trim()) args.pod = pod.value.trim();
      const { jobId } = await api.startImport(args);
      job.value = { jobId, kind: 'import', status: 'running', progress: 0, label: '' };
      await poll(jobId);
    } catch (e) {
      ui.showError(e);
    }
  }

  async function cancel() {
    if (!job.value || job.value.status !== 'running') return;
    try {
      await api.cancelImportJob({ jobId: job.value.jobId });
    } catch (e) {
      ui.showError(e);
    }
  }

  async function downloadTemplate() {
    try {
      downloadFile(await api.getWorkbookTemplate({}));
    } catch (e) {
      ui.showError(e);
    }
  }

  async function exportWorkbook() {
    try {
      downloadFile(await api.exportProjectWorkbook({ project: projectPath() }));
    } catch (e) {
      ui.showError(e);
    }
  }

  /** Creates a new project from a workbook; returns its summary (the page opens it). */
  async function workbookToNewProject(file: File, path: string): Promise<ProjectSummary | null> {
    try {
      return await api.createProjectFromWorkbook({ path, name: file.name, base64: await readBase64(file) });
    } catch (e) {
      ui.showError(e);
      return null;
    }
  }

  function stopPolling() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  return {
    preview,
    kind,
    overrides,
    pod,
    uploading,
    job,
    result,
    failure,
    imported,
    loadImported,
    reset,
    upload,
    start,
    cancel,
    downloadTemplate,
    exportWorkbook,
    workbookToNewProject,
    stopPolling,
  };
});
