/** The offline streets layer on the map, following the file chosen for this computer. */
import type L from 'leaflet';
import { watch, type ShallowRef } from 'vue';
import { useStreetsStore } from '../../stores/useStreetsStore';
import { createStreetsLayer } from '../../components/map/streets-layer';

export function useStreetsLayer(map: ShallowRef<L.Map | null>) {
  const streets$ = useStreetsStore();
  let layer: L.Layer | null = null;
  let shown: string | null = null;

  function show() {
    const m = map.value;
    if (!m) return;
    const info = streets$.state?.info ?? null;
    const key = info ? `${streets$.state?.path}|${info.file}|${info.kind}` : null;
    if (key === shown) return;
    layer?.remove();
    layer = info ? createStreetsLayer(info, streets$.loadTile).addTo(m) : null;
    shown = key;
  }

  watch(() => streets$.state, show);

  return {
    attach: async () => {
      await streets$.load();
      show();
    },
  };
}
