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
import { contentBounds } from '../../components/map/map-fit';

/** Italy, when the project has nothing to frame. */
const ITALY: L.LatLngBoundsLiteral = [
  [36.6, 6.6],
  [47.1, 18.6],
];

/** Closest zoom when framing the community's points (streets and houses visible). */
const FIT_MAX_ZOOM = 16;

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
    watchSize(el, m);
    return m;
  }

  /**
   * Leaflet measures its container once: when the tab is shown again, the window is resized or
   * the findings panel beside it collapses, the container changes size and Leaflet would draw
   * a blank strip (or nothing, if it was measured at 0 × 0). A ResizeObserver tells it.
   */
  let observer: ResizeObserver | null = null;
  function watchSize(el: HTMLElement, m: L.Map) {
    if (typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    observer = new ResizeObserver(() => {
      // Once per frame, and only when the size Leaflet knows is not the element's any more.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const known = m.getSize();
        if (el.clientWidth > 0 && el.clientHeight > 0 && (known.x !== el.clientWidth || known.y !== el.clientHeight)) m.invalidateSize({ pan: false });
      });
    });
    observer.observe(el);
  }

  /**
   * The community's points with its configurations' areas, else the areas, else the community's region, else Italy. A small
   * community is framed up to street zoom (16: its points apart, not piled at a national
   * view of a whole areas file). Framing jumps (no animation): a click right after an import
   * lands where the map shows it will.
   */
  function fitToContent() {
    const m = map.value;
    if (!m) return;
    const bounds = contentBounds(map$.points, map$.areasGeoJson?.features ?? [], map$.configurationCodes);
    if (bounds) {
      return void m.fitBounds(L.latLngBounds(bounds), { padding: [40, 40], maxZoom: FIT_MAX_ZOOM, animate: false });
    }
    const bbox = map$.areasGeoJson?.bbox;
    if (bbox) return void m.fitBounds(bboxBounds(bbox), { padding: [20, 20], maxZoom: 14, animate: false });
    const region = map$.basemap?.regions.features.find((f) => f.properties.name.toLowerCase() === map$.region.toLowerCase());
    if (region) return void m.fitBounds(L.geoJSON(region as never).getBounds(), { padding: [10, 10], animate: false });
    m.fitBounds(ITALY, { padding: [12, 12], animate: false });
  }

  function fitBbox(bbox: readonly number[]) {
    map.value?.fitBounds(bboxBounds(bbox), { maxZoom: 14, padding: [20, 20] });
  }

  /** Centres on a point at `minZoom` or closer (a map with no view yet has no zoom: NaN would blank it). */
  function centreOn(lat: number, lon: number, minZoom: number) {
    const m = map.value;
    if (!m) return;
    const z = m.getZoom();
    m.setView([lat, lon], Number.isFinite(z) ? Math.max(z, minZoom) : minZoom);
  }

  /** Flies to a place found by name (a town: zoom 13; a locality: 15). */
  function flyTo(lat: number, lon: number, zoom: number) {
    map.value?.flyTo([lat, lon], zoom, { duration: 0.6 });
  }

  /** Called once the layers are on: town labels for the first view, and the tests may start. */
  function finish() {
    basemap?.updateLabels();
    ready.value = true;
  }

  onBeforeUnmount(() => {
    observer?.disconnect();
    map.value?.remove();
    map.value = null;
  });

  return { map, ready, create, finish, fitToContent, fitBbox, centreOn, flyTo };
}
