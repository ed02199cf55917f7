/**
 * The window's size, place and maximised state, kept between runs in a small JSON file.
 * A saved place is used only when the window would be visible on a display connected now
 * (a laptop unplugged from its second screen must not open the window off-screen).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the system place the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW: WindowState = { width: 1400, height: 900, maximized: false };
/** Below this the project page is unusable [px]. */
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of the title bar must be on a display to grab the window [px]. */
const GRIP = 100;
/** Height of a title bar [px]. */
const TITLE_BAR = 30;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The saved state, or the default when the file is missing, damaged or absurd. Never throws. */
export function readWindowState(file: string): WindowState {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!finite(s.width) || !finite(s.height) || s.width < MIN_SIZE.width || s.height < MIN_SIZE.height || s.width > 20_000 || s.height > 20_000) return { ...DEFAULT_WINDOW };
    const out: WindowState = { width: Math.round(s.width), height: Math.round(s.height), maximized: s.maximized === true };
    if (finite(s.x) && finite(s.y)) Object.assign(out, { x: Math.round(s.x), y: Math.round(s.y) });
    return out;
  } catch {
    return { ...DEFAULT_WINDOW };
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(state));
  } catch {
    /* losing the window's place is not worth an error */
  }
}

/**
 * The state fitted to the displays' work areas: kept when the top strip of the window (its
 * title bar) lies on one of them; otherwise the position is dropped (the system centres the
 * window) and the size shrunk to the largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const onSome = (x: number, y: number) =>
    workAreas.some((a) => {
      const overlap = Math.min(x + state.width, a.x + a.width) - Math.max(x, a.x);
      return overlap >= Math.min(GRIP, state.width) && y >= a.y && y <= a.y + a.height - TITLE_BAR;
    });
  if (state.x !== undefined && state.y !== undefined && onSome(state.x, state.y)) return state;
  const biggest = workAreas.reduce((m, a) => (a.width * a.height > m.width * m.height ? a : m));
  return {
    width: Math.max(MIN_SIZE.width, Math.min(state.width, biggest.width)),
    height: Math.max(MIN_SIZE.height, Math.min(state.height, biggest.height)),
    maximized: state.maximized,
  };
}
