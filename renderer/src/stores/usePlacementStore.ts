/**
 * Putting on the map what the project already has: members and plants without coordinates
 * (typed in the tables, imported with an address or a municipality only) are listed *da
 * posizionare*; one is placed by clicking the map (or at the centre the core proposes: its
 * municipality's, the town in its address, the community's municipality). A point
 * that lands in a substation area joins the configuration of that area when it has none: at
 * once when the area has one configuration, by the user's choice when it has several.
 */
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { Configuration } from '../../../core/model/entities';
import type { MemberPreset, UnplacedPoint } from '../../../core/api/common';
import { api } from '../api/client';
import { useProjectStore } from './useProjectStore';
import { useMapStore } from './useMapStore';
import { useUiStore } from './useUiStore';

export type PointKind = 'member' | 'plant';
export type Unplaced = UnplacedPoint;
/** A point that landed in an area with several configurations: the user picks one. */
export interface JoinChoice {
  kind: PointKind;
  id: number;
  name: string;
  code: string;
  options: Configuration[];
}

const areaKey = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export const usePlacementStore = defineStore('placement', () => {
  const project = useProjectStore();
  const map$ = useMapStore();
  const ui = useUiStore();

  const placing = ref<Unplaced | null>(null);
  const join = ref<JoinChoice | null>(null);
  const joined = ref<{ name: string; config: string } | null>(null);
  const presets = ref<MemberPreset[]>([]);
  const presetKey = ref('household');

  /** Members and plants without coordinates (from the core, with a proposed centre), listed again after each edit. */
  const unplaced = ref<Unplaced[]>([]);
  async function refreshUnplaced() {
    const path = project.summary?.path;
    if (!path) return;
    try {
      unplaced.value = await api.listUnplaced({ project: path });
    } catch {
      // the list keeps its last state; the edit that failed showed its error
    }
  }
  watch(() => [project.summary?.path, project.editCount, project.members, project.plants], () => void refreshUnplaced(), { immediate: true });

  function start(p: Unplaced) {
    placing.value = p;
    map$.mode = 'place';
  }

  function cancel() {
    placing.value = null;
    if (map$.mode === 'place') map$.mode = 'pan';
  }

  /** Saves the chosen point at (lat, lon), then offers it the configuration of its area. */
  async function placeAt(lat: number, lon: number) {
    const p = placing.value;
    if (!p) return;
    placing.value = null;
    map$.mode = 'pan';
    const ok = p.kind === 'member' ? await project.updateMember(p.id, { lat, lon }) : await project.updatePlant(p.id, { lat, lon });
    if (!ok) return;
    await Promise.all([map$.refreshPoints(), refreshUnplaced()]);
    const e = p.kind === 'member' ? project.members.find((m) => m.id === p.id) : project.plants.find((x) => x.id === p.id);
    const code = e?.locatedAreaCode ?? null;
    map$.lastPlaced = { name: p.name, code };
    if (e) await offerConfiguration(p.kind, e.id, e.name, code, e.configurationId);
  }

  /** A point in `code` with no configuration joins the area's configuration (asked when several). */
  async function offerConfiguration(kind: PointKind, id: number, name: string, code: string | null, configurationId: number | null) {
    joined.value = null;
    if (!code || configurationId !== null) return;
    const options = project.configurations.filter((c) => areaKey(c.substationCode) === code);
    if (options.length === 1) await assign(kind, id, name, options[0]!);
    else if (options.length > 1) join.value = { kind, id, name, code, options };
  }

  async function assign(kind: PointKind, id: number, name: string, c: Configuration) {
    join.value = null;
    const ok = kind === 'member' ? await project.updateMember(id, { configurationId: c.id }) : await project.updatePlant(id, { configurationId: c.id });
    if (!ok) return;
    joined.value = { name, config: c.name };
    await map$.refreshPoints();
  }

  async function loadPresets() {
    if (presets.value.length) return;
    try {
      presets.value = await api.listMemberPresets({});
    } catch (e) {
      ui.showError(e);
    }
  }

  const preset = computed(() => presets.value.find((p) => p.key === presetKey.value) ?? presets.value[0] ?? null);

  return { placing, join, joined, unplaced, refreshUnplaced, presets, presetKey, preset, start, cancel, placeAt, offerConfiguration, assign, loadPresets, dismissJoin: () => (join.value = null) };
});
