/** Operations of the map: substation areas, point location, map points, basemap. */
import * as v from 'valibot';
import { operation } from '../define';
import { base64, bilingual, fileName, filePath, noArgs, numberIn, onProject, requiredText, text } from '../schemas';
import type {
  AreaImportSummary,
  AreaListItem,
  AreaSummary,
  AreasFeatureCollection,
  BasemapData,
  LocateResult,
  MapPoint,
  MapTile,
  OfflineTile,
  OfflineTilesState,
  RemovedArea,
  PlaceHit,
  MemberPreset,
  UnplacedPoint,
} from '../types/map';

const lat = numberIn(-90, 90);
const lon = numberIn(-180, 180);
const position = v.pipe(v.array(v.pipe(v.number(), v.finite())), v.minLength(2), v.maxLength(3));

/** Keep only part of a (national) areas file: a bbox, a distance from a point, or a region. */
const areaFilter = v.union([
  v.object({
    bbox: v.pipe(
      v.tuple([lon, lat, lon, lat]),
      v.check((b) => b[0] <= b[2] && b[1] <= b[3], bilingual('"filter.bbox" must be [minLon, minLat, maxLon, maxLat]', '"filter.bbox" deve essere [minLon, minLat, maxLon, maxLat]')),
    ),
  }),
  v.object({ near: v.object({ lat, lon, metres: numberIn(0, 2_000_000) }) }),
  /** Italian region name as in the basemap (e.g. "Lombardia"): areas touching its bbox. */
  v.object({ region: requiredText(100) }),
]);
export type AreaFilterInput = v.InferInput<typeof areaFilter>;

const importOptions = { filter: v.optional(v.nullable(areaFilter)), unofficial: v.optional(v.boolean(), false) };
/** Area code, e.g. AC001E00934 (normalised by the core). */
const areaCode = requiredText(40);

/** At most 1,000,000 positions in a drawn perimeter. */
const MAX_POSITIONS = 1_000_000;
const ring = v.pipe(v.array(position), v.maxLength(MAX_POSITIONS));
const polygonGeometry = v.union([
  v.object({ type: v.literal('Polygon'), coordinates: v.array(ring) }),
  v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(ring)) }),
]);

const removedArea = v.object({
  code: areaCode,
  name: text(500),
  distributor: text(500),
  unofficial: v.boolean(),
  sourceFile: text(1000),
  importedAt: text(40),
  geometry: polygonGeometry,
  attributes: v.pipe(v.record(v.pipe(v.string(), v.maxLength(200)), v.nullable(v.union([v.string(), v.number(), v.boolean()]))), v.check((r) => Object.keys(r).length <= 500, bilingual('too many attributes', 'troppi attributi'))),
});

const customPerimeterArgs = onProject({
  code: areaCode,
  name: v.optional(text(200)),
  /** Ring of [lon, lat] positions (closed or not), or a GeoJSON Polygon/MultiPolygon. */
  polygon: v.union([ring, polygonGeometry]),
});
export type CustomPerimeterArgs = v.InferInput<typeof customPerimeterArgs>;

/** A tile address (XYZ, y southwards) up to zoom 19. */
const tileArgs = v.pipe(
  v.object({ z: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(19)), x: v.pipe(v.number(), v.integer(), v.minValue(0)), y: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.check((t) => t.x < 2 ** t.z && t.y < 2 ** t.z, bilingual('"x" and "y" must be below 2^z', '"x" e "y" devono essere minori di 2^z')),
);

export const mapOperations = {
  importAreas: operation<AreaImportSummary>()({
    area: 'map',
    summary: 'Import substation areas from a file path (GeoPackage, GeoJSON, KML/KMZ, zipped Shapefile)',
    project: true,
    args: onProject({ path: filePath, ...importOptions }),
  }),
  importAreasContent: operation<AreaImportSummary>()({
    area: 'map',
    summary: 'Import substation areas from an uploaded file',
    project: true,
    args: onProject({ name: fileName, contentBase64: base64, ...importOptions }),
  }),
  listAreas: operation<AreaListItem[]>()({ area: 'map', summary: 'Areas of the project, optionally searched', project: true, args: onProject({ query: v.optional(text(100)) }) }),
  getAreasGeoJson: operation<AreasFeatureCollection>()({
    area: 'map',
    summary: 'Areas as GeoJSON for the map, simplified to a tolerance in metres',
    project: true,
    args: onProject({ simplifyMetres: v.optional(numberIn(0, 10_000)) }),
  }),
  locatePoint: operation<LocateResult>()({ area: 'map', summary: 'The area containing a point', project: true, args: onProject({ lat, lon }) }),
  setCustomPerimeter: operation<AreaListItem>()({ area: 'map', summary: 'Draw or replace an unofficial area perimeter', project: true, args: customPerimeterArgs }),
  removeArea: operation<RemovedArea>()({
    area: 'map',
    summary: 'Remove an area; returns it as it was, for restoreArea (undo)',
    project: true,
    args: onProject({ code: areaCode }),
  }),
  restoreArea: operation<AreaListItem>()({
    area: 'map',
    summary: 'Put back an area removed by removeArea (undo), with its geometry and attributes',
    project: true,
    args: onProject({ area: removedArea }),
  }),
  getAreaSummary: operation<AreaSummary>()({ area: 'map', summary: 'Members, plants and results of an area', project: true, args: onProject({ code: areaCode }) }),
  listMapPoints: operation<MapPoint[]>()({ area: 'map', summary: 'Located members and plants with their warnings', project: true, args: onProject({}) }),
  searchPlaces: operation<PlaceHit[]>()({
    area: 'map',
    summary: 'Towns and localities by name, offline (GeoNames gazetteer); also the centre of a municipality',
    project: false,
    args: v.object({ query: requiredText(100), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) }),
  }),
  listUnplaced: operation<UnplacedPoint[]>()({
    area: 'map',
    summary: 'Members and plants without coordinates, with the centre of their municipality or address proposed',
    project: true,
    args: onProject({}),
  }),
  listMemberPresets: operation<MemberPreset[]>()({
    area: 'map',
    summary: 'Kinds of member offered when adding one on the map (category, load profile, typical yearly consumption)',
    project: false,
    args: noArgs,
  }),
  getBasemap: operation<BasemapData>()({ area: 'map', summary: 'The offline basemap', project: false, args: noArgs }),
  getOfflineTiles: operation<OfflineTilesState>()({
    area: 'map',
    summary: 'The offline streets file (MBTiles or PMTiles) this computer uses, and what it holds',
    project: false,
    args: noArgs,
  }),
  setOfflineTiles: operation<OfflineTilesState>()({
    area: 'map',
    summary: 'Choose the offline streets file (MBTiles or PMTiles) for this computer, or none with null',
    project: false,
    args: v.object({ path: v.nullable(filePath) }),
  }),
  getOfflineTile: operation<OfflineTile>()({
    area: 'map',
    summary: 'A tile of the offline streets file',
    project: false,
    args: tileArgs,
  }),
  getMapTile: operation<MapTile>()({
    area: 'map',
    summary: 'A cached map tile',
    project: false,
    args: tileArgs,
  }),
};
