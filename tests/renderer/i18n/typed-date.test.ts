/** Dates typed in a cell, day first as Italian and British readers write them. */
import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../../renderer/src/i18n/typed-date';

describe('parseTypedDate', () => {
  it.each([
    ['15/03/2025', '2025-03-15'],
    ['5/3/2025', '2025-03-05'],
    ['15-03-2025', '2025-03-15'],
    ['15.03.2025', '2025-03-15'],
    ['15/03/25', '2025-03-15'],
    ['2025-03-15', '2025-03-15'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(parseTypedDate(text)).toBe(iso));

  it.each(['29/02/2025', '31/04/2025', '03/15/2025', '15 marzo 2025', '2025/03/15', '', '15/03'])('refuses %s', (text) => expect(parseTypedDate(text)).toBeNull());
});
