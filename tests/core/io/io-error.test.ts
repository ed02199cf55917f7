import { describe, expect, it } from 'vitest';
import { IoError, columnLetter, formatIoLocation, throwIfAborted } from '../../../core/io/io-error';
import { toApiError } from '../../../core/api/common/errors';
import { parseWeather } from '../../../core/io/weather/parseWeather';
import { parseZonalPricesCsv } from '../../../core/io/prices/zonal-prices-csv';
import { decodeWkb } from '../../../core/io/geo/wkb';
import { parseXml } from '../../../core/io/geo/xml';
import { importShapefileParts } from '../../../core/io/geo/shapefile';
import { importGeoJsonText } from '../../../core/io/geo/geojson';
import { makeDbf, makeShp } from './geo/helpers';
import { ioErrorOf } from '../../helpers/io-error';

describe('IoError: one error for bad input files', () => {
  it('writes the location prefix in one place, in Italian and English', () => {
    expect(formatIoLocation({ file: 'curve.xlsx', sheet: 'Curve', row: 3, column: 'B' })).toEqual({
      it: 'file «curve.xlsx», foglio «Curve», riga 3, colonna B',
      en: 'file "curve.xlsx", sheet "Curve", row 3, column B',
    });
    expect(formatIoLocation({ file: 'a.gpkg', layer: 'aree', row: 2, field: 'geom', feature: 'Nord' })).toEqual({
      it: 'file «a.gpkg», livello «aree», riga 2, campo «geom», elemento «Nord»',
      en: 'file "a.gpkg", layer "aree", row 2, field "geom", feature "Nord"',
    });
    const e = new IoError({ file: 'x.csv', row: 4, column: 'C' }, 'io/not-a-number', { it: '«tanto» non è un numero', en: '"tanto" is not a number' });
    expect(e.message).toBe('file «x.csv», riga 4, colonna C: «tanto» non è un numero');
    expect(e.messageIt).toBe(e.message);
    expect(e.messageEn).toBe('file "x.csv", row 4, column C: "tanto" is not a number');
    expect(e).toMatchObject({ name: 'IoError', code: 'io/not-a-number', file: 'x.csv', row: 4, column: 'C', detail: '«tanto» non è un numero' });
    expect(e.sheet).toBeUndefined();
  });

  it('moves a problem to a more precise location without changing it', () => {
    const inner = new IoError({ file: '.shp', row: 7 }, 'io/corrupt', { it: 'file troncato', en: 'truncated file' });
    const outer = inner.at({ file: 'aree.zip', layer: 'aree.shp' });
    expect(outer.location).toEqual({ file: 'aree.zip', layer: 'aree.shp', row: 7 });
    expect(outer.messageEn).toBe('file "aree.zip", layer "aree.shp", row 7: truncated file');
    expect(outer.code).toBe('io/corrupt');
  });

  it('names columns as Excel does', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(27)).toBe('AB');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
  });

  it('reports a cancelled import', () => {
    const c = new AbortController();
    expect(() => throwIfAborted(c.signal, 'a.csv')).not.toThrow();
    c.abort();
    expect(ioErrorOf(() => throwIfAborted(c.signal, 'a.csv'))).toMatchObject({ code: 'io/aborted', file: 'a.csv', message: 'file «a.csv»: importazione annullata' });
  });

  it('reaches API callers as a bad-request with both messages and the column at fault', () => {
    const api = toApiError(new IoError({ file: 'b.xlsx', sheet: 'Bollette', row: 3, column: 'D' }, 'io/not-a-number', { it: 'non è un numero', en: 'not a number' }));
    expect(api.toData()).toEqual({
      code: 'bad-request',
      message: 'file "b.xlsx", sheet "Bollette", row 3, column D: not a number',
      messageIt: 'file «b.xlsx», foglio «Bollette», riga 3, colonna D: non è un numero',
      field: 'D',
      // "<where>: <what>" as a message, the row as text (no thousands separator).
      messageCode: 'io.located',
      params: {
        where: { code: 'io.at.place', params: { parts: [{ code: 'io.at.file', params: { name: 'b.xlsx' } }, { code: 'io.at.sheet', params: { name: 'Bollette' } }, { code: 'io.at.row', params: { row: '3' } }, { code: 'io.at.column', params: { column: 'D' } }] } },
        detail: { it: 'non è un numero', en: 'not a number' },
      },
    });
    expect(toApiError(new IoError({ file: 'w.csv', row: 12, field: 'G(h)' }, 'io/missing-value', { it: 'valore mancante', en: 'missing value' })).field).toBe('G(h)');
  });
});

describe('the situations of the former error classes give located IoErrors', () => {
  it('weather files (was WeatherFormatError): file, line and field', () => {
    expect(ioErrorOf(() => parseWeather('{"inputs": , "tmy_hourly"', 'tmy.json'))).toMatchObject({ code: 'io/corrupt', file: 'tmy.json' });
    const noLoc = ioErrorOf(() => parseWeather('{"inputs": {}, "outputs": {"tmy_hourly": [{}]}}', 'tmy.json'));
    expect(noLoc).toMatchObject({ file: 'tmy.json', field: 'inputs.location', code: 'io/missing-value' });
    expect(noLoc.message).toBe('file «tmy.json», campo «inputs.location»: mancante');
    expect(ioErrorOf(() => parseWeather('just some text', 'meteo.txt'))).toMatchObject({ code: 'io/wrong-file-type', file: 'meteo.txt', row: 1 });
  });

  it('zonal prices (was ZonalPriceFormatError): line, column letter and header', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const e = ioErrorOf(() => parseZonalPricesCsv(enc('Date,PUN,NORD\n01/01/2024 00:00,100,abc'), 'mgp.csv'));
    expect(e).toMatchObject({ code: 'io/not-a-number', file: 'mgp.csv', row: 2, column: 'C', field: 'NORD' });
    expect(e.messageEn).toBe('file "mgp.csv", row 2, column C, field "NORD": "abc" is not a price');
    expect(ioErrorOf(() => parseZonalPricesCsv(enc('Quando,NORD\n1,2'), 'mgp.csv'))).toMatchObject({ code: 'io/missing-column', row: 1 });
    // A decimal comma in a ';' file: 1.234,5 €/MWh is out of the plausible range, 112,5 is read as 112.5.
    const big = ioErrorOf(() => parseZonalPricesCsv(enc('Date;NORD\n01/01/2024 00:00;112,5\n01/01/2024 01:00;5.234,5'), 'it.csv'));
    expect(big).toMatchObject({ code: 'io/out-of-range', row: 3, column: 'B' });
    expect(big.detail).toBe("5234,5 €/MWh fuori dall'intervallo plausibile (−500…4000)");
  });

  it('WKB and XML (were WkbError, XmlError): a corrupt-data IoError the importer relocates', () => {
    expect(ioErrorOf(() => decodeWkb(new Uint8Array([7, 3, 0, 0, 0])))).toMatchObject({ code: 'io/corrupt', detailEn: 'bad WKB byte-order marker 7 at offset 0' });
    expect(ioErrorOf(() => parseXml('<a><b></a>'))).toMatchObject({ code: 'io/corrupt', detail: 'tag di chiusura </a> non corrispondente (atteso </b>)' });
  });

  it('shapefile parts (were ShpError, DbfError): the archive, the part and the record', () => {
    const { shp } = makeShp([[[[9, 45], [9, 45.1], [9.1, 45.1], [9, 45]]]]);
    const notShp = ioErrorOf(() => importShapefileParts({ name: 'aree.shp', shp: new Uint8Array(120) }, 'aree.zip'));
    expect(notShp).toMatchObject({ code: 'io/wrong-file-type', file: 'aree.zip', layer: 'aree.shp' });
    expect(notShp.messageEn).toBe('file "aree.zip", layer "aree.shp": not a shapefile (.shp file code 9994 missing)');
    const dbf = makeDbf([['COD_AC', 'C', 11, 0]], [['AC001E00001'], ['AC001E00002']]);
    const cut = ioErrorOf(() => importShapefileParts({ name: 'aree.shp', shp, dbf: dbf.subarray(0, dbf.length - 5) }, 'aree.zip'));
    expect(cut).toMatchObject({ code: 'io/corrupt', file: 'aree.zip', layer: 'aree.dbf', row: 2 });
    const shortShp = ioErrorOf(() => importShapefileParts({ name: 'aree.shp', shp: shp.subarray(0, 50) }, 'aree.zip'));
    expect(shortShp.message).toBe('file «aree.zip», livello «aree.shp»: file .shp troppo corto');
  });

  it('area files (was GeoImportError): the file and the feature', () => {
    const fc = JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { cod_ac: 'AC1' }, geometry: { type: 'Polygon', coordinates: [[[9, 45], [9.1, 45], [9.1, 45.1], [9, 45]]] } },
      { type: 'Feature', properties: { cod_ac: 'AC2' }, geometry: { type: 'Polygon', coordinates: 7 } },
    ] });
    const e = ioErrorOf(() => importGeoJsonText(fc, 'aree.geojson'));
    expect(e).toMatchObject({ code: 'io/bad-geometry', file: 'aree.geojson', row: 2 });
    expect(e.message).toBe('file «aree.geojson», riga 2: geometria danneggiata: Polygon without coordinates');
  });
});
