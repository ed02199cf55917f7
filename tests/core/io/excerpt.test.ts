/**
 * Error messages quote file content only as a short, escaped excerpt: a hostile file cannot
 * flood a message, forge lines in a log, or reorder what the user reads.
 */
import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, excerpt } from '../../../core/io/excerpt';
import { formatIoLocation } from '../../../core/io/io-error';
import { importMembers } from '../../../core/io/import/members';
import { parseZonalPricesCsv } from '../../../core/io/prices/zonal-prices-csv';
import { importKmlText } from '../../../core/io/geo/kml';
import { parseWeather } from '../../../core/io/weather/parseWeather';
import { writeXlsx } from './import/fixtures';

/** Everything a message may carry: printable text, no control, bidi or separator characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

async function messageOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('excerpt', () => {
  it('keeps short text as it is', () => {
    expect(excerpt('gennaio 2024')).toBe('gennaio 2024');
    expect(excerpt(42)).toBe('42');
    expect(excerpt(null)).toBe('');
  });
  it(`cuts at ${EXCERPT_CHARS} characters with an ellipsis, never inside a code point`, () => {
    expect(excerpt('x'.repeat(10_000))).toBe(`${'x'.repeat(40)}…`);
    expect(excerpt('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
    expect(excerpt('abcdef', 3)).toBe('abc…');
  });
  it('escapes control, line-separator and bidi characters', () => {
    expect(excerpt('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(excerpt('\u0000\u001b[31m')).toBe('\\u0000\\u001b[31m');
    expect(excerpt('x\u2028y\u202ez\u2066')).toBe('x\\u2028y\\u202ez\\u2066');
    expect(excerpt('perché è così')).toBe('perché è così');
  });
  it('quotes names in a location the same way', () => {
    const loc = formatIoLocation({ file: 'a.xlsx', sheet: 'Fo\nglio', feature: `placemark 1 "${'n'.repeat(200)}"` });
    expect(loc.en).toContain('sheet "Fo\\nglio"');
    expect(loc.en).toContain(`feature "placemark 1 \"${'n'.repeat(27)}…"`);
  });
});

describe('importers quote a hostile cell as a short escaped excerpt', () => {
  const hostile = `${'A'.repeat(30)}\n\u001b[2J\u202eEVIL${'B'.repeat(5000)}`;
  const check = (message: string) => {
    expect(message).not.toMatch(UNSAFE);
    expect(message).not.toContain('B'.repeat(41));
    // XML cannot hold ESC, so a workbook loses it; the newline and the bidi override stay, escaped.
    expect(message).toContain(`${'A'.repeat(30)}\\n`);
    expect(message).toContain('\\u202eEVIL');
    expect(message).toMatch(/B…/);
  };

  it('members registry: a category that is not one', async () => {
    const file = await writeXlsx('excerpt-members.xlsx', { Soci: [['Ragione sociale', 'Tipologia', 'Codice fiscale', 'POD'], ['Anna', hostile, 'NNAXXX80A41H501X', 'IT001E00000001']] });
    check(await messageOf(importMembers(file)));
  });
  it('zonal prices CSV: a price that is not a number', async () => {
    const csv = `Data;Ora;PUN\n01/01/2023;1;${hostile.replace(/\n/g, ' ')}\n`;
    const message = await messageOf(() => parseZonalPricesCsv(new TextEncoder().encode(csv), 'prezzi.csv'));
    expect(message).not.toMatch(UNSAFE);
    expect(message).not.toContain('B'.repeat(41));
  });
  it('KML: a bad coordinate tuple inside a long placemark name', async () => {
    const kml = `<kml><Document><Placemark><name>${'N'.repeat(3000)}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>9,45 ${'z'.repeat(3000)} 9,46</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`;
    const message = await messageOf(() => importKmlText(kml, 'aree.kml'));
    expect(message).not.toContain('N'.repeat(41));
    expect(message).not.toContain('z'.repeat(41));
  });
  it('PVGIS timestamp: a hostile time field', async () => {
    const json = JSON.stringify({ inputs: { location: { latitude: 45, longitude: 8, elevation: 250 } }, outputs: { hourly: [{ time: hostile, 'G(i)': 1, T2m: 1, WS10m: 1 }] }, meta: {} });
    const message = await messageOf(() => parseWeather(json, 'meteo.json'));
    expect(message).not.toMatch(UNSAFE);
    expect(message).not.toContain('B'.repeat(41));
  });
});
