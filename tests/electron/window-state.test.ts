/** The window's place between runs: read back only when sane, used only on a display connected now. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_WINDOW, fitToDisplays, readWindowState, writeWindowState } from '../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const external = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('round-trips through its file; a missing, damaged or absurd file gives the default', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-ws-'));
    try {
      const file = path.join(dir, 'sub', 'window-state.json');
      expect(readWindowState(file)).toEqual(DEFAULT_WINDOW);
      writeWindowState(file, { x: 1400, y: 30, width: 1280, height: 900, maximized: true });
      expect(readWindowState(file)).toEqual({ x: 1400, y: 30, width: 1280, height: 900, maximized: true });
      for (const bad of ['{', '[]', '{"width":"wide","height":900}', '{"width":200,"height":100}', '{"width":1e9,"height":900}', 'null']) {
        fs.writeFileSync(file, bad);
        expect(readWindowState(file), bad).toEqual(DEFAULT_WINDOW);
      }
      // No position saved: the system places the window.
      fs.writeFileSync(file, '{"width":1000,"height":700,"x":null}');
      expect(readWindowState(file)).toEqual({ width: 1000, height: 700, maximized: false });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a place whose title bar is on a connected display', () => {
    const onExternal = { x: 1500, y: 40, width: 1400, height: 900, maximized: false };
    expect(fitToDisplays(onExternal, [laptop, external])).toEqual(onExternal);
    // Half off the laptop's right edge, but 100 px of the title bar still on it.
    const straddling = { x: 1200, y: 10, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(straddling, [laptop])).toEqual(straddling);
  });

  it('drops a place on a display unplugged since, and shrinks the window to the largest screen left', () => {
    const onExternal = { x: 1500, y: 40, width: 1800, height: 1000, maximized: true };
    // 1366 − 1500 < 0: nothing of it on the laptop.
    expect(fitToDisplays(onExternal, [laptop])).toEqual({ width: 1366, height: 728, maximized: true });
    // Title bar above the top of every display (y = −200): not reachable.
    expect(fitToDisplays({ x: 100, y: -200, width: 900, height: 600, maximized: false }, [laptop])).toEqual({ width: 900, height: 600, maximized: false });
    // Never below the usable minimum (800 × 560), even on a tiny screen.
    expect(fitToDisplays({ width: 1400, height: 900, maximized: false }, [{ x: 0, y: 0, width: 640, height: 480 }])).toEqual({ width: 800, height: 560, maximized: false });
  });
});
