import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parseZonalPricesCsv } from '../../../../core/io/prices/zonal-prices-csv';
import { IoError } from '../../../../core/io/io-error';
import { lacksReference, referenceData } from '../../../helpers/reference';

const enc = (s: string) => new TextEncoder().encode(s);

describe('hourly zonal prices (market operator CSV)', () => {
  const ref = referenceData('gme-hourly-zonal-prices-2023.csv');
  it.skipIf(lacksReference('data/gme-hourly-zonal-prices-2023.csv'))('reads the reference file: 8,760 hours, every zone, the first and last values as printed', () => {
    const p = parseZonalPricesCsv(fs.readFileSync(ref), 'gme.csv');
    expect(p.base.length).toBe(8760);
    expect(Object.keys(p.byZone).sort()).toEqual(['CALA', 'CNOR', 'CSUD', 'NORD', 'PUN', 'SARD', 'SICI', 'SUD']);
    // Line 2: "01/01/2023 00:00,107.09,…"; last line "31/12/2023 23:00,106.12,…".
    expect(p.byZone.PUN![0]).toBe(107.09);
    expect(p.byZone.NORD![8759]).toBe(106.12);
    // A plain 24-hour grid every day: standard time, so 00:00 on 1 January is 23:00 UTC the day before.
    expect(new Date(p.base.startUtcMs).toISOString()).toBe('2022-12-31T23:00:00.000Z');
  });

  it('reads the Data + Ora layout in civil time, with the 23-hour day of summer time', () => {
    const lines = ['Data;Ora;PUN;NORD'];
    for (let h = 1; h <= 23; h++) lines.push(`20240331;${h};100,5;${90 + h}`);
    lines.push('20240401;1;80;81');
    const p = parseZonalPricesCsv(enc(lines.join('\n')), 'mgp.csv');
    expect(p.base.length).toBe(24);
    expect(new Date(p.base.startUtcMs).toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(p.byZone.NORD![22]).toBe(113);
    expect(p.byZone.PUN![0]).toBe(100.5);
  });

  it('names the file, line and column of bad input', () => {
    const bad = (text: string) => {
      try {
        parseZonalPricesCsv(enc(text), 'prezzi.csv');
      } catch (e) {
        expect(e).toBeInstanceOf(IoError);
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(bad('Date,NORD\n01/01/2024 00:00,abc')).toMatch(/^file «prezzi\.csv», riga 2, colonna B, campo «NORD»: "abc" non è un prezzo$/);
    expect(bad('Date,NORD\n01/01/2024 00:00,5000')).toMatch(/fuori dall'intervallo/);
    expect(bad('Date,NORD\n01/01/2024 00:00,10\n01/01/2024 02:00,10')).toMatch(/riga 3.*non sono consecutive/);
    expect(bad('Quando,NORD\n01/01/2024 00:00,10')).toMatch(/manca la colonna della data/);
    expect(bad('Date,FOO\n01/01/2024 00:00,10')).toMatch(/nessuna colonna di zona/);
    expect(bad('')).toMatch(/non contiene prezzi/);
  });
});
