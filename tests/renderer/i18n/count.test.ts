// @vitest-environment happy-dom
/** A count with its noun in the right number: "1 membro", "3 membri", "1.200 membri". */
import { afterEach, describe, expect, it } from 'vitest';
import { count, setLocale } from '../../../renderer/src/i18n';

afterEach(() => setLocale('it'));

describe('count', () => {
  it('says one and many the Italian way, with the thousands grouped', () => {
    setLocale('it');
    expect([count('members', 0), count('members', 1), count('members', 3), count('plants', 1), count('plants', 1200)]).toEqual(['0 membri', '1 membro', '3 membri', '1 impianto', '1.200 impianti']);
  });
  it('and the English way', () => {
    setLocale('en');
    expect([count('members', 1), count('plants', 2)]).toEqual(['1 member', '2 plants']);
  });
});
