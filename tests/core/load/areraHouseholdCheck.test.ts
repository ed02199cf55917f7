import { describe, expect, it } from 'vitest';
import {
  compareWithArera,
  formatComparison,
  parseAreraCsv,
  pearson,
} from '../../../scripts/check-load-shapes';
import { describeWithReference, readReference } from '../../helpers/reference';

const ARERA_FILE = 'data/arera-hourly-withdrawal-profiles.csv';

describe('pearson', () => {
  it('matches hand-computed values', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // x = 1..4, y = 1,3,2,4: Sxy = 4, Sxx = Syy = 5 → r = 0.8
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });
});

describeWithReference([ARERA_FILE], 'household shape vs ARERA domestic profiles', () => {
  const rows = parseAreraCsv(readReference(ARERA_FILE));

  it('Lombardia, 1.5–3 kW: every month × day type correlates ≥ 0.9, mean ≥ 0.95', () => {
    const c = compareWithArera(rows, 'Lombardia', '1.5<P<=3');
    console.log(formatComparison(c));
    expect(c.min).toBeGreaterThanOrEqual(0.9);
    expect(c.mean).toBeGreaterThanOrEqual(0.95);
    expect(c.overall).toBeGreaterThanOrEqual(0.9);
  });

  it('Lazio and Lombardia 3–4.5 kW: mean correlation ≥ 0.9', () => {
    expect(compareWithArera(rows, 'Lazio', '1.5<P<=3').mean).toBeGreaterThanOrEqual(0.9);
    expect(compareWithArera(rows, 'Lombardia', '3<P<=4.5').mean).toBeGreaterThanOrEqual(0.9);
  });

  it('Sicilia, 1.5–3 kW: mean ≥ 0.9; worst cell (August, cooling) ≥ 0.75', () => {
    const c = compareWithArera(rows, 'Sicilia', '1.5<P<=3');
    expect(c.mean).toBeGreaterThanOrEqual(0.9);
    expect(c.min).toBeGreaterThanOrEqual(0.75);
  });
});
