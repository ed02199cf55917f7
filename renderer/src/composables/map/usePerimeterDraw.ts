/**
 * Drawing an unofficial perimeter: each click adds a vertex, a double click closes the ring
 * (then a code and a name are asked), save sends it to the core as a custom area.
 */
import L from 'leaflet';
import { ref, watch, type ShallowRef } from 'vue';
import { useMapStore } from '../../stores/useMapStore';
import { useI18n } from '../../i18n';
import { PANES } from '../../components/map/map-style';

type LatLon = [number, number];
const samePoint = (a: LatLon, b: LatLon) => Math.abs(a[0] - b[0]) < 1e-7 && Math.abs(a[1] - b[1]) < 1e-7;

export function usePerimeterDraw(map: ShallowRef<L.Map | null>) {
  const map$ = useMapStore();
  const { t } = useI18n();
  const vertices = ref<LatLon[]>([]);
  const closed = ref(false);
  const code = ref('');
  const name = ref('');
  let shape: L.Path | null = null;

  function redraw() {
    shape?.remove();
    shape = null;
    if (!map.value || vertices.value.length === 0) return;
    const opts = { pane: PANES.draw.name, color: '#c0392b', weight: 2, dashArray: '5 4', interactive: false };
    shape = closed.value ? L.polygon(vertices.value, { ...opts, fillOpacity: 0.15 }) : L.polyline(vertices.value, opts);
    shape.addTo(map.value);
  }

  function addVertex(lat: number, lon: number) {
    if (closed.value) return;
    vertices.value = [...vertices.value, [lat, lon]];
    redraw();
  }

  /** Double click: close the ring if it has three corners, and propose the next free code. */
  function close() {
    if (closed.value) return;
    // a double click also sent two clicks: drop the duplicate vertex
    const pts = vertices.value.slice();
    while (pts.length >= 2 && samePoint(pts[pts.length - 1]!, pts[pts.length - 2]!)) pts.pop();
    vertices.value = pts;
    if (pts.length >= 3) {
      closed.value = true;
      const n = map$.areaList.filter((a) => a.unofficial).length + 1;
      code.value = `PERIMETRO-${n}`;
      name.value = `${t('map.perimeter.defaultName')} ${n}`;
    }
    redraw();
  }

  function cancel() {
    vertices.value = [];
    closed.value = false;
    redraw();
  }

  async function save() {
    const ring = vertices.value.map(([lat, lon]) => [lon, lat] as LatLon); // the core takes [lon, lat]
    if (await map$.saveCustomPerimeter(code.value, name.value, ring)) {
      cancel();
      map$.mode = 'pan';
    }
  }

  // a double click closes the ring instead of zooming while drawing
  watch(
    () => map$.mode,
    (mode) => {
      if (mode === 'draw') map.value?.doubleClickZoom.disable();
      else {
        map.value?.doubleClickZoom.enable();
        cancel();
      }
    },
  );

  return { closed, code, name, addVertex, close, cancel, save };
}
