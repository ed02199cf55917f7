/**
 * Putting on the map what the project already has: members and plants without coordinates
 * (typed in the tables, imported with a municipality only) are listed *da posizionare*; one is
 * placed by clicking the map (or at its municipality's centre, proposed when known). A point
 * that lands in a substation area joins the configuration of that area when it has none: at
 * once when the area has one configuration, by the user's choice when it has several.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Configuration } from '../../../core/model/entities';
import type { MemberPreset, PlaceHit } from '../../../core/api/common';
import { api } from '../api/client';
import { useProjectStore } from './useProjectStore';
import { useRulesStore } from './useRulesStore';
import { useMapStore } from './useMapStore';
import { useUiStore } from './useUiStore';

export type PointKind = 'member' | 'plant';
export interface Unplaced {
  kind: PointKind;
  id: number;
  name: string;
  /** The site's municipality (rule field), else the community's; '' when unknown. */
  municipality: string;
}
/** A point that landed in an area with several configurations: the user picks one. */
export interface JoinChoice {
  kind: PointKind;
  id: number;
  name: string;
  code: string;
  options: Configuration[];
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/gi, '').toLowerCase();
const areaKey = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export const usePlacementStore = defineStore('placement', () => {
  const project = useProjectStore();
  const rules = useRulesStore();
  const map$ = useMapStore();
  const ui = useUiStore();

  const placing = ref<Unplaced | null>(null);
  const join = ref<JoinChoice | null>(null);
  const joined = ref<{ name: string; config: string } | null>(null);
  const presets = ref<MemberPreset[]>([]);
  const presetKey = ref('household');

  const unplaced = computed<Unplaced[]>(() => {
    const fallback = project.summary?.community.municipality ?? '';
    const municipality = (kind: PointKind, id: number) => {
      const v = rules.valuesOf({ kind, id })['municipality'];
      return typeof v === 'string' && v.trim() ? v.trim() : fallback;
    };
    return [
      ...project.members.filter((m) => m.lat === null || m.lon === null).map((m) => ({ kind: 'member' as const, id: m.id, name: m.name, municipality: municipality('member', m.id) })),
      ...project.plants.filter((p) => p.lat === null || p.lon === null).map((p) => ({ kind: 'plant' as const, id: p.id, name: p.name, municipality: municipality('plant', p.id) })),
    ];
  });

  /** The centre of a municipality in the offline gazetteer, when it has that exact name. */
  async function centreOf(municipality: string): Promise<PlaceHit | null> {
    if (!municipality.trim()) return null;
    try {
      const hits = await api.searchPlaces({ query: municipality, limit: 1 });
      return hits[0] && fold(hits[0].name) === fold(municipality) ? hits[0] : null;
    } catch {
      return null; // no proposal: the user clicks anyway
    }
  }

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
    await map$.refreshPoints();
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

  return { placing, join, joined, unplaced, presets, presetKey, preset, centreOf, start, cancel, placeAt, offerConfiguration, assign, loadPresets, dismissJoin: () => (join.value = null) };
});
