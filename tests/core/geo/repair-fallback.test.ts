import { describe, expect, it, vi } from 'vitest';
import type { Polygon } from '../../../core/geo/types';
import { repairGeometry } from '../../../core/geo/repair';

// polygon-clipping 0.15 can still throw on rare near-degenerate input ("Unable to complete
// output ring…"); repair must then keep the polygon as read and say it is unchecked.
vi.mock('polygon-clipping', () => ({
  default: { union: () => { throw new Error('Unable to complete output ring'); } },
}));

describe('repairGeometry when polygon-clipping fails', () => {
  it('keeps the polygon as read with an unrepaired issue, and does not throw', () => {
    const clockwiseBowTie: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 2], [2, 0], [2, 2], [0, 0]]] };
    const r = repairGeometry(clockwiseBowTie);
    expect(r.geometry).toEqual(clockwiseBowTie);
    expect(r.issues).toEqual([
      { kind: 'self-intersection', polygon: 0, ring: -1, repaired: false, message: 'polygon 0: could not be checked for crossings (Unable to complete output ring); kept as read' },
    ]);
  });

  it('does not need the library for valid polygons', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    expect(repairGeometry(g)).toEqual({ geometry: g, issues: [] });
  });
});
