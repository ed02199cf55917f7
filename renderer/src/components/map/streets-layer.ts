/**
 * The offline streets layer, under the areas: raster tiles shown as images, vector tiles
 * (Protomaps basemap schema) drawn by protomaps-leaflet. Either way the tiles come from the
 * core as data: URLs (the file is read and checked there), so the page never fetches anything.
 */
import L from 'leaflet';
import { leafletLayer } from 'protomaps-leaflet';
import type { OfflineTile, OfflineTilesInfo } from '../../../../core/api/common';
import { PANES } from './map-style';

export type OfflineTileLoader = (z: number, x: number, y: number) => Promise<OfflineTile>;

/** Attribution is plain text from the file (tags already removed by the core): escaped again here. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function bounds(info: OfflineTilesInfo): L.LatLngBounds | undefined {
  const b = info.bounds;
  return b ? L.latLngBounds([b[1], b[0]], [b[3], b[2]]) : undefined;
}

function rasterLayer(info: OfflineTilesInfo, loadTile: OfflineTileLoader): L.GridLayer {
  const Layer = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback) {
      const img = document.createElement('img');
      img.alt = '';
      img.setAttribute('role', 'presentation');
      loadTile(coords.z, coords.x, coords.y)
        .then((t) => {
          if (t.dataUrl) {
            img.onload = () => done(undefined, img);
            img.onerror = () => done(undefined, img);
            img.src = t.dataUrl;
          } else done(undefined, img);
        })
        .catch((e: Error) => done(e, img));
      return img;
    },
  });
  const b = bounds(info);
  return new (Layer as unknown as new (o: L.GridLayerOptions) => L.GridLayer)({
    pane: PANES.tiles.name,
    attribution: escapeHtml(info.attribution),
    minNativeZoom: info.minZoom,
    maxNativeZoom: info.maxZoom,
    ...(b ? { bounds: b } : {}),
  });
}

function base64Bytes(dataUrl: string): ArrayBuffer {
  const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

function vectorLayer(info: OfflineTilesInfo, loadTile: OfflineTileLoader): L.Layer {
  // protomaps-leaflet asks a PMTiles-like source for getZxy(z, x, y); ours goes through the core.
  const source = {
    getZxy: async (z: number, x: number, y: number) => {
      const t = await loadTile(z, x, y);
      return t.dataUrl ? { data: base64Bytes(t.dataUrl) } : undefined;
    },
  };
  const b = bounds(info);
  // protomaps-leaflet extends the global `L`, which Leaflet's module build does not define.
  (globalThis as { L?: typeof L }).L ??= L;
  return leafletLayer({
    url: source as never,
    maxDataZoom: info.maxZoom,
    flavor: 'light',
    lang: 'it',
    pane: PANES.tiles.name,
    attribution: escapeHtml(info.attribution || 'Protomaps © OpenStreetMap'),
    ...(b ? { bounds: b } : {}),
  } as never) as unknown as L.Layer;
}

export function createStreetsLayer(info: OfflineTilesInfo, loadTile: OfflineTileLoader): L.Layer {
  return info.kind === 'vector' ? vectorLayer(info, loadTile) : rasterLayer(info, loadTile);
}
