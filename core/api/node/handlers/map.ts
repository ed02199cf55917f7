/** Handlers of the map operations: the logic lives in ../geo-service. */
import type { mapOperations } from '../../common/ops/map';
import type { Handlers } from './types';
import { memberPresets } from '../member-presets';

export const mapHandlers: Handlers<keyof typeof mapOperations> = {
  importAreas: (args, { ctx, store }) => ctx.geo.importAreas(store, { ...args, path: ctx.resolvePath(args.path, false) }),
  importAreasContent: (args, { ctx, store }) => ctx.geo.importAreasContent(store, args),
  listAreas: (args, { ctx, store }) => ctx.geo.listAreas(store, args),
  getAreasGeoJson: (args, { ctx, store }) => ctx.geo.getAreasGeoJson(store, args),
  locatePoint: (args, { ctx, store }) => ctx.geo.locatePoint(store, args),
  setCustomPerimeter: (args, { ctx, store }) => ctx.geo.setCustomPerimeter(store, args),
  removeArea: (args, { ctx, store }) => ctx.geo.removeArea(store, args),
  restoreArea: (args, { ctx, store }) => ctx.geo.restoreArea(store, args),
  getAreaSummary: (args, { ctx, store }) => ctx.geo.getAreaSummary(store, args),
  listMapPoints: (_args, { ctx, store }) => ctx.geo.listMapPoints(store),
  searchPlaces: (args, { ctx }) => ctx.geo.searchPlaces(args.query, args.limit ?? 10),
  listUnplaced: (_args, { ctx, store }) => ctx.geo.listUnplaced(store),
  listMemberPresets: (_args, { ctx }) => memberPresets(ctx.options.resourcesDir),
  getBasemap: (_args, { ctx }) => ctx.geo.basemap(),
  getOfflineTiles: (_args, { ctx }) => ctx.tiles.state(),
  setOfflineTiles: (args, { ctx }) => ctx.tiles.choose(args.path === null ? null : ctx.resolvePath(args.path, false)),
  getOfflineTile: (args, { ctx }) => ctx.tiles.tile(args.z, args.x, args.y),
  getMapTile: (args, { ctx }) => ctx.geo.getMapTile(args),
};
