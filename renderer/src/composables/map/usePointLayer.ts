/**
 * Members (canvas circles, coloured by role and outlined by category) and plants (icons) on
 * the map, with their area warnings and eligibility marks; redrawn when the points, the
 * findings or the language change. A finding can ask to show a point: the map centres on it,
 * rings it and opens its tooltip.
 */
import L from 'leaflet';
import { watch, type ShallowRef } from 'vue';
import type { MapPoint } from '../../../../core/api/common';
import { markKey } from '../../../../core/rules/marks';
import { useMapStore } from '../../stores/useMapStore';
import { useI18n } from '../../i18n';
import { findingBadge, findingRingStyle, focusIcon, memberStyle, PANES, plantIcon } from '../../components/map/map-style';
import { pointTooltip } from '../../components/map/point-tooltip';
import { spreadOffsets } from '../../components/map/spread';
import { useMemberDrag } from './useMemberDrag';
import { usePointMarks } from './usePointMarks';
import { useUiStore } from '../../stores/useUiStore';

export function usePointLayer(map: ShallowRef<L.Map | null>) {
  const map$ = useMapStore();
  const { t, locale } = useI18n();
  const { marks, markOf: markOfAny } = usePointMarks();
  const ui = useUiStore();
  // Presentation mode hides the findings: no rings, badges or map warnings on the points.
  const markOf = (p: MapPoint) => (ui.presentation ? undefined : markOfAny(p));
  const drag = useMemberDrag(map);
  const layer = L.layerGroup();
  const focusLayer = L.layerGroup();
  /** Markers by `member:<id>` / `plant:<id>`, to open the tooltip of a focused point. */
  const markers = new Map<string, L.Layer & { openTooltip?: () => void }>();
  let renderer: L.Canvas | null = null;
  let focused: Pick<MapPoint, 'kind' | 'id'> | null = null;
  /** Offsets of coincident points (see spread.ts); empty when none coincide. */
  let offsets = new Map<string, [number, number]>();

  /** Where a point is drawn: its coordinates, moved apart on screen from those it coincides with. */
  function at(p: MapPoint): L.LatLng {
    const ll = L.latLng(p.lat, p.lon);
    const o = offsets.get(`${p.kind}:${p.id}`);
    const m = map.value;
    if (!o || !m || !Number.isFinite(m.getZoom())) return ll;
    return m.layerPointToLatLng(m.latLngToLayerPoint(ll).add([o[0], o[1]]));
  }

  function addMember(p: MapPoint) {
    const mark = markOf(p);
    if (mark) layer.addLayer(L.circleMarker(at(p), { ...findingRingStyle(mark.severity), renderer: renderer! }));
    if (p.warnings.length && !ui.presentation) {
      const ring = { renderer: renderer!, radius: mark ? 16 : 11, color: '#34495e', weight: 1.5, dashArray: '3 2', fill: false, interactive: false };
      layer.addLayer(L.circleMarker(at(p), ring));
    }
    const marker = L.circleMarker(at(p), { ...memberStyle(p), renderer: renderer!, bubblingMouseEvents: false });
    marker.bindTooltip(pointTooltip(p, mark, t, locale.value), { direction: 'top', offset: [0, mark ? -18 : -6] });
    marker.on('mousedown', (e) => drag.start(p, marker, e));
    return marker;
  }

  function addPlant(p: MapPoint) {
    const mark = markOf(p);
    const marker = L.marker(at(p), { icon: plantIcon(p, mark?.severity), draggable: true, pane: PANES.points.name, keyboard: false });
    marker.bindTooltip(pointTooltip(p, mark, t, locale.value), { direction: 'top', offset: [0, mark ? -20 : -10] });
    marker.on('dragend', () => {
      const ll = marker.getLatLng();
      void map$.movePoint('plant', p.id, ll.lat, ll.lng);
    });
    return marker;
  }

  function draw() {
    if (!map.value) return;
    layer.clearLayers();
    markers.clear();
    offsets = spreadOffsets(map$.points);
    for (const p of map$.points) {
      const mark = markOf(p);
      if (mark) {
        // eligibility rules: a badge beside every point with findings (DOM, above the canvas)
        const icon = findingBadge(p.kind, p.id, mark.severity, mark.items.length);
        layer.addLayer(L.marker(at(p), { icon, interactive: false, keyboard: false, pane: PANES.points.name }));
      }
      const marker = p.kind === 'member' ? addMember(p) : addPlant(p);
      layer.addLayer(marker);
      markers.set(markKey(p.kind, p.id), marker);
    }
    drawFocus();
  }

  /** The highlight ring around the focused point, redrawn with the points. */
  function drawFocus() {
    focusLayer.clearLayers();
    const f = focused;
    const p = f && map$.points.find((x) => x.kind === f.kind && x.id === f.id);
    if (p) focusLayer.addLayer(L.marker(at(p), { icon: focusIcon(p.kind, p.id), interactive: false, keyboard: false, pane: PANES.points.name }));
  }

  /** Shows the point a finding asked for; false when there is none (the map then frames the content). */
  function applyFocus(): boolean {
    const req = map$.focus;
    const m = map.value;
    if (!m || !req) return false;
    const p = map$.points.find((x) => x.kind === req.kind && x.id === req.id);
    if (!p) return false;
    focused = { kind: p.kind, id: p.id };
    // Opened from another tab the map has no view yet: getZoom() is undefined and Math.max NaN,
    // which left the map blank blue.
    const z = m.getZoom();
    m.setView([p.lat, p.lon], Number.isFinite(z) ? Math.max(z, 13) : 13, { animate: false });
    drawFocus();
    markers.get(markKey(p.kind, p.id))?.openTooltip?.();
    return true;
  }

  function clearFocus() {
    if (!focused) return;
    focused = null;
    focusLayer.clearLayers();
    map$.clearFocus();
  }

  function attach(m: L.Map) {
    renderer = L.canvas({ pane: PANES.points.name, padding: 0.3, tolerance: 3 });
    layer.addTo(m);
    focusLayer.addTo(m);
    drag.attach(m);
    // Spread points keep their pixel distance: redraw them at each zoom (only when some coincide).
    m.on('zoomend', () => {
      if (offsets.size) draw();
    });
    draw();
  }

  watch(() => map$.points, draw);
  watch(marks, draw); // eligibility rules: findings changed
  watch(locale, draw);
  watch(() => ui.presentation, draw);
  watch(() => map$.focus?.seq, () => applyFocus());

  return { attach, applyFocus, clearFocus, justDragged: drag.justDragged };
}
