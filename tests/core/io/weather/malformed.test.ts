/** Malformed inputs generated from the reference TMY CSV/JSON: each must fail naming file, line and field. */
import { describe, expect, it } from 'vitest';
import { IoError } from '../../../../core/io/io-error';
import { parseWeather } from '../../../../core/io/weather/parseWeather';
import { describeWithReference, lacksReference, readReference } from '../../../helpers/reference';

const CSV = 'data/pvgis-tmy_45.000_8.000_2005_2023.csv';
const JSON_FILE = 'data/pvgis-tmy_45.000_8.000_2005_2023.json';
// Read when present; the blocks that use them are skipped otherwise.
const present = !lacksReference(CSV, JSON_FILE);
const csv = present ? readReference(CSV) : '';
const json = present ? readReference(JSON_FILE) : '';
const lines = csv.split(/\r?\n/);
// first data row is the line after the header "time(UTC),..."
const header = lines.findIndex((l) => l.startsWith('time(UTC)'));
const row = header + 1 + 12; // 20180101:1200, daytime (0-based index)
const lineNo = row + 1;

function mutate(col: number, value: string): string {
  const copy = [...lines];
  const cells = copy[row]!.split(',');
  cells[col] = value;
  copy[row] = cells.join(',');
  return copy.join('\n');
}

function expectError(text: string, file: string, re: RegExp, line: number | null, field: string | null): void {
  let err: unknown;
  try {
    parseWeather(text, file);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(IoError);
  const e = err as IoError;
  expect(e.messageEn).toMatch(re);
  expect(e.file).toBe(file);
  expect(e.message).toContain(`file «${file}»`);
  expect(e.row).toBe(line ?? undefined);
  expect(e.field).toBe(field ?? undefined);
}

describeWithReference([CSV], 'malformed PVGIS CSV', () => {
  it('missing value', () => expectError(mutate(3, ''), 'm1.csv', /missing value/, lineNo, 'G(h)'));
  it('non-numeric value', () => expectError(mutate(4, 'abc'), 'm2.csv', /not a number/, lineNo, 'Gb(n)'));
  it('negative irradiance beyond tolerance', () => expectError(mutate(5, '-50'), 'm3.csv', /negative irradiance/, lineNo, 'Gd(h)'));
  it('irradiance above 1500 W/m²', () => expectError(mutate(3, '1800'), 'm4.csv', /above 1,500/, lineNo, 'G(h)'));
  it('temperature in kelvin', () => expectError(mutate(1, '281.2'), 'm5.csv', /kelvin/, lineNo, 'T2m'));
  it('negative wind', () => expectError(mutate(7, '-3'), 'm6.csv', /wind speed/, lineNo, 'WS10m'));
  it('bad timestamp', () => expectError(mutate(0, '2018-01-01 12:00'), 'm7.csv', /timestamp/, lineNo, 'time(UTC)'));
  it('small negative irradiance within tolerance is clipped to 0', () => {
    const w = parseWeather(mutate(5, '-0.4'), 'ok.csv');
    expect(w.dhi[12]).toBe(0);
  });
  it('a missing hour (8759 records) is rejected with the count', () => {
    const copy = [...lines];
    copy.splice(row, 1);
    expectError(copy.join('\n'), 'm8.csv', /8760 or 8784.*found 8,759/, null, null);
  });
  it('duplicated hour breaks chronology', () => {
    const copy = [...lines];
    copy.splice(row, 1, lines[row - 1]!); // row now repeats the previous stamp, count stays 8760
    expectError(copy.join('\n'), 'm9.csv', /not consecutive/, lineNo, 'time');
  });
  it('wrong units in the legend', () => {
    const t = csv.replace('G(h): Global irradiance on the horizontal plane (W/m2)', 'G(h): Global irradiance on the horizontal plane (kWh/m2)');
    const legendLine = t.split(/\r?\n/).findIndex((l) => l.startsWith('G(h):')) + 1;
    expectError(t, 'm10.csv', /units/, legendLine, 'G(h)');
  });
  it('wrong column count', () => expectError(lines.map((l, i) => (i === row ? l.split(',').slice(0, 5).join(',') : l)).join('\n'), 'm11.csv', /expected 10 values, found 5/, lineNo, 'Gd(h)'));
});

describeWithReference([JSON_FILE], 'malformed PVGIS JSON', () => {
  it('non-numeric value in record 13', () => {
    const doc = JSON.parse(json);
    doc.outputs.tmy_hourly[12]['G(h)'] = 'n/a';
    expectError(JSON.stringify(doc), 'j1.json', /not a number/, 13, 'G(h)');
  });
  it('missing field', () => {
    const doc = JSON.parse(json);
    delete doc.outputs.tmy_hourly[100]['T2m'];
    expectError(JSON.stringify(doc), 'j2.json', /missing value/, 101, 'T2m');
  });
  it('truncated JSON', () => expectError(json.slice(0, 5000), 'j3.json', /invalid JSON/, null, null));
});

describe('unknown weather formats', () => {
  it('unrecognised text', () => expectError('hello,world\n1,2\n', 'x.txt', /unrecognised weather format/, 1, null));
});
