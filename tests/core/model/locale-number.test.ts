import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../core/model/locale-number';

// [text, value in Italian text (default), value with decimal '.' (machine formats / English)]
const CASES: [string, number, number][] = [
  ['1', 1, 1],
  ['1,5', 1.5, 1.5],
  ['0,5', 0.5, 0.5],
  ['1.5', 1.5, 1.5],
  ['0.5', 0.5, 0.5],
  ['.5', 0.5, 0.5],
  ['1.234', 1234, 1.234],
  ['12.345', 12345, 12.345],
  ['123.456', 123456, 123.456],
  ['0.500', 0.5, 0.5],
  ['1.2345', 1.2345, 1.2345],
  ['12.34', 12.34, 12.34],
  ['1,234', 1.234, 1234],
  ['1.234.567', 1234567, NaN],
  ['1,234,567', NaN, 1234567],
  ['1.234,56', 1234.56, 1234.56],
  ['1,234.56', 1234.56, 1234.56],
  ['1.234.567,8', 1234567.8, 1234567.8],
  ['1.23,4', NaN, NaN],
  ['1,2,3', NaN, NaN],
  ['1 234,5', 1234.5, 1234.5],
  ['1\u00a0234,5', 1234.5, 1234.5],
  ['1\u202f234', 1234, 1234],
  ["1'234", 1234, 1234],
  ['-2,5', -2.5, -2.5],
  ['\u22122,5', -2.5, -2.5],
  ['+3', 3, 3],
  ['  7,25  ', 7.25, 7.25],
  ['1,5e3', 1500, 1500],
  ['2.5E-2', 0.025, 0.025],
  ['', NaN, NaN],
  ['   ', NaN, NaN],
  ['abc', NaN, NaN],
  ['12a', NaN, NaN],
  ['1.2.3', NaN, NaN],
  ['--1', NaN, NaN],
  ['12%', NaN, NaN],
];

describe('parseLocaleNumber', () => {
  it.each(CASES)('%j → %d in Italian text', (text, italian) => {
    expect(parseLocaleNumber(text)).toBe(italian);
    expect(parseLocaleNumber(text, { decimal: ',' })).toBe(italian);
  });

  it.each(CASES)('%j → (Italian %d) %d with decimal point', (text, _italian, machine) => {
    expect(parseLocaleNumber(text, { decimal: '.' })).toBe(machine);
  });

  it('reads percentages only when asked', () => {
    expect(parseLocaleNumber('12,5%', { percent: true })).toBe(0.125);
    expect(parseLocaleNumber('100 %', { percent: true })).toBe(1);
    expect(parseLocaleNumber('-3%', { percent: true })).toBe(-0.03);
    expect(parseLocaleNumber('40', { percent: true })).toBe(40);
    expect(parseLocaleNumber('%', { percent: true })).toBeNaN();
  });
});
