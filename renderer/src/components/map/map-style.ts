/**
 * How the map tab draws things in Leaflet: the panes (bottom to top), the colours of roles,
 * categories and findings, and the markers of members and plants. No network, no state.
 */
import L from 'leaflet';
import type { MapPoint, MapRole } from '../../../../core/api/common';
import type { MemberCategory } from '../../../../core/model/entities';
import type { MarkSeverity } from '../../../../core/rules/marks';

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

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// --- areas -------------------------------------------------------------------------------------

/** An area's outline: the selected one in red, those of a configuration in orange, drawn perimeters dashed. */
export function areaStyle(code: string, unofficial: boolean, selectedCode: string | null, configurationCodes: Set<string>): L.PathOptions {
  const selected = code === selectedCode;
  const ofConfiguration = configurationCodes.has(code);
  return {
    color: selected ? '#c0392b' : ofConfiguration ? '#d35400' : unofficial ? '#6c7a89' : '#2c6fbb',
    weight: selected ? 3 : ofConfiguration ? 2.5 : 1.2,
    dashArray: unofficial ? '6 4' : undefined,
    fillColor: ofConfiguration ? '#f39c12' : unofficial ? '#95a5a6' : '#3388ff',
    fillOpacity: selected ? 0.22 : ofConfiguration ? 0.2 : 0.07,
  };
}

/** [[south, west], [north, east]] of a GeoJSON bbox [west, south, east, north]. */
export function bboxBounds(b: readonly number[]): L.LatLngBoundsLiteral {
  return [
    [b[1]!, b[0]!],
    [b[3]!, b[2]!],
  ];
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
