/**
 * The host's area services, made on first use and kept on the context (CoreContext.service).
 * Only the handler modules import this file, and they are loaded on demand (./handlers), so
 * the map, import and tiles code stays out of a command that does not use it.
 */
import path from 'node:path';
import { toApiError } from '../common/errors';
import type { CoreContext } from './context';
import { GeoService } from './geo-service';
import { OfflineTilesService } from './offline-tiles-service';
import { ImportService } from './import-service';
import { RulesService } from './rules-service';

export const geoOf = (ctx: CoreContext): GeoService =>
  ctx.service('geo', () => new GeoService({ resourcesDir: ctx.options.resourcesDir, workspaceDir: ctx.options.workspaceDir, cacheDir: path.join(ctx.settingsDir, 'cache') }));

/** The offline streets file of this computer, remembered in the settings folder. */
export const tilesOf = (ctx: CoreContext): OfflineTilesService =>
  ctx.service('tiles', () => new OfflineTilesService(path.join(ctx.settingsDir, 'offline-tiles.json'), (f) => ctx.paths.grantFile(f)));

export const importerOf = (ctx: CoreContext): ImportService =>
  ctx.service(
    'importer',
    () =>
      new ImportService({
        newProjectPath: (raw) => ctx.resolvePath(raw, true),
        adopt: (store) => ctx.adopt(store),
        toError: (e) => toApiError(e).toData(),
      }),
  );

export const rulesOf = (ctx: CoreContext): RulesService => ctx.service('rules', () => new RulesService(ctx.options.resourcesDir));
