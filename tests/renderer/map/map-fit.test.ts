/** What the map frames on opening: the points and, whole, the configurations' own areas (renderer/src/components/map/map-fit.ts). */
import { describe, expect, it } from 'vitest';
import { contentBounds } from '../../../renderer/src/components/map/map-fit';
import type { AreasFeatureCollection } from '../../../core/api/common';

type Feature = AreasFeatureCollection['features'][number];
const props = (code: string) => ({ code, name: code, distributor: '', unofficial: false, memberCount: 0, plantCount: 0 });
/** A square area of side 2·r degrees around (lat, lon). */
const square = (code: string, lat: number, lon: number, r: number): Feature => ({
  type: 'Feature',
  properties: props(code),
  geometry: { type: 'Polygon', coordinates: [[[lon - r, lat - r], [lon + r, lat - r], [lon + r, lat + r], [lon - r, lat + r], [lon - r, lat - r]]] },
});

describe('the map frame on opening', () => {
  // Two configurations' areas in Milan, their points clustered near the middle of each, and a
  // third area of the imported file far away (Bergamo) that no configuration uses.
  const areas = [square('ac012e 00001', 45.47, 9.22, 0.02), square('AC012E00002', 45.51, 9.15, 0.02), square('AC001E00934', 45.69, 9.67, 0.05)];
  const points = [
    { lat: 45.471, lon: 9.221 },
    { lat: 45.468, lon: 9.219 },
    { lat: 45.509, lon: 9.151 },
  ];

  it('holds every corner of the configurations’ areas, not only their points', () => {
    // An area's code matched as the configurations' are (spaces dropped, upper case).
    const b = contentBounds(points, areas, new Set(['AC012E00001', 'AC012E00002']))!;
    expect(b).toEqual([[45.45, 9.13], [45.53, 9.24]].map(([a, c]) => [expect.closeTo(a!, 12), expect.closeTo(c!, 12)]));
  });

  it('leaves out the areas no configuration uses, and frames the points alone without configurations’ areas', () => {
    const only = contentBounds(points, areas, new Set())!;
    expect(only).toEqual([[45.468, 9.151], [45.509, 9.221]]);
    const multi: Feature = { type: 'Feature', properties: props('AC012E00002'), geometry: { type: 'MultiPolygon', coordinates: [square('x', 45.51, 9.15, 0.02).geometry.coordinates as [number, number][][], square('x', 45.6, 9.0, 0.01).geometry.coordinates as [number, number][][]] } };
    expect(contentBounds(points, [multi], new Set(['AC012E00002']))).toEqual([[45.468, 8.99], [45.61, 9.221]].map(([a, c]) => [expect.closeTo(a!, 12), expect.closeTo(c!, 12)]));
  });

  it('has nothing to frame without points (the areas’ extent is used instead)', () => {
    expect(contentBounds([], areas, new Set(['AC012E00001']))).toBeNull();
  });
});
