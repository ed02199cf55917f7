/**
 * The offline basemap: land, sea, neighbouring countries, regions, provinces, and town labels
 * chosen by zoom and decluttered (no network: the data come with the app).
 */
import L from 'leaflet';
import type { BasemapData } from '../../../../core/api/common';
import { escapeHtml, PANES } from './map-style';

export interface BasemapLayers {
  land: L.Layer;
  borders: L.Layer;
  labels: L.LayerGroup;
  updateLabels(): void;
}

export function createBasemap(map: L.Map, data: BasemapData): BasemapLayers {
  const landRenderer = L.canvas({ pane: PANES.land.name, padding: 0.3 });
  const borderRenderer = L.canvas({ pane: PANES.borders.name, padding: 0.3 });
  const land = L.geoJSON(data.outline as never, {
    renderer: landRenderer,
    interactive: false,
    style: (f) =>
      f?.properties?.italy
        ? { stroke: true, color: '#c9c2b2', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 }
        : { stroke: true, color: '#bdb8ad', weight: 0.8, fillColor: '#e3e0d8', fillOpacity: 1 },
  } as L.GeoJSONOptions);
  const provinces = L.geoJSON(data.provinces as never, {
    renderer: borderRenderer,
    interactive: false,
    style: { color: '#a99fba', weight: 0.8, dashArray: '3 3', fill: false },
  } as L.GeoJSONOptions);
  const regions = L.geoJSON(data.regions as never, {
    renderer: borderRenderer,
    interactive: false,
    style: { color: '#7d6e93', weight: 1.6, fill: false },
  } as L.GeoJSONOptions);
  const borders = L.layerGroup([provinces, regions]);

  const labels = L.layerGroup([], { pane: PANES.labels.name });
  // Within a rank the larger cities win the label collisions (the data carry no population).
  const first = (name: string) => {
    const i = BIG_CITIES.indexOf(name);
    return i < 0 ? BIG_CITIES.length : i;
  };
  const places = data.places.features
    .map((f, i) => ({
      name: f.properties.name,
      rank: f.properties.rank,
      order: i,
      latlng: L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]),
    }))
    .sort((a, b) => b.rank - a.rank || first(a.name) - first(b.name) || a.order - b.order);

  function updateLabels() {
    labels.clearLayers();
    const z = map.getZoom();
    const minRank = z < 7 ? 2 : z < 8.5 ? 1 : 0;
    const bounds = map.getBounds().pad(0.05);
    const boxes: [number, number, number, number][] = [];
    let shown = 0;
    for (const p of places) {
      // places are sorted by rank (2, 1, 0): stop at the first rank below the threshold
      if (p.rank < minRank) break;
      if (!bounds.contains(p.latlng)) continue;
      const pt = map.latLngToContainerPoint(p.latlng);
      const w = p.name.length * (p.rank === 2 ? 7.5 : 6.5) + 10, h = 16;
      const box: [number, number, number, number] = [pt.x - w / 2, pt.y - h, pt.x + w / 2, pt.y + 4];
      if (boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
      boxes.push(box);
      const icon = L.divIcon({
        className: `map-place rank-${p.rank}`,
        html: `<span class="dot"></span><span class="name">${escapeHtml(p.name)}</span>`,
        iconSize: [0, 0],
      });
      labels.addLayer(L.marker(p.latlng, { icon, interactive: false, keyboard: false, pane: PANES.labels.name }));
      if (++shown >= 220) break;
    }
  }

  return { land, borders, labels, updateLabels };
}

/** Largest Italian cities, most populous first (ISTAT order), to break label ties. */
const BIG_CITIES = ['Roma', 'Milano', 'Napoli', 'Torino', 'Palermo', 'Genova', 'Bologna', 'Firenze', 'Bari', 'Catania', 'Venezia', 'Verona', 'Messina', 'Padova', 'Trieste', 'Brescia', 'Parma', 'Taranto', 'Prato', 'Modena', 'Reggio di Calabria', "Reggio nell'Emilia", 'Perugia', 'Ravenna', 'Livorno', 'Cagliari', 'Foggia', 'Rimini', 'Salerno', 'Ferrara'];

