// @vitest-environment happy-dom
/**
 * Placing what the project has: the points without coordinates are listed, a click saves the
 * chosen one there, and a point that lands in an area joins that area's configuration — at once
 * when there is one, by the user's choice when there are several, never when it has one already.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Configuration, Member } from '../../../core/model/entities';
import type { ProjectSummary } from '../../../core/api/common';
import { usePlacementStore } from '../../../renderer/src/stores/usePlacementStore';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { useMapStore } from '../../../renderer/src/stores/useMapStore';
import { api, resetApi } from '../helpers/api-stub';
import { member } from '../helpers/fixtures';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/rho.condivisa';
const cfg = (id: number, code: string): Configuration => ({ id, name: `Config ${id}`, substationCode: code });

function setup(members: Member[], configurations: Configuration[]) {
  const project = useProjectStore();
  project.setSummary({ path: PATH, community: { region: 'Lombardia', municipality: 'Rho' } } as ProjectSummary);
  project.members = members;
  project.plants = [];
  project.configurations = configurations;
  api.listUnplaced.mockResolvedValue(members.filter((m) => m.lat === null).map((m) => ({ kind: 'member', id: m.id, name: m.name, municipality: '', address: '', proposed: null })));
  api.listMapPoints.mockResolvedValue([]);
  api.listAreas.mockResolvedValue([]);
  api.getProjectSummary.mockResolvedValue({ path: PATH, community: { region: 'Lombardia', municipality: 'Rho' } } as ProjectSummary);
  return project;
}

describe('the placement store', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('asks the core for the points without coordinates, and again after an edit', async () => {
    const project = setup([member(1), member(2, { lat: 45.5, lon: 9.0 })], []);
    const placement = usePlacementStore();
    await vi.waitFor(() => expect(placement.unplaced).toEqual([{ kind: 'member', id: 1, name: 'Membro 1', municipality: '', address: '', proposed: null }]));
    expect(api.listUnplaced).toHaveBeenCalledWith({ project: PATH });
    project.members = [member(2, { lat: 45.5, lon: 9.0 })];
    await vi.waitFor(() => expect(api.listUnplaced).toHaveBeenCalledTimes(2));
  });

  it('saves a click as the chosen member’s place and joins the only configuration of its area', async () => {
    const project = setup([member(1)], [cfg(7, 'AC001 E00934'), cfg(8, 'AC001E00935')]);
    const placement = usePlacementStore();
    await vi.waitFor(() => expect(placement.unplaced).toHaveLength(1));
    placement.start(placement.unplaced[0]!);
    expect(useMapStore().mode).toBe('place');
    api.updateMember.mockResolvedValueOnce(member(1, { lat: 45.46, lon: 9.19, locatedAreaCode: 'AC001E00934' }));
    api.updateMember.mockResolvedValueOnce(member(1, { lat: 45.46, lon: 9.19, locatedAreaCode: 'AC001E00934', configurationId: 7 }));
    await placement.placeAt(45.46, 9.19);
    expect(api.updateMember).toHaveBeenNthCalledWith(1, { project: PATH, id: 1, patch: { lat: 45.46, lon: 9.19 } });
    expect(api.updateMember).toHaveBeenNthCalledWith(2, { project: PATH, id: 1, patch: { configurationId: 7 } });
    expect(placement.joined).toEqual({ name: 'Membro 1', config: 'Config 7' });
    expect(project.members[0]!.configurationId).toBe(7);
    expect(useMapStore().mode).toBe('pan');
  });

  it('asks when the area has several configurations, and leaves a point that has one alone', async () => {
    setup([member(1)], [cfg(7, 'AC001E00934'), cfg(9, 'AC001E00934')]);
    const placement = usePlacementStore();
    await placement.offerConfiguration('member', 1, 'Membro 1', 'AC001E00934', null);
    expect(placement.join?.options.map((c) => c.id)).toEqual([7, 9]);
    placement.dismissJoin();
    await placement.offerConfiguration('member', 1, 'Membro 1', 'AC001E00934', 9);
    expect(placement.join).toBeNull();
    await placement.offerConfiguration('member', 1, 'Membro 1', null, null);
    expect(placement.join).toBeNull();
    expect(api.updateMember).not.toHaveBeenCalled();
  });
});
