// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../../../core/api/common/errors';
import type { ChecklistView, ProjectSummary } from '../../../core/api/common';
import { useDeliverablesStore } from '../../../renderer/src/stores/useDeliverablesStore';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';
import { useFundingCallsStore } from '../../../renderer/src/stores/useFundingCallsStore';
import { api, resetApi } from '../helpers/api-stub';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const VIEW = { source: 'Allegato 3', date: '2024-02-23', configurations: [] } as ChecklistView;

describe('the GSE documents store', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
    useProjectStore().summary = { path: '/ws/a.condivisa' } as ProjectSummary;
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
  });

  it('attaches a picked file through the core and reloads the checklist', async () => {
    api.addAttachment.mockResolvedValue({ id: 1 } as never);
    api.getChecklist.mockResolvedValue(VIEW);
    const store = useDeliverablesStore();
    await store.attach(new File(['%PDF'], 'statuto.pdf'), 'statute', 2, null);
    expect(api.addAttachment).toHaveBeenCalledWith({ project: '/ws/a.condivisa', documentId: 'statute', configurationId: 2, plantId: null, name: 'statuto.pdf', base64: btoa('%PDF') });
    expect(store.checklist).toEqual(VIEW);
  });

  it('refuses a file over 50 MB before uploading it, and shows the core’s refusal in Italian', async () => {
    const store = useDeliverablesStore();
    const big = new File(['x'], 'video.mp4');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 + 1 });
    await store.attach(big, 'statute', 2, null);
    expect(api.addAttachment).not.toHaveBeenCalled();
    expect(useUiStore().error).toMatch(/video\.mp4/);
    api.exportReport.mockRejectedValue(new ApiError('bad-request', 'cannot simulate', 'impossibile simulare'));
    await store.download('report-it');
    expect(useUiStore().error).toBe('impossibile simulare');
    expect(store.busy).toBeNull();
  });

  it('in the browser, says where to attach a file between 46 and 50 MB instead of failing on the upload', async () => {
    api.appInfo.mockResolvedValue({ host: 'web' } as never);
    const file = new File(['x'], 'scansione.pdf');
    Object.defineProperty(file, 'size', { value: 48 * 1024 * 1024 });
    await useDeliverablesStore().attach(file, 'statute', 2, null);
    expect(api.addAttachment).not.toHaveBeenCalled();
    expect(useUiStore().error).toMatch(/scansione\.pdf supera 46 MB.*desktop/);
  });

  it('downloads the GSE data and keeps how many values are missing', async () => {
    api.exportGseData.mockResolvedValue({ name: 'a-dati-gse.xlsx', base64: btoa('xlsx'), missing: 24 });
    const store = useDeliverablesStore();
    await store.download('gse');
    expect(store.lastMissing).toBe(24);
    expect(URL.createObjectURL).toHaveBeenCalled();
  });
});

describe('the dossier download', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
    useProjectStore().summary = { path: '/ws/a.condivisa' } as ProjectSummary;
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
  });

  it('asks the core for the zip of the open project', async () => {
    api.exportDossier.mockResolvedValue({ name: 'a-fascicolo.zip', base64: btoa('PK') });
    await useDeliverablesStore().download('dossier');
    expect(api.exportDossier).toHaveBeenCalledWith({ project: '/ws/a.condivisa' });
  });

  it('includes the funding call chosen in the tab', async () => {
    api.assessFundingCall.mockResolvedValue({ call: { id: 'pnrr-cer' } } as never);
    api.exportDossier.mockResolvedValue({ name: 'a-fascicolo.zip', base64: btoa('PK') });
    await useFundingCallsStore().choose('pnrr-cer');
    await useDeliverablesStore().download('dossier');
    expect(api.exportDossier).toHaveBeenCalledWith({ project: '/ws/a.condivisa', call: 'pnrr-cer' });
  });
});

describe('the report preview', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
    useProjectStore().summary = { path: '/ws/a.condivisa' } as ProjectSummary;
  });

  it("builds the report of the open project and never shows it for another project", async () => {
    const pdf = { name: 'a-relazione-tecnica.pdf', base64: btoa('%PDF') };
    api.exportReport.mockResolvedValue(pdf);
    const store = useDeliverablesStore();
    const building = store.buildPreview();
    expect(store.previewBusy).toBe(true);
    await building;
    expect(api.exportReport).toHaveBeenCalledWith({ project: '/ws/a.condivisa', lang: 'it' });
    expect(store.preview).toEqual(pdf);
    expect(store.previewBusy).toBe(false);
    useProjectStore().summary = { path: '/ws/b.condivisa' } as ProjectSummary;
    expect(store.preview).toBeNull();
  });
});

describe('the regolamento download', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
    useProjectStore().summary = { path: '/ws/a.condivisa' } as ProjectSummary;
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
  });

  it('asks the core for the DOCX draft of the open project and saves it', async () => {
    api.exportRegolamento.mockResolvedValue({ name: 'a-regolamento.docx', base64: btoa('PK') });
    const store = useDeliverablesStore();
    await store.download('regolamento');
    expect(api.exportRegolamento).toHaveBeenCalledWith({ project: '/ws/a.condivisa' });
    expect(URL.createObjectURL).toHaveBeenCalled();
    expect(store.busy).toBeNull();
  });
});
