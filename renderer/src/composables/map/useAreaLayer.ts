/**
 * The project's areas on the map (one canvas, not interactive: clicks are located by the
 * core), restyled when the selection or the configurations change, and their codes written
 * on the map when few are in view and large enough to read.
 */
import L from 'leaflet';
import { watch, type ShallowRef } from 'vue';
import { useMapStore } from '../../stores/useMapStore';
import { areaStyle, escapeHtml, PANES } from '../../components/map/map-style';

type AreaProps = { code: string; unofficial: boolean };
/** More areas than this in view: no codes, they would only clutter. */
const MAX_LABELS = 60;

export function useAreaLayer(map: ShallowRef<L.Map | null>) {
  const map$ = useMapStore();
  let layer: L.GeoJSON | null = null;
  let renderer: L.Canvas | null = null;
  const labels = L.layerGroup([], { pane: PANES.labels.name });

  const styleOf = (p: AreaProps) => areaStyle(p.code, p.unofficial, map$.selectedCode, map$.configurationCodes);

  function draw() {
    const m = map.value;
    if (!m) return;
    layer?.remove();
    layer = null;
    const fc = map$.areasGeoJson;
    if (!fc || fc.features.length === 0) return;
    layer = L.geoJSON(fc as never, {
      renderer: renderer!,
      interactive: false,
      smoothFactor: 1.5,
      style: (f) => styleOf({ code: f?.properties.code as string, unofficial: Boolean(f?.properties.unofficial) }),
    } as L.GeoJSONOptions).addTo(m);
  }

  function restyle() {
    layer?.eachLayer((l) => {
      const f = (l as L.Path & { feature?: { properties: AreaProps } }).feature;
      if (f) (l as L.Path).setStyle(styleOf(f.properties));
    });
  }

  function updateLabels() {
    const m = map.value;
    if (!m) return;
    labels.clearLayers();
    const view = m.getBounds();
    const inView = map$.areaList.filter((a) => view.intersects([[a.bbox[1], a.bbox[0]], [a.bbox[3], a.bbox[2]]]));
    if (inView.length > MAX_LABELS) return;
    for (const a of inView) {
      const nw = m.latLngToContainerPoint([a.bbox[3], a.bbox[0]]);
      const se = m.latLngToContainerPoint([a.bbox[1], a.bbox[2]]);
      if (se.x - nw.x < 90 || se.y - nw.y < 30) continue;
      const icon = L.divIcon({ className: `map-area-label${a.unofficial ? ' unofficial' : ''}`, html: `<span>${escapeHtml(a.code)}</span>`, iconSize: [0, 0] });
      labels.addLayer(L.marker([a.bbox[3], (a.bbox[0] + a.bbox[2]) / 2], { icon, interactive: false, keyboard: false, pane: PANES.labels.name }));
    }
  }

  function attach(m: L.Map) {
    renderer = L.canvas({ pane: PANES.areas.name, padding: 0.3 });
    draw();
    labels.addTo(m);
    m.on('zoomend moveend', updateLabels);
  }

  watch(() => map$.areasVersion, draw);
  watch(() => map$.areaList, updateLabels);
  watch(() => [map$.selectedCode, map$.configurationCodes], restyle);

  return { attach };
}
