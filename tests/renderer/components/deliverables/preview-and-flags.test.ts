/** The pure helpers of the GSE documents tab: the preview's page scale and the funding-call deadline flags. */
import { describe, expect, it } from 'vitest';
import { base64Bytes, pageScale } from '../../../../renderer/src/components/deliverables/page-scale';
import { callDeadlineFlag, deadlineFlag } from '../../../../renderer/src/components/deliverables/deadline-flag';

describe('pageScale', () => {
  it('fits an A4 page (595.28 pt wide) to the CSS width in device pixels, the pixel ratio capped at 2', () => {
    // 400 CSS px on a plain screen: 400 / 595.28 = 0.67196 device px per point.
    expect(pageScale(595.28, 400, 1)).toBeCloseTo(0.67196, 4);
    // Retina (2): 800 device px across, 1.34392 px/pt; a 3× phone screen is drawn at 2× too.
    expect(pageScale(595.28, 400, 2)).toBeCloseTo(1.34392, 4);
    expect(pageScale(595.28, 400, 3)).toBeCloseTo(1.34392, 4);
    // A zoomed-out browser (ratio 0.5) still draws at least one device pixel per CSS pixel.
    expect(pageScale(595.28, 400, 0.5)).toBeCloseTo(0.67196, 4);
  });

  it('gives 1 for a page without width rather than an infinite or NaN scale', () => {
    expect(pageScale(0, 400, 1)).toBe(1);
    expect(pageScale(Number.NaN, 400, 1)).toBe(1);
    expect(pageScale(595.28, 0, 1)).toBe(1);
  });

  it('decodes base64 to the original bytes', () => {
    expect(Array.from(base64Bytes('JVBERi0xLjQ='))).toEqual([...'%PDF-1.4'].map((c) => c.charCodeAt(0)));
  });
});

describe('deadline flags', () => {
  it("reads a commissioning deadline against the plant's date: within, late, or missing when there is none", () => {
    expect(deadlineFlag({ kind: 'commissioning', past: true, meets: true })).toBe('within');
    expect(deadlineFlag({ kind: 'commissioning', past: false, meets: false })).toBe('late');
    expect(deadlineFlag({ kind: 'commissioning', past: true, meets: null })).toBe('missing');
  });

  it('reads the application and final-request deadlines as past or upcoming', () => {
    expect(deadlineFlag({ kind: 'application', past: true, meets: null })).toBe('past');
    expect(deadlineFlag({ kind: 'final-request', past: false, meets: null })).toBe('upcoming');
    expect(callDeadlineFlag({ past: true })).toBe('past');
    expect(callDeadlineFlag({ past: false })).toBe('upcoming');
  });
});
