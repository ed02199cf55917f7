/** Public API of core/io/geo (area importers, GeoPackage writer, basemap loader). */
export type { GeoFormat, ImportOptions, ImportReport, ImportResult, RepairedEntry, DroppedEntry } from './import-types';
export { importAreasFile, loadAreas, detectGeoFormat } from './import-file';
export { importGeoPackage, isSqliteFile } from './geopackage';
export { writeGeoPackage } from './geopackage-write';
export type { WriteGeoPackageOptions } from './geopackage-write';
export { importGeoJson, importGeoJsonText } from './geojson';
export { importKml, importKmlText } from './kml';
export { importShapefile, importShapefileParts } from './shapefile';
export type { ShapefileParts } from './shapefile';
export { GSE_FIELDS, AREA_CODE_PATTERN } from './attributes';
export { loadBasemap, BASEMAP_FILES } from './basemap';
export type { Basemap } from './basemap';
