import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { benchAreas } from '../../bench/geo-areas';

describe('benchAreas', () => {
  it('generates and imports 2,100 areas / 500,000 vertices and locates 10,000 points', () => {
    const r = benchAreas(tmpdir());
    console.log(`[geo bench] areas=${r.areas} vertices=${r.vertices} import=${r.importSeconds.toFixed(2)} s index=${r.indexMs.toFixed(1)} ms pip(10k)=${r.pipMs.toFixed(1)} ms located=${r.located}`);
    expect(r.areas).toBe(2100);
    expect(r.vertices).toBe(500_000);
    expect(r.located).toBeGreaterThan(5000);
    // Timings are printed by `npm run bench`, never asserted here.
  }, 120_000);
});
