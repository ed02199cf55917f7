/** Text and numbers read from a tiles file's metadata: hostile, so made plain and bounded. */

/** Plain text of at most `max` characters: tags and control characters removed (shown as text, never as HTML). */
export function cleanText(raw: string, max: number): string {
  const plain = raw.replace(/<[^>]*>/g, '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/** "minLon,minLat,maxLon,maxLat" as MBTiles writes it, when valid. */
export function parseBounds(raw: string | undefined): [number, number, number, number] | null {
  if (!raw) return null;
  const n = raw.split(',').map((s) => Number(s.trim()));
  return validBounds(n) ? (n as [number, number, number, number]) : null;
}

export function validBounds(n: number[]): boolean {
  if (n.length !== 4 || !n.every(Number.isFinite)) return false;
  const [w, s, e, north] = n as [number, number, number, number];
  return w >= -180 && e <= 180 && s >= -90 && north <= 90 && w < e && s < north;
}
