// @vitest-environment happy-dom
/** Undo/redo from the UI: the core's step applied, every list read again, the notice and the banner. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { HistoryState, ProjectSummary } from '../../../core/api/common';
import { useHistoryStore } from '../../../renderer/src/stores/useHistoryStore';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';
import { api, resetApi } from '../helpers/api-stub';
import { member } from '../helpers/fixtures';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/borgo.condivisa';
const step = { id: 7, kind: 'undo' as const, labelIt: 'Modifica potenza impianto FV Scuola', labelEn: 'Edit power of plant FV Scuola', createdAt: '2026-11-30T07:00:00Z' };
const after: HistoryState = { undo: null, redo: { ...step, id: 8, kind: 'redo' }, steps: [{ ...step, id: 8, kind: 'redo' }] };

beforeEach(() => {
  setActivePinia(createPinia());
  resetApi();
  useProjectStore().setSummary({ path: PATH } as ProjectSummary);
});

describe('useHistoryStore', () => {
  it('undo applies the step, reads the project again, says what was undone and clears the stale error', async () => {
    const history = useHistoryStore();
    const ui = useUiStore();
    ui.showError(new Error('POD non valido'));
    api.undo.mockResolvedValue({ step, history: after });
    api.listMembers.mockResolvedValue([{ ...member(1, { name: 'Maria' }), consumptionSource: 'estimate', effectiveAnnualKWh: 2700 }]);
    api.listPlants.mockResolvedValue([]);
    api.listConfigurations.mockResolvedValue([]);
    api.getProjectSummary.mockResolvedValue({ path: PATH } as ProjectSummary);

    await history.undo();
    expect(api.undo).toHaveBeenCalledWith({ project: PATH });
    expect(useProjectStore().members.map((m) => m.name)).toEqual(['Maria']);
    expect(history.revision).toBe(1);
    expect(history.canUndo).toBe(false);
    expect(history.redoLabel).toBe('Modifica potenza impianto FV Scuola');
    expect(ui.notice?.text).toBe('Annullato: Modifica potenza impianto FV Scuola');
    expect(ui.error).toBeNull();
  });

  it('with nothing to undo, reads nothing again and keeps the page as it is', async () => {
    const history = useHistoryStore();
    api.undo.mockResolvedValue({ step: null, history: { undo: null, redo: null, steps: [] } });
    await history.undo();
    expect(api.listMembers).not.toHaveBeenCalled();
    expect(history.revision).toBe(0);
    expect(useUiStore().notice).toBeNull();
  });
});
