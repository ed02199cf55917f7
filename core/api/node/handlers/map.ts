/** Handlers of the map operations: the logic lives in ../geo-service. */
import type { mapOperations } from '../../common/ops/map';
import type { Handlers } from './types';
import { geoOf, tilesOf } from '../services';
import { memberPresets } from '../member-presets';

export const mapHandlers: Handlers<keyof typeof mapOperations> = {
  importAreas: (args, { ctx, store }) => geoOf(ctx).importAreas(store, { ...args, path: ctx.resolvePath(args.path, false) }),
  importAreasContent: (args, { ctx, store }) => geoOf(ctx).importAreasContent(store, args),
  listAreas: (args, { ctx, store }) => geoOf(ctx).listAreas(store, args),
  getAreasGeoJson: (args, { ctx, store }) => geoOf(ctx).getAreasGeoJson(store, args),
  locatePoint: (args, { ctx, store }) => geoOf(ctx).locatePoint(store, args),
  setCustomPerimeter: (args, { ctx, store }) => geoOf(ctx).setCustomPerimeter(store, args),
  removeArea: (args, { ctx, store }) => geoOf(ctx).removeArea(store, args),
  restoreArea: (args, { ctx, store }) => geoOf(ctx).restoreArea(store, args),
  getAreaSummary: (args, { ctx, store }) => geoOf(ctx).getAreaSummary(store, args),
  listMapPoints: (_args, { ctx, store }) => geoOf(ctx).listMapPoints(store),
  searchPlaces: (args, { ctx }) => geoOf(ctx).searchPlaces(args.query, args.limit ?? 10),
  listUnplaced: (_args, { ctx, store }) => geoOf(ctx).listUnplaced(store),
  listMemberPresets: (_args, { ctx }) => memberPresets(ctx.options.resourcesDir),
  getBasemap: (_args, { ctx }) => geoOf(ctx).basemap(),
  getOfflineTiles: (_args, { ctx }) => tilesOf(ctx).state(),
  setOfflineTiles: (args, { ctx }) => tilesOf(ctx).choose(args.path === null ? null : ctx.resolvePath(args.path, false)),
  getOfflineTile: (args, { ctx }) => tilesOf(ctx).tile(args.z, args.x, args.y),
  getMapTile: (args, { ctx }) => geoOf(ctx).getMapTile(args),
};
