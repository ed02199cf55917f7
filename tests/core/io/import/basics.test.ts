import { describe, expect, it } from 'vitest';
import { civilDayHours, civilMidnightUtcMs, civilToUtcCandidates, formatRomeIso, romeOffsetMinutes } from '../../../../core/model/calendar';
import { parseLocaleNumber } from '../../../../core/model/locale-number';
import { parseCsv, detectDelimiter } from '../../../../core/io/csv/csvParse';
import { decodeText } from '../../../../core/io/csv/decodeText';
import { parseDateCell } from '../../../../core/io/import/dateParse';
import { parseMemberCategory } from '../../../../core/io/import/memberCategory';

describe('Rome civil time', () => {
  it('switches on the last Sundays of March and October at 01:00 UTC', () => {
    expect(romeOffsetMinutes(Date.UTC(2024, 2, 31, 0, 59))).toBe(60);
    expect(romeOffsetMinutes(Date.UTC(2024, 2, 31, 1, 0))).toBe(120);
    expect(romeOffsetMinutes(Date.UTC(2024, 9, 27, 0, 59))).toBe(120);
    expect(romeOffsetMinutes(Date.UTC(2024, 9, 27, 1, 0))).toBe(60);
    expect(civilDayHours(2024, 3, 31)).toBe(23);
    expect(civilDayHours(2024, 10, 27)).toBe(25);
    expect(civilDayHours(2024, 1, 1)).toBe(24);
    expect(civilMidnightUtcMs(2024, 7, 1)).toBe(Date.UTC(2024, 5, 30, 22));
  });
  it('has no 02:30 in March and two in October', () => {
    expect(civilToUtcCandidates({ year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0 })).toEqual([]);
    expect(civilToUtcCandidates({ year: 2024, month: 10, day: 27, hour: 2, minute: 30, second: 0 })).toEqual([Date.UTC(2024, 9, 27, 0, 30), Date.UTC(2024, 9, 27, 1, 30)]);
    expect(formatRomeIso(Date.UTC(2024, 9, 27, 1, 30))).toBe('2024-10-27T02:30:00+01:00');
  });
});

describe('numbers, dates, CSV', () => {
  it('parses Italian and English numbers', () => {
    expect(parseLocaleNumber('1.234,56')).toBe(1234.56);
    expect(parseLocaleNumber('1,234.56', { decimal: '.' })).toBe(1234.56);
    expect(parseLocaleNumber('0,25')).toBe(0.25);
    expect(parseLocaleNumber('0.25')).toBe(0.25);
    expect(parseLocaleNumber('1.234')).toBe(1234);
    expect(parseLocaleNumber('1.234', { decimal: '.' })).toBe(1.234);
    expect(parseLocaleNumber('-3')).toBe(-3);
    expect(parseLocaleNumber('abc')).toBeNaN();
    expect(parseLocaleNumber('1,2,3')).toBeNaN();
  });
  it('parses dates', () => {
    expect(parseDateCell('31/03/2024 02:15')).toMatchObject({ year: 2024, month: 3, day: 31, hour: 2, minute: 15, hasTime: true });
    expect(parseDateCell('2024-10-27T02:00:00+01:00')).toMatchObject({ hour: 2, offsetMinutes: 60 });
    expect(parseDateCell(45292)).toMatchObject({ year: 2024, month: 1, day: 1 });
    expect(parseDateCell('31/02/2024')).toBeNull();
  });
  it('parses CSV with quotes, CRLF, BOM and detects the delimiter', () => {
    const text = '\uFEFFa;"b;c";"d ""q"""\r\n1;2,5;"x\ny"\r\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(parseCsv(text)).toEqual([['a', 'b;c', 'd "q"'], ['1', '2,5', 'x\ny']]);
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(decodeText(Buffer.from([0xe0, 0x3b, 0x61]))).toBe('à;a'); // latin-1 fallback
  });
  it('maps member category synonyms', () => {
    expect(parseMemberCategory('Persona fisica')).toBe('citizen');
    expect(parseMemberCategory('PMI')).toBe('sme');
    expect(parseMemberCategory('Comune')).toBe('local_authority');
    expect(parseMemberCategory('ETS')).toBe('third_sector');
    expect(parseMemberCategory('Parrocchia')).toBe('religious_body');
    expect(parseMemberCategory('Associazione')).toBe('association');
    expect(parseMemberCategory('Grande impresa')).toBe('large_enterprise');
    expect(parseMemberCategory('ENTE RELIGIOSO')).toBe('religious_body');
    expect(parseMemberCategory('xyz')).toBeNull();
  });
});
