/**
 * proj4 definitions used as the test oracle, written out so no EPSG database or network
 * is consulted. They are PROJ's definitions of the EPSG codes (the towgs84 terms are the
 * Position Vector parameters PROJ applies by default, metres / arc-seconds / ppm).
 */
export const WGS84_LONLAT = '+proj=longlat +datum=WGS84 +no_defs';

/** Seven-parameter shift Monte Mario → WGS 84 that PROJ attaches to EPSG:3003/3004. */
const MONTE_MARIO = '+ellps=intl +towgs84=-104.1,-49.1,-9.9,0.971,-2.917,0.714,-11.68';
/** Three-parameter ED50 → WGS 84 mean shift PROJ attaches to ED50 by default. */
export const ED50_TOWGS84 = [-87, -98, -121, 0, 0, 0, 0] as const;
const ED50 = `+ellps=intl +towgs84=${ED50_TOWGS84.join(',')}`;

/**
 * ED50 / UTM zone 32N and 33N as an OGC .prj would carry them (with TOWGS84): our code
 * has no EPSG entry for ED50 and reads it from the WKT.
 */
export const ed50UtmWkt = (zone: 32 | 33): string =>
  `PROJCS["ED50 / UTM zone ${zone}N",GEOGCS["ED50",DATUM["European_Datum_1950",SPHEROID["International 1924",6378388,297],`
  + `TOWGS84[${ED50_TOWGS84.join(',')}]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],`
  + `PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",${zone * 6 - 183}],`
  + 'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]';

export interface OracleCrs {
  /** EPSG code (our CRS is looked up by it unless `wkt` is given). */
  epsg: number;
  /** WKT our code reads the CRS from, when it has no EPSG entry for it. */
  wkt?: string;
  proj4: string;
  /** Central meridian, degrees east. */
  lon0: number;
  /** True when a datum shift is part of the conversion to WGS 84. */
  helmert: boolean;
}

export const ORACLE_CRS: OracleCrs[] = [
  { epsg: 32632, lon0: 9, helmert: false, proj4: '+proj=utm +zone=32 +datum=WGS84 +units=m +no_defs' },
  { epsg: 32633, lon0: 15, helmert: false, proj4: '+proj=utm +zone=33 +datum=WGS84 +units=m +no_defs' },
  { epsg: 6707, lon0: 9, helmert: false, proj4: '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' },
  { epsg: 6708, lon0: 15, helmert: false, proj4: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' },
  { epsg: 25832, lon0: 9, helmert: false, proj4: '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' },
  { epsg: 25833, lon0: 15, helmert: false, proj4: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs' },
  { epsg: 3003, lon0: 9, helmert: true, proj4: `+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=1500000 +y_0=0 ${MONTE_MARIO} +units=m +no_defs` },
  { epsg: 3004, lon0: 15, helmert: true, proj4: `+proj=tmerc +lat_0=0 +lon_0=15 +k=0.9996 +x_0=2520000 +y_0=0 ${MONTE_MARIO} +units=m +no_defs` },
  { epsg: 23032, wkt: ed50UtmWkt(32), lon0: 9, helmert: true, proj4: `+proj=utm +zone=32 ${ED50} +units=m +no_defs` },
  { epsg: 23033, wkt: ed50UtmWkt(33), lon0: 15, helmert: true, proj4: `+proj=utm +zone=33 ${ED50} +units=m +no_defs` },
];

/** Gauss–Boaga zone projections alone (no datum shift), on International 1924. */
export const MONTE_MARIO_LONLAT = '+proj=longlat +ellps=intl +no_defs';
export const GAUSS_BOAGA_1 = '+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=1500000 +y_0=0 +ellps=intl +units=m +no_defs';
export const GAUSS_BOAGA_2 = '+proj=tmerc +lat_0=0 +lon_0=15 +k=0.9996 +x_0=2520000 +y_0=0 +ellps=intl +units=m +no_defs';
