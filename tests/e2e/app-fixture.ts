/**
 * The `app` fixture of the end-to-end specs: a fresh temporary folder per test (workspace,
 * settings), the real web host started on it on demand and opened in the page, every host
 * stopped and the folder removed at the end. Specs import `test` and `expect` from here.
 */
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost, type RunningHost } from './web-host';

export interface App {
  /** This test's temporary folder (input files the test writes go here). */
  root: string;
  workspace: string;
  configDir: string;
  /** Starts the web host on this test's workspace and opens the app in the page. */
  open(): Promise<RunningHost>;
}

export const test = base.extend<{ app: App; tour: boolean }>({
  /**
   * The demo's first-run tour: off unless a spec asks for it (`test.use({ tour: true })`), so
   * its card never covers what other specs click on the demo project.
   */
  tour: [false, { option: true }],
  app: async ({ page, tour }, use) => {
    if (!tour) await page.addInitScript(() => localStorage.setItem('condivisa.tour.done', '1'));
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-e2e-'));
    const hosts: RunningHost[] = [];
    const workspace = path.join(root, 'workspace');
    const configDir = path.join(root, 'config');
    await use({
      root,
      workspace,
      configDir,
      async open() {
        const host = await startWebHost(workspace, configDir);
        hosts.push(host);
        await page.goto(host.appUrl);
        return host;
      },
    });
    for (const host of hosts) await host.stop();
    fs.rmSync(root, { recursive: true, force: true });
  },
});

export { expect };
