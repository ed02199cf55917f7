/**
 * Leaflet layers of the map tab, with no network: the offline basemap (land, sea,
 * neighbouring countries, regions, provinces, town labels chosen by zoom and decluttered),
 * the areas, the points, and the optional OpenStreetMap layer whose tiles come through the
 * core (data: URLs, so the renderer's CSP stays `img-src 'self' data: blob:`).
 */
import L from 'leaflet';
import type { BasemapData, MapPoint, MapRole } from '../../../../core/api/common';
import type { MemberCategory } from '../../../../core/model/entities';
import type { MarkSeverity } from '../../../../core/rules/marks';
import { api } from '../../api/client';

/** Panes, bottom to top. */
export const PANES = {
  land: { name: 'cnd-land', z: 150 },
  tiles: { name: 'cnd-tiles', z: 200 },
  borders: { name: 'cnd-borders', z: 260 },
  areas: { name: 'cnd-areas', z: 350 },
  labels: { name: 'cnd-labels', z: 450 },
  points: { name: 'cnd-points', z: 620 },
  draw: { name: 'cnd-draw', z: 650 },
} as const;

export function createPanes(map: L.Map): void {
  for (const p of Object.values(PANES)) {
    const pane = map.createPane(p.name);
    pane.style.zIndex = String(p.z);
    if (p.name === PANES.labels.name || p.name === PANES.land.name || p.name === PANES.borders.name) pane.style.pointerEvents = 'none';
  }
}

export const SEA = '#a9cfe0';
export const ROLE_COLOURS: Record<MapRole, string> = {
  producer: '#e67e22',
  prosumer: '#27ae60',
  consumer: '#2e86c1',
  'third-party-producer': '#8e44ad',
};

/** Category groups, drawn as the marker's outline. */
export type CategoryGroup = 'household' | 'business' | 'public' | 'nonprofit';
export const CATEGORY_GROUPS: { key: CategoryGroup; colour: string; categories: MemberCategory[] }[] = [
  { key: 'household', colour: '#ffffff', categories: ['citizen'] },
  { key: 'business', colour: '#1d2a24', categories: ['sme', 'large_enterprise'] },
  { key: 'public', colour: '#f1c40f', categories: ['local_authority', 'public_administration', 'research_body'] },
  { key: 'nonprofit', colour: '#e84393', categories: ['third_sector', 'religious_body', 'association'] },
];

export function categoryColour(c: MemberCategory | null): string {
  return CATEGORY_GROUPS.find((g) => c && g.categories.includes(c))?.colour ?? '#555555';
}

// --- basemap -----------------------------------------------------------------------------------

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

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// --- optional online layer -----------------------------------------------------------------------

export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/**
 * OpenStreetMap tiles fetched by the core (which caches them for offline use) and shown as
 * data: URLs. Used only when the user turns it on.
 */
export function createOsmLayer(): L.GridLayer {
  const Layer = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback) {
      const img = document.createElement('img');
      img.alt = '';
      img.setAttribute('role', 'presentation');
      api
        .getMapTile({ z: coords.z, x: coords.x, y: coords.y })
        .then((t) => {
          if (t.dataUrl) {
            img.onload = () => done(undefined, img);
            img.src = t.dataUrl;
          } else done(undefined, img);
        })
        .catch((e: Error) => done(e, img));
      return img;
    },
  });
  return new (Layer as unknown as new (o: L.GridLayerOptions) => L.GridLayer)({
    pane: PANES.tiles.name,
    attribution: OSM_ATTRIBUTION,
    maxNativeZoom: 19,
    opacity: 0.9,
  });
}

// --- points ------------------------------------------------------------------------------------

export function memberStyle(p: MapPoint): L.CircleMarkerOptions {
  return {
    radius: 7,
    color: categoryColour(p.category),
    weight: 2.5,
    fillColor: ROLE_COLOURS[p.role],
    fillOpacity: 0.95,
  };
}

export function plantIcon(p: MapPoint, finding?: MarkSeverity): L.DivIcon {
  const glyph = p.source === 'pv' ? '☀' : p.source === 'wind' ? '✇' : p.source === 'hydro' ? '≈' : '⚡';
  const warn = p.warnings.length ? ' warn' : '';
  const marked = finding ? ` finding-${finding}` : '';
  return L.divIcon({
    className: `map-plant${warn}${marked}`,
    html: `<span style="background:${ROLE_COLOURS[p.role]}">${glyph}</span>`,
    iconSize: [20, 20],
    iconAnchor: [10, 10],
  });
}

// --- eligibility findings on points --------------------------------------------------------------

/** Ring colours of the points with findings (the findings panel's colours). */
export const FINDING_COLOURS: Record<MarkSeverity, string> = { blocking: '#c0392b', warning: '#e0a100' };

/** The ring drawn under a member with findings (plants get a CSS ring on their icon). */
export function findingRingStyle(severity: MarkSeverity): L.CircleMarkerOptions {
  return { radius: 12, color: FINDING_COLOURS[severity], weight: 3.5, opacity: 0.95, fillColor: FINDING_COLOURS[severity], fillOpacity: 0.18, interactive: false };
}

/** The badge beside a point with findings: how many rules it breaks ("!" for one), in the severity's colour. */
export function findingBadge(kind: MapPoint['kind'], id: number, severity: MarkSeverity, count: number): L.DivIcon {
  return L.divIcon({
    className: `map-finding-badge ${severity}`,
    html: `<span data-test="map-finding" data-entity="${kind}:${id}" data-severity="${severity}">${count > 1 ? String(count) : '!'}</span>`,
    iconSize: [0, 0],
    iconAnchor: kind === 'plant' ? [-9, 22] : [-7, 19],
  });
}

/** The pulsing ring around the point a finding asked the map to show. */
export function focusIcon(kind: MapPoint['kind'], id: number): L.DivIcon {
  return L.divIcon({
    className: 'map-focus',
    html: `<span data-test="map-focus" data-entity="${kind}:${id}"></span>`,
    iconSize: [0, 0],
  });
}
