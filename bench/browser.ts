/**
 * The benches' Chromium on the web host: the built renderer served with the core on
 * loopback, Debian's Chromium driven by playwright-core. Null when any of the three is
 * missing, so `npm run bench` still runs its other sections on a machine without them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CoreService } from '../core/api/node/core-service';
import { startHttpHost } from '../core/api/node/http-server';

export interface AppPageOptions {
  /** The renderer build to serve; default `<root>/dist/renderer`. */
  staticDir?: string;
  /**
   * Called on the new page before it navigates to the app: listeners (console, responses),
   * init scripts (performance observers) see the first request and the first script.
   */
  beforeOpen?: (page: Page) => void | Promise<void>;
}

/**
 * Runs `run` on a fresh Chromium page showing the app served by `service` (home page loaded);
 * null, without launching anything, when Chromium, playwright-core or the built renderer is
 * missing. The one way the benches launch a browser.
 */
export async function withAppPage<T>(
  service: CoreService,
  root: string,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<T>,
  options: AppPageOptions = {},
): Promise<T | null> {
  const staticDir = options.staticDir ?? path.join(root, 'dist', 'renderer');
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(path.join(staticDir, 'index.html')) || !fs.existsSync(chromiumPath)) return null;
  const moduleName = 'playwright-core'; // a dev dependency: imported by name so the bundle does not carry it
  let pw: typeof import('playwright-core');
  try {
    pw = (await import(moduleName)) as typeof import('playwright-core');
  } catch {
    return null;
  }
  const host = await startHttpHost({ dispatch: service.dispatch, staticDir });
  try {
    const browser = await pw.chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage({ viewport, locale: 'it-IT' });
      await options.beforeOpen?.(page);
      await page.goto(host.appUrl);
      return await run(page);
    } finally {
      await browser.close();
    }
  } finally {
    await host.close();
  }
}

/** Opens a project file from the home page by its path. */
export async function openProjectByPath(page: Page, project: string): Promise<void> {
  await page.locator('[data-test="open-path"]').fill(project);
  await page.locator('[data-test="open"]').click();
}
