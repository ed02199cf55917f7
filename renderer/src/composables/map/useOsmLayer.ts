/** The optional OpenStreetMap layer, on and off with the user's choice (kept by the map store). */
import type L from 'leaflet';
import { watch, type ShallowRef } from 'vue';
import { useMapStore } from '../../stores/useMapStore';
import { createOsmLayer } from '../../components/map/osm-layer';

export function useOsmLayer(map: ShallowRef<L.Map | null>) {
  const map$ = useMapStore();
  let layer: L.GridLayer | null = null;

  function show(on: boolean) {
    const m = map.value;
    if (!m) return;
    if (on && !layer) layer = createOsmLayer(map$.loadTile).addTo(m);
    if (!on && layer) {
      layer.remove();
      layer = null;
    }
  }

  watch(() => map$.osmEnabled, show);

  return { attach: () => show(map$.osmEnabled) };
}
