import { describe, expect, it } from 'vitest';
import { tmForward, tmInverse } from '../../../core/geo/projection/transverse-mercator';
import type { TmParams } from '../../../core/geo/projection/transverse-mercator';
import { INTERNATIONAL_1924, WGS84 } from '../../../core/geo/projection/ellipsoid';
import { webMercatorForward, webMercatorInverse } from '../../../core/geo/projection/web-mercator';
import { datumShiftFromWgs84, datumShiftToWgs84, MONTE_MARIO_TO_WGS84 } from '../../../core/geo/projection/helmert';
import { haversineMetres } from '../../../core/geo/earth';
import { crsFromEpsg, crsFromWkt, CrsError, toWgs84Transformer } from '../../../core/geo/projection/crs';

const utm32: TmParams = { ellipsoid: WGS84, lon0: 9, lat0: 0, k0: 0.9996, falseEasting: 500000, falseNorthing: 0 };

describe('Transverse Mercator (Krüger n-series)', () => {
  it('reproduces the EPSG Guidance Note 7-2 example (OSGB 1936 / British National Grid)', () => {
    const bng: TmParams = { ellipsoid: { name: 'Airy 1830', a: 6377563.396, invF: 299.3249646 }, lon0: -2, lat0: 49, k0: 0.9996012717, falseEasting: 400000, falseNorthing: -100000 };
    const [e, n] = tmForward(bng, 0.5, 50.5);
    // Published values (rounded to cm, computed with the USGS series) — agree within 1 cm.
    expect(Math.abs(e - 577274.99)).toBeLessThan(0.01);
    expect(Math.abs(n - 69740.50)).toBeLessThan(0.01);
    const [lon, lat] = tmInverse(bng, 577274.99, 69740.50);
    expect(lon).toBeCloseTo(0.5, 6);
    expect(lat).toBeCloseTo(50.5, 6);
  });

  it('UTM 32N on the central meridian at 45°N: N = 0.9996 × meridian arc (4,984,944.378 m)', () => {
    const [e, n] = tmForward(utm32, 9, 45);
    expect(e).toBeCloseTo(500000, 6);
    expect(n).toBeCloseTo(0.9996 * 4984944.378, 2);
  });

  it('round-trips to better than 1 mm across Italy', () => {
    for (const [lon, lat] of [[6.7, 36.5], [12.5, 41.9], [18.5, 40.1], [9, 47], [13.3, 38.1]] as [number, number][]) {
      const [e, n] = tmForward(utm32, lon, lat);
      const [lon2, lat2] = tmInverse(utm32, e, n);
      expect(haversineMetres(lon, lat, lon2, lat2)).toBeLessThan(0.001);
    }
  });
});

describe('Web Mercator', () => {
  it('matches known values', () => {
    const [x, y] = webMercatorForward(9, 45);
    expect(x).toBeCloseTo(1001875.417, 3);
    expect(y).toBeCloseTo(5621521.486, 3);
    const [lon, lat] = webMercatorInverse(x, y);
    expect(lon).toBeCloseTo(9, 10);
    expect(lat).toBeCloseTo(45, 10);
  });
});

describe('Monte Mario / Gauss–Boaga', () => {
  it('Helmert shift Monte Mario → WGS 84 is tens of metres and invertible to < 1 cm', () => {
    const [lon, lat] = datumShiftToWgs84(INTERNATIONAL_1924, MONTE_MARIO_TO_WGS84, 12.5, 41.9);
    const shift = haversineMetres(12.5, 41.9, lon, lat);
    expect(shift).toBeGreaterThan(20);
    expect(shift).toBeLessThan(150);
    const [lon0, lat0] = datumShiftFromWgs84(INTERNATIONAL_1924, MONTE_MARIO_TO_WGS84, lon, lat);
    expect(haversineMetres(12.5, 41.9, lon0, lat0)).toBeLessThan(0.01);
  });

  it('EPSG:3003 round trip (WGS 84 → Gauss–Boaga → WGS 84) for Milan', () => {
    const crs = crsFromEpsg(3003)!;
    if (crs.kind !== 'transverse-mercator') throw new Error('expected TM');
    const [mlon, mlat] = datumShiftFromWgs84(INTERNATIONAL_1924, MONTE_MARIO_TO_WGS84, 9.19034, 45.46419);
    const [e, n] = tmForward(crs.tm, mlon, mlat);
    expect(e).toBeGreaterThan(1514000); // Milan ≈ 1,514,9xx E, 5,034,9xx N in Gauss–Boaga zone 1
    expect(e).toBeLessThan(1516000);
    expect(n).toBeGreaterThan(5034000);
    expect(n).toBeLessThan(5036000);
    const [lon, lat] = toWgs84Transformer(crs)(e, n);
    expect(haversineMetres(9.19034, 45.46419, lon, lat)).toBeLessThan(0.01);
  });
});

const ESRI_UTM32 = 'PROJCS["WGS_1984_UTM_Zone_32N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_GB2 = 'PROJCS["Monte_Mario_Italy_2",GEOGCS["GCS_Monte_Mario",DATUM["D_Monte_Mario",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",2520000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const OGC_ETRS33 = 'PROJCS["ETRS89 / UTM zone 33N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6258"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4258"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","25833"]]';
const WKT2_UTM34 = 'PROJCRS["WGS 84 / UTM zone 34N",BASEGEOGCRS["WGS 84",DATUM["World Geodetic System 1984",ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],CONVERSION["UTM zone 34N",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Longitude of natural origin",21,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Scale factor at natural origin",0.9996,SCALEUNIT["unity",1]],PARAMETER["False easting",500000,LENGTHUNIT["metre",1]],PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],CS[Cartesian,2],AXIS["(E)",east,ORDER[1],LENGTHUNIT["metre",1]],AXIS["(N)",north,ORDER[2],LENGTHUNIT["metre",1]]]';
const ESRI_WEBMERC = 'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
const ESRI_WGS84 = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const LAMBERT = 'PROJCS["ETRS89_LAEA",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Azimuthal_Equal_Area"],PARAMETER["False_Easting",4321000.0],PARAMETER["False_Northing",3210000.0],PARAMETER["Central_Meridian",10.0],PARAMETER["Latitude_Of_Origin",52.0],UNIT["Meter",1.0]]';

describe('CRS recognition from .prj WKT', () => {
  it('recognises ESRI and OGC flavours', () => {
    const u32 = crsFromWkt(ESRI_UTM32, 'a.prj');
    expect(u32.kind).toBe('transverse-mercator');
    const [lon, lat] = toWgs84Transformer(u32)(...tmForward(utm32, 10.2, 44.7));
    expect(lon).toBeCloseTo(10.2, 9);
    expect(lat).toBeCloseTo(44.7, 9);

    const gb2 = crsFromWkt(ESRI_GB2, 'b.prj');
    expect(gb2.kind === 'transverse-mercator' && gb2.toWgs84).toEqual(MONTE_MARIO_TO_WGS84);
    expect(gb2.kind === 'transverse-mercator' && gb2.tm.falseEasting).toBe(2520000);

    expect(crsFromWkt(OGC_ETRS33, 'c.prj').epsg).toBe(25833);
    const w2 = crsFromWkt(WKT2_UTM34, 'd.prj');
    expect(w2.kind === 'transverse-mercator' && w2.tm.lon0).toBe(21);
    expect(crsFromWkt(ESRI_WEBMERC, 'e.prj').kind).toBe('web-mercator');
    const g = crsFromWkt(ESRI_WGS84, 'f.prj');
    expect(g.kind === 'geographic' && g.toWgs84).toBeUndefined();
  });

  it('rejects unknown CRS and broken WKT with the file name in the message', () => {
    expect(() => crsFromWkt(LAMBERT, 'aree.prj')).toThrow(CrsError);
    expect(() => crsFromWkt(LAMBERT, 'aree.prj')).toThrow(/aree\.prj.*Lambert_Azimuthal_Equal_Area/);
    expect(() => crsFromWkt('PROJCS["x",GEOGCS[', 'rotto.prj')).toThrow(/rotto\.prj: unreadable CRS/);
    expect(() => crsFromWkt('GEOGCS["Tokyo",DATUM["Tokyo",SPHEROID["Bessel 1841",6377397.155,299.1528128]]]', 'tokyo.prj')).toThrow(/tokyo\.prj: unsupported datum "Tokyo"/);
  });
});
