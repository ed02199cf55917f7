/** Coincident points are spread on a circle of 14 px so each can be seen and clicked. */
import { describe, expect, it } from 'vitest';
import { spreadOffsets } from '../../../renderer/src/components/map/spread';

describe('spreadOffsets', () => {
  it('leaves lone points alone and puts three at one place 120° apart, the first straight up', () => {
    const offsets = spreadOffsets([
      { kind: 'member', id: 1, lat: 45.46, lon: 9.19 },
      { kind: 'member', id: 2, lat: 45.46, lon: 9.19 },
      { kind: 'plant', id: 1, lat: 45.4600000001, lon: 9.19 }, // same place within 0.1 m
      { kind: 'member', id: 3, lat: 45.47, lon: 9.19 },
    ]);
    expect(offsets.has('member:3')).toBe(false);
    // Radius 14 px: (14 cos −90°, 14 sin −90°) = (0, −14); at 30°: (12.1, 7); at 150°: (−12.1, 7).
    expect(offsets.get('member:1')).toEqual([0, -14]);
    expect(offsets.get('member:2')).toEqual([12, 7]);
    expect(offsets.get('plant:1')).toEqual([-12, 7]);
  });
});
