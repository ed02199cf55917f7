/**
 * Uniform-grid spatial index over area polygons for fast point location.
 * Each polygon part is registered in every grid cell its bbox overlaps; a query
 * visits one cell, checks bboxes, then runs a banded even-odd test
 * (see pip.ts for the boundary convention: boundary counts as inside).
 */
import type { Area, BBox } from './types';
import { polygonsOf } from './types';
import type { PointClass, PreparedPolygon } from './pip';
import { classifyPrepared, preparePolygon } from './pip';

export interface AreaIndex {
  readonly areas: readonly Area[];
  /** Grid extent (degrees). */
  readonly bbox: BBox;
  readonly nx: number;
  readonly ny: number;
  /** Per-cell offsets into `cellItems` (length nx*ny+1). */
  readonly cellStart: Int32Array;
  /** Indexes into `parts`. */
  readonly cellItems: Int32Array;
  readonly parts: readonly { area: number; polygon: PreparedPolygon }[];
}

/** Location result: the area and how the point relates to it. */
export interface AreaHit {
  area: Area;
  relation: Exclude<PointClass, 'outside'>;
}

/**
 * Builds the index. `cellsPerPart` tunes grid density (default 4 cells per
 * polygon part on average).
 */
export function buildAreaIndex(areas: readonly Area[], cellsPerPart = 4): AreaIndex {
  const parts: { area: number; polygon: PreparedPolygon }[] = [];
  areas.forEach((area, i) => {
    for (const poly of polygonsOf(area.geometry)) {
      if (poly.length === 0 || poly[0]!.length < 3) continue;
      parts.push({ area: i, polygon: preparePolygon(poly) });
    }
  });
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const { polygon: p } of parts) {
    minX = Math.min(minX, p.minX); minY = Math.min(minY, p.minY);
    maxX = Math.max(maxX, p.maxX); maxY = Math.max(maxY, p.maxY);
  }
  if (parts.length === 0) { minX = minY = 0; maxX = maxY = 1; }
  const w = Math.max(maxX - minX, 1e-9), h = Math.max(maxY - minY, 1e-9);
  const target = Math.max(1, parts.length * cellsPerPart);
  const nx = Math.max(1, Math.min(2048, Math.round(Math.sqrt((target * w) / h))));
  const ny = Math.max(1, Math.min(2048, Math.round(target / nx)));
  const cx = (x: number): number => Math.min(nx - 1, Math.max(0, Math.floor(((x - minX) / w) * nx)));
  const cy = (y: number): number => Math.min(ny - 1, Math.max(0, Math.floor(((y - minY) / h) * ny)));
  const counts = new Int32Array(nx * ny + 1);
  const ranges = parts.map(({ polygon: p }) => [cx(p.minX), cy(p.minY), cx(p.maxX), cy(p.maxY)] as const);
  for (const [x0, y0, x1, y1] of ranges)
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) counts[y * nx + x + 1]!++;
  for (let c = 0; c < nx * ny; c++) counts[c + 1]! += counts[c]!;
  const cellStart = counts.slice();
  const fill = counts.slice();
  const cellItems = new Int32Array(cellStart[nx * ny]!);
  ranges.forEach(([x0, y0, x1, y1], k) => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) cellItems[fill[y * nx + x]!++] = k;
  });
  return { areas, bbox: [minX, minY, maxX, maxY], nx, ny, cellStart, cellItems, parts };
}

/**
 * All areas containing (lon, lat), boundary included, in index order.
 * Usually 0 or 1 result; 2+ on shared borders or overlapping areas.
 */
export function locatePoint(index: AreaIndex, lon: number, lat: number): AreaHit[] {
  const [minX, minY, maxX, maxY] = index.bbox;
  if (!(lon >= minX && lon <= maxX && lat >= minY && lat <= maxY)) return [];
  const { nx, ny } = index;
  const x = Math.min(nx - 1, Math.floor(((lon - minX) / Math.max(maxX - minX, 1e-9)) * nx));
  const y = Math.min(ny - 1, Math.floor(((lat - minY) / Math.max(maxY - minY, 1e-9)) * ny));
  const cell = y * nx + x;
  const hits: AreaHit[] = [];
  for (let k = index.cellStart[cell]!, end = index.cellStart[cell + 1]!; k < end; k++) {
    const part = index.parts[index.cellItems[k]!]!;
    const area = index.areas[part.area]!;
    const c = classifyPrepared(part.polygon, lon, lat);
    if (c === 'outside') continue;
    const prev = hits.find((h) => h.area === area);
    if (prev) { if (c === 'inside') prev.relation = 'inside'; continue; }
    hits.push({ area, relation: c });
  }
  return hits;
}

/** The first area containing (lon, lat) (interior preferred over boundary), or undefined. */
export function locateArea(index: AreaIndex, lon: number, lat: number): Area | undefined {
  const hits = locatePoint(index, lon, lat);
  return (hits.find((h) => h.relation === 'inside') ?? hits[0])?.area;
}
