/**
 * The scale a PDF page is drawn at so that it fills `cssWidth` CSS pixels sharply: PDF user
 * units are points (1/72 in), a canvas needs device pixels (CSS px × devicePixelRatio). The
 * ratio is capped at 2: beyond it a thumbnail gains nothing visible and costs memory
 * (an A4 page at 480 px × 2 is 960 × 1358 px, 5 MB of RGBA).
 */
export function pageScale(pageWidthPt: number, cssWidth: number, devicePixelRatio: number): number {
  if (!(pageWidthPt > 0) || !(cssWidth > 0)) return 1;
  const dpr = Math.min(Math.max(devicePixelRatio || 1, 1), 2);
  return (cssWidth * dpr) / pageWidthPt;
}

/** Bytes of a base64 string (the core returns files as base64). */
export function base64Bytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
