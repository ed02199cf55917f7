import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost, type RunningHost } from './web-host';

let host: RunningHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('simulate the demo project: progress, yearly totals and charts; an edit marks the result stale', async ({ page }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-e2e-sim-'));
  host = await startWebHost(path.join(root, 'workspace'), path.join(root, 'config'));
  await page.goto(host.appUrl);
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-simulation').click();
  await expect(page.getByTestId('sim-empty')).toBeVisible();
  await page.getByTestId('run-simulation').click();
  const configs = page.getByTestId('sim-configuration');
  await expect(configs).toHaveCount(2, { timeout: 30_000 });
  // Città Studi: 79.8 kWp of PV in Milan → tens of MWh a year, shown in Italian format.
  await expect(configs.nth(0).getByTestId('kpi-production')).toHaveText(/^\d{2,3},\d MWh$/);
  await expect(configs.nth(0).getByTestId('kpi-shared')).toHaveText(/^\d{1,3},\d MWh$/);
  await expect(configs.nth(0).locator('canvas').first()).toBeVisible();
  // Money: the incentive of the year in euro, Italian format.
  await expect(configs.nth(0).getByTestId('kpi-incentive')).toHaveText(/^[\d.]+ €$/);
  await page.screenshot({ path: path.join(root, 'simulation.png'), fullPage: true });

  // Change a member: the kept result is now out of date.
  await page.getByTestId('tab-members').click();
  const kwh = page.locator('[data-test="members-table"] tbody tr').nth(1).getByLabel('Consumo annuo (kWh)');
  await kwh.fill('5000');
  await kwh.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('Salvato');
  await page.getByTestId('tab-simulation').click();
  await expect(page.getByTestId('sim-stale')).toBeVisible();
});
