// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '../../../core/api/common/errors';
import type { AreaImportSummary, AreasFeatureCollection, BasemapData, MapPoint, ProjectSummary } from '../../../core/api/common';
import { useMapStore } from '../../../renderer/src/stores/useMapStore';
import { useProjectStore } from '../../../renderer/src/stores/useProjectStore';
import { useUiStore } from '../../../renderer/src/stores/useUiStore';
import { api, resetApi } from '../helpers/api-stub';
import { member } from '../helpers/fixtures';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

const PATH = '/progetti/milano.condivisa';
const project = { project: PATH };
const BASEMAP = { attribution: '© ISTAT' } as BasemapData;
const NO_AREAS: AreasFeatureCollection = { type: 'FeatureCollection', bbox: null, features: [] };

function point(kind: MapPoint['kind'], id: number, warnings: MapPoint['warnings'] = []): MapPoint {
  return { kind, id, name: `${kind} ${id}`, lat: 45.46, lon: 9.19, role: 'consumer', category: null, source: null, kWp: null, locatedAreaCode: null, configurationId: null, configurationAreaCode: null, borderDistanceMetres: null, warnings } as MapPoint;
}

function openProject(region = 'Lombardia') {
  useProjectStore().setSummary({ path: PATH, community: { region } } as ProjectSummary);
  api.getBasemap.mockResolvedValue(BASEMAP);
  api.getAreasGeoJson.mockResolvedValue(NO_AREAS);
  api.listMapPoints.mockResolvedValue([point('member', 1), point('plant', 2, ['no-area'])]);
  api.listAreas.mockResolvedValue([]);
}

describe('the map store', () => {
  beforeEach(() => {
    resetApi();
    setActivePinia(createPinia());
  });

  it('loads the basemap once per session, the areas (simplified) and the points', async () => {
    openProject();
    const map = useMapStore();
    await map.load();
    await map.load();
    expect(api.getBasemap).toHaveBeenCalledOnce();
    expect(api.getAreasGeoJson).toHaveBeenCalledWith({ ...project, simplifyMetres: 10 });
    expect(map.basemap).toEqual(BASEMAP);
    expect(map.points).toHaveLength(2);
    expect(map.flagged.map((p) => `${p.kind}:${p.id}`)).toEqual(['plant:2']);
    expect(map.areasVersion).toBe(2);
    expect(map.busy).toBe(false);
  });

  it('imports only the community’s region by default, and everything when asked', async () => {
    openProject('Lombardia');
    const map = useMapStore();
    await map.load();
    expect(map.importScope).toBe('region');
    const summary = { file: 'aree.gpkg', count: 3 } as AreaImportSummary;
    api.importAreas.mockResolvedValue(summary);
    api.listMembers.mockResolvedValue([]);
    api.listPlants.mockResolvedValue([]);
    api.listConfigurations.mockResolvedValue([]);
    await map.importPath('/dati/aree.gpkg');
    expect(api.importAreas).toHaveBeenLastCalledWith({ ...project, path: '/dati/aree.gpkg', filter: { region: 'Lombardia' } });
    expect(map.lastImport).toEqual(summary);
    map.importScope = 'all';
    await map.importPath('/dati/aree.gpkg');
    expect(api.importAreas).toHaveBeenLastCalledWith({ ...project, path: '/dati/aree.gpkg' });
  });

  it('adds a member where the user clicked, through the project store, and says where it landed', async () => {
    openProject();
    const map = useMapStore();
    api.addMember.mockResolvedValue(member(4, { name: 'Nuovo membro 1', lat: 45.5, lon: 9.2, locatedAreaCode: 'AC001E00123' }));
    api.getProjectSummary.mockResolvedValue({ path: PATH } as ProjectSummary);
    await map.addMemberAt(45.5, 9.2, 'Nuovo membro 1');
    expect(api.addMember).toHaveBeenCalledWith({ ...project, member: { name: 'Nuovo membro 1', lat: 45.5, lon: 9.2 } });
    expect(useProjectStore().members.map((m) => m.id)).toEqual([4]);
    expect(map.lastPlaced).toEqual({ name: 'Nuovo membro 1', code: 'AC001E00123' });
    expect(api.listMapPoints).toHaveBeenCalled();
  });

  it('selects the area under a click and reads its summary', async () => {
    openProject();
    const map = useMapStore();
    api.locatePoint.mockResolvedValue({ code: 'AC001E00123' } as never);
    api.getAreaSummary.mockResolvedValue({ code: 'AC001E00123', members: [] } as never);
    const hit = await map.locate(45.46, 9.19);
    await map.selectArea(hit!.code);
    expect(api.getAreaSummary).toHaveBeenCalledWith({ ...project, code: 'AC001E00123' });
    expect(map.selectedCode).toBe('AC001E00123');
    expect(map.summary?.code).toBe('AC001E00123');
  });

  it('shows a refused operation in the banner and is no longer busy', async () => {
    openProject();
    const map = useMapStore();
    api.removeArea.mockRejectedValue(new ApiError('not-found', 'No such area', 'Area inesistente'));
    await map.removeArea('XX');
    expect(useUiStore().error).toBe('Area inesistente');
    expect(map.busy).toBe(false);
  });

  it('keeps the removed area for undo in its own project only, and restores it as it was', async () => {
    openProject();
    const map = useMapStore();
    const area = { code: 'CUSTOM-1', name: 'Orti', distributor: '', unofficial: true, sourceFile: 'disegnata a mano', importedAt: '2026-01-01T00:00:00Z', geometry: { type: 'Polygon', coordinates: [[[9, 45], [9.1, 45], [9.1, 45.1], [9, 45]]] }, attributes: { drawn: true } } as const;
    api.removeArea.mockResolvedValue(area as never);
    api.listMembers.mockResolvedValue([]);
    api.listPlants.mockResolvedValue([]);
    api.listConfigurations.mockResolvedValue([]);
    await map.removeArea('CUSTOM-1');
    expect(map.removed).toEqual(area);
    // Another project open: nothing to restore there.
    useProjectStore().setSummary({ path: '/progetti/altro.condivisa', community: { region: 'Lazio' } } as ProjectSummary);
    expect(map.removed).toBeNull();
    useProjectStore().setSummary({ path: PATH, community: { region: 'Lombardia' } } as ProjectSummary);
    api.restoreArea.mockResolvedValue({ code: 'CUSTOM-1' } as never);
    api.getAreaSummary.mockResolvedValue({ code: 'CUSTOM-1', members: [] } as never);
    await map.restoreRemovedArea();
    expect(api.restoreArea).toHaveBeenCalledWith({ ...project, area });
    expect(map.removed).toBeNull();
    expect(map.selectedCode).toBe('CUSTOM-1');
  });

  it('a finding asking for a point changes the request every time, so the map re-centres', () => {
    const map = useMapStore();
    map.focusPoint('member', 1);
    const first = map.focus!.seq;
    map.focusPoint('member', 1);
    expect(map.focus).toEqual({ kind: 'member', id: 1, seq: first + 1 });
    map.clearFocus();
    expect(map.focus).toBeNull();
  });

  it('keeps the OpenStreetMap choice and fetches tiles through the core', async () => {
    const map = useMapStore();
    map.setOsm(true);
    expect(localStorage.getItem('condivisa.map.osm')).toBe('on');
    api.getMapTile.mockResolvedValue({ dataUrl: 'data:image/png;base64,AA' } as never);
    await map.loadTile(12, 2170, 1470);
    expect(api.getMapTile).toHaveBeenCalledWith({ z: 12, x: 2170, y: 1470 });
  });

  it('the substation codes of the configurations are compared without spaces and in upper case', () => {
    useProjectStore().configurations = [{ id: 1, name: 'A', substationCode: ' ac001e 00123' } as never];
    expect([...useMapStore().configurationCodes]).toEqual(['AC001E00123']);
  });
});
