/**
 * The Leaflet map of the map tab: created on an element once the offline basemap is loaded,
 * with the panes, the basemap layers and their zoom-dependent town labels; framing on the
 * project's content. Leaflet objects stay out of Vue's reactivity (shallowRef, plain lets).
 */
import L from 'leaflet';
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import type { BasemapData } from '../../../../core/api/common';
import { useMapStore } from '../../stores/useMapStore';
import { createBasemap, type BasemapLayers } from '../../components/map/map-basemap';
import { bboxBounds, createPanes } from '../../components/map/map-style';

/** Italy, when the project has nothing to frame. */
const ITALY: L.LatLngBoundsLiteral = [
  [36.6, 6.6],
  [47.1, 18.6],
];

export function useLeafletMap() {
  const map$ = useMapStore();
  const map = shallowRef<L.Map | null>(null);
  const ready = ref(false);
  let basemap: BasemapLayers | null = null;

  function create(el: HTMLElement, data: BasemapData): L.Map {
    const m = L.map(el, { zoomSnap: 0.5, minZoom: 5, maxZoom: 18, worldCopyJump: false, attributionControl: true, zoomControl: true });
    m.attributionControl.setPrefix('Leaflet');
    m.attributionControl.addAttribution(data.attribution);
    createPanes(m);
    basemap = createBasemap(m, data);
    basemap.land.addTo(m);
    basemap.borders.addTo(m);
    basemap.labels.addTo(m);
    m.on('zoomend moveend', () => basemap?.updateLabels());
    map.value = m;
    return m;
  }

  /**
   * Areas, else points, else the community's region, else Italy. Framing jumps (no
   * animation): a click right after an import lands where the map shows it will.
   */
  function fitToContent() {
    const m = map.value;
    if (!m) return;
    const bbox = map$.areasGeoJson?.bbox;
    if (bbox) return void m.fitBounds(bboxBounds(bbox), { padding: [20, 20], maxZoom: 14, animate: false });
    if (map$.points.length) {
      return void m.fitBounds(L.latLngBounds(map$.points.map((p) => [p.lat, p.lon] as [number, number])), { padding: [40, 40], maxZoom: 14, animate: false });
    }
    const region = map$.basemap?.regions.features.find((f) => f.properties.name.toLowerCase() === map$.region.toLowerCase());
    if (region) return void m.fitBounds(L.geoJSON(region as never).getBounds(), { padding: [10, 10], animate: false });
    m.fitBounds(ITALY, { padding: [12, 12], animate: false });
  }

  function fitBbox(bbox: readonly number[]) {
    map.value?.fitBounds(bboxBounds(bbox), { maxZoom: 14, padding: [20, 20] });
  }

  function centreOn(lat: number, lon: number, minZoom: number) {
    map.value?.setView([lat, lon], Math.max(map.value.getZoom(), minZoom));
  }

  /** Called once the layers are on: town labels for the first view, and the tests may start. */
  function finish() {
    basemap?.updateLabels();
    ready.value = true;
  }

  onBeforeUnmount(() => {
    map.value?.remove();
    map.value = null;
  });

  return { map, ready, create, finish, fitToContent, fitBbox, centreOn };
}
