// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../../../core/api/common/errors';
import type { ProjectSummary } from '../../../core/api/common';
import { useWorkspaceStore } from '../../../renderer/src/stores/useWorkspaceStore';
import { useParametersStore } from '../../../renderer/src/stores/useParametersStore';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';
import { api, resetApi } from '../helpers/api-stub';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

describe('the home screen’s store', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('creates a project and gives its path to open, clearing an old error', async () => {
    useUiStore().showError(new Error('vecchio'));
    api.createProject.mockResolvedValue({ path: '/ws/CER-Borgo.condivisa' } as ProjectSummary);
    expect(await useWorkspaceStore().create('CER-Borgo', 'CER Borgo', 'CER')).toBe('/ws/CER-Borgo.condivisa');
    expect(api.createProject).toHaveBeenCalledWith({ path: 'CER-Borgo', name: 'CER Borgo', type: 'CER' });
    expect(useUiStore().error).toBeNull();
  });

  it('a refused open gives no path and shows why, in Italian', async () => {
    api.openProject.mockRejectedValue(new ApiError('project-file', 'Newer file', 'File di una versione più recente'));
    const workspace = useWorkspaceStore();
    expect(await workspace.open('/x.condivisa')).toBeNull();
    expect(useUiStore().error).toBe('File di una versione più recente');
    expect(workspace.busy).toBe(false);
  });
});

describe('the parameters store', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('an override is saved through the core and the entries replaced by what it returns', async () => {
    const saved = [{ key: 'discountRate', value: 0.05 }] as never;
    api.setParameterOverride.mockResolvedValue(saved);
    const params = useParametersStore();
    expect(await params.setOverride('/p.condivisa', 'discountRate', 0.05)).toBe(true);
    expect(api.setParameterOverride).toHaveBeenCalledWith({ project: '/p.condivisa', key: 'discountRate', value: 0.05 });
    expect(params.entries).toEqual(saved);
  });

  it('a refused clear keeps the prices and says so', async () => {
    api.clearZonalPrices.mockRejectedValue(new Error('busy'));
    const params = useParametersStore();
    params.prices = { file: 'pun.csv' } as never;
    expect(await params.clearPrices('/p.condivisa')).toBe(false);
    expect(params.prices).toEqual({ file: 'pun.csv' });
    expect(useUiStore().error).toBe('busy');
  });
});
