/**
 * The map tab's state: the offline basemap (read once per session), the project's areas
 * (GeoJSON for display and the light list for counts), the points with their warnings,
 * the selected area and the interaction mode. Edits go through the core at once; members
 * and plants are added and moved through the project store so every tab stays in step.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type {
  AreaFilterInput,
  AreaImportSummary,
  AreaListItem,
  AreaSummary,
  AreasFeatureCollection,
  BasemapData,
  MapPoint,
  MemberPreset,
  RemovedArea,
} from '../../../core/api/common';
import { api } from '../api/client';
import { areaKey } from '../components/map/map-fit';
import { useProjectStore } from './useProjectStore';
import { useUiStore } from './useUiStore';
import { readBase64 } from './read-file';
import { t } from '../i18n';

/** `place`: the next click puts an existing member or plant there (usePlacementStore). */
export type MapMode = 'pan' | 'add-member' | 'add-plant' | 'draw' | 'place';
const OSM_KEY = 'condivisa.map.osm';

export const useMapStore = defineStore('map', () => {
  const project = useProjectStore();
  const ui = useUiStore();

  const basemap = ref<BasemapData | null>(null);
  const areasGeoJson = ref<AreasFeatureCollection | null>(null);
  const areaList = ref<AreaListItem[]>([]);
  const points = ref<MapPoint[]>([]);
  const selectedCode = ref<string | null>(null);
  const summary = ref<AreaSummary | null>(null);
  const mode = ref<MapMode>('pan');
  const lastImport = ref<AreaImportSummary | null>(null);
  const lastPlaced = ref<{ name: string; code: string | null } | null>(null);
  const busy = ref(false);
  const osmEnabled = ref(typeof localStorage !== 'undefined' && localStorage.getItem(OSM_KEY) === 'on');
  /** Bumped whenever the area geometry changes, so the map redraws the areas layer. */
  const areasVersion = ref(0);
  /**
   * eligibility rules: a point to show (asked by a finding). The map pans and zooms to it and
   * highlights its marker; `seq` changes on every request, so asking again re-centres.
   */
  const focus = ref<{ kind: MapPoint['kind']; id: number; seq: number } | null>(null);
  let focusSeq = 0;
  function focusPoint(kind: MapPoint['kind'], id: number) {
    focus.value = { kind, id, seq: ++focusSeq };
  }

  const projectRef = () => ({ project: project.summary?.path ?? '' });
  const configurationCodes = computed(
    () => new Set(project.configurations.map((c) => areaKey(c.substationCode)).filter(Boolean)),
  );
  const importScope = ref<'all' | 'region'>('all');
  const region = computed(() => project.summary?.community.region ?? '');
  const flagged = computed(() => points.value.filter((p) => p.warnings.length > 0));

  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    try {
      return await fn();
    } catch (e) {
      ui.showError(e);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  async function loadBasemap() {
    if (!basemap.value) basemap.value = await api.getBasemap({});
  }

  async function refreshPoints() {
    const [p, list] = await Promise.all([api.listMapPoints(projectRef()), api.listAreas(projectRef())]);
    points.value = p;
    areaList.value = list;
    if (selectedCode.value) await loadSummary(selectedCode.value);
  }

  async function refreshAreas() {
    areasGeoJson.value = await api.getAreasGeoJson({ ...projectRef(), simplifyMetres: 10 });
    areasVersion.value++;
    await refreshPoints();
  }

  /** Everything the tab needs; the basemap only the first time. */
  async function load() {
    importScope.value = region.value ? 'region' : 'all'; // the store outlives a project: start from this one's region
    await run(async () => {
      await Promise.all([loadBasemap(), refreshAreas()]);
    });
  }

  async function loadSummary(code: string | null) {
    selectedCode.value = code;
    summary.value = code ? await api.getAreaSummary({ ...projectRef(), code }) : null;
  }

  const selectArea = (code: string | null) => run(() => loadSummary(code));

  /** The report shows once the areas and lists are reloaded, so the map is framed on what it reports. */
  async function afterImport(s: AreaImportSummary) {
    await refreshAreas();
    await project.reloadLists();
    lastImport.value = s;
  }

  /** Which areas an import keeps: all of them, or those of the community's region. */
  const importFilter = (): AreaFilterInput | undefined => (importScope.value === 'region' && region.value ? { region: region.value } : undefined);

  const importPath = (path: string, filter = importFilter()) =>
    run(async () => afterImport(await api.importAreas({ ...projectRef(), path, ...(filter ? { filter } : {}) })));

  const importFile = (file: File, filter = importFilter()) =>
    run(async () =>
      afterImport(
        await api.importAreasContent({ ...projectRef(), name: file.name, contentBase64: await readBase64(file), ...(filter ? { filter } : {}) }),
      ),
    );

  /** Click on the map: which area is there (exact, by the core). */
  const locate = (lat: number, lon: number) => run(() => api.locatePoint({ ...projectRef(), lat, lon }));

  /** A member added by clicking: `kind` gives its category, load profile and typical consumption. */
  async function addMemberAt(lat: number, lon: number, name: string, kind?: Pick<MemberPreset, 'category' | 'loadProfile' | 'annualKWh'>) {
    const m = await project.addMember({ name, lat, lon, ...(kind ? { category: kind.category, loadProfile: kind.loadProfile, annualKWh: kind.annualKWh } : {}) });
    if (m) {
      lastPlaced.value = { name: m.name, code: m.locatedAreaCode ?? null };
      await run(refreshPoints);
    }
    return m;
  }

  async function addPlantAt(lat: number, lon: number, name: string) {
    const p = await project.addPlant({ name, lat, lon });
    if (p) {
      lastPlaced.value = { name: p.name, code: p.locatedAreaCode ?? null };
      await run(refreshPoints);
    }
    return p;
  }

  async function movePoint(kind: MapPoint['kind'], id: number, lat: number, lon: number) {
    if (kind === 'member') await project.updateMember(id, { lat, lon });
    else await project.updatePlant(id, { lat, lon });
    await run(refreshPoints);
  }

  const saveCustomPerimeter = (code: string, name: string, ring: [number, number][]) =>
    run(async () => {
      const a = await api.setCustomPerimeter({ ...projectRef(), code, name, polygon: ring });
      await refreshAreas();
      await project.reloadLists();
      await loadSummary(a.code);
      return a;
    });

  /**
   * The area last removed, as it was, until the user restores it or removes another: a
   * self-contained undo (restoreArea) that a general undo history can take over later.
   */
  const removedFrom = ref<{ project: string; area: RemovedArea } | null>(null);
  /** Only the current project's: the store outlives a project, an area never goes back into another. */
  const removed = computed(() => (removedFrom.value && removedFrom.value.project === projectRef().project ? removedFrom.value.area : null));

  const removeArea = (code: string) =>
    run(async () => {
      removedFrom.value = { project: projectRef().project, area: await api.removeArea({ ...projectRef(), code }) };
      if (selectedCode.value === code) await loadSummary(null);
      await refreshAreas();
      await project.reloadLists();
      ui.notify(t('history.removed', { name: code }), true); // editing comfort: undo instead of asking first
    });

  const restoreRemovedArea = () =>
    run(async () => {
      const area = removed.value;
      if (!area) return;
      await api.restoreArea({ ...projectRef(), area });
      removedFrom.value = null;
      await refreshAreas();
      await project.reloadLists();
      await loadSummary(area.code);
    });

  const searchPlaces = (query: string) => run(() => api.searchPlaces({ query, limit: 8 }));

  const search = (query: string) => run(() => api.listAreas({ ...projectRef(), query }));

  /** One OpenStreetMap tile, fetched and cached by the core; the layer handles a failure itself. */
  const loadTile = (z: number, x: number, y: number) => api.getMapTile({ z, x, y });

  function setOsm(on: boolean) {
    osmEnabled.value = on;
    localStorage.setItem(OSM_KEY, on ? 'on' : 'off');
  }

  return {
    // state
    basemap, areasGeoJson, areaList, points, flagged, selectedCode, summary, mode, lastImport, lastPlaced, busy, osmEnabled, areasVersion, removed,
    configurationCodes, importScope, region,
    focus, focusPoint, clearFocus: () => (focus.value = null), // eligibility rules
    // actions
    load, refreshPoints, selectArea, importPath, importFile, locate, addMemberAt, addPlantAt, movePoint, saveCustomPerimeter, removeArea, restoreRemovedArea, search, searchPlaces, setOsm, loadTile,
  };
});
