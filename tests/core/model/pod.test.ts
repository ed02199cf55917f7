import { describe, expect, it } from 'vitest';
import { bilingual, formatMessage } from '../../../core/model/messages';
import { invalidPodMessage, isValidPod, normalisePod, splitPods } from '../../../core/model/pod';

describe('POD codes', () => {
  it('normalises what users type: spaces anywhere, lower case, padding', () => {
    expect(normalisePod('  it001e12345678 ')).toBe('IT001E12345678');
    expect(normalisePod('IT 001 E 1234 5678')).toBe('IT001E12345678');
    expect(normalisePod('it001e\t12345678\n')).toBe('IT001E12345678');
  });

  it('accepts IT + 3 digits + E + 8 digits and nothing else', () => {
    expect(isValidPod('IT001E12345678')).toBe(true);
    expect(isValidPod('IT000E00000000')).toBe(true);
    expect(isValidPod('it001e12345678')).toBe(false); // canonical form is upper case
    expect(isValidPod('IT01E12345678')).toBe(false); // 2-digit distributor
    expect(isValidPod('IT001E1234567')).toBe(false); // 7 digits
    expect(isValidPod('IT001E123456789')).toBe(false); // 9 digits
    expect(isValidPod('IT001F12345678')).toBe(false);
    expect(isValidPod('FR001E12345678')).toBe(false);
    expect(isValidPod('')).toBe(false);
  });

  it('splits a cell of several PODs', () => {
    expect(splitPods('IT001E12345678; it002e00000001 / IT003E00000002\nIT004E00000003')).toEqual([
      'IT001E12345678',
      'IT002E00000001',
      'IT003E00000002',
      'IT004E00000003',
    ]);
    expect(splitPods(' ')).toEqual([]);
  });

  it('names the refused POD and the expected shape in both languages', () => {
    expect(bilingual(invalidPodMessage('IT12'))).toEqual({
      it: 'POD «IT12» non valido: atteso IT + 3 cifre + E + 8 cifre (es. IT001E12345678)',
      en: 'invalid POD "IT12": expected IT + 3 digits + E + 8 digits (e.g. IT001E12345678)',
    });
    expect(formatMessage(invalidPodMessage('X'.repeat(40)), 'it')).toContain(`«${'X'.repeat(30)}»`);
  });
});
