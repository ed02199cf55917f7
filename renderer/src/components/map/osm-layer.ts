/**
 * The optional OpenStreetMap layer. Its tiles come through the core (which caches them for
 * offline use) as data: URLs, so the renderer's CSP stays `img-src 'self' data: blob:`; the
 * tile loader is the map store's, since only stores talk to the API.
 */
import L from 'leaflet';
import type { MapTile } from '../../../../core/api/common';
import { PANES } from './map-style';

export type TileLoader = (z: number, x: number, y: number) => Promise<MapTile>;

export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/**
 * OpenStreetMap tiles fetched by the core (which caches them for offline use) and shown as
 * data: URLs. Used only when the user turns it on.
 */
export function createOsmLayer(loadTile: TileLoader): L.GridLayer {
  const Layer = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback) {
      const img = document.createElement('img');
      img.alt = '';
      img.setAttribute('role', 'presentation');
      loadTile(coords.z, coords.x, coords.y)
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

