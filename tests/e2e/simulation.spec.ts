import { test, expect } from './app-fixture';
import { editCell, screenshot } from './ui';

test('simulate the demo project: progress, yearly totals and charts; an edit marks the result stale', async ({ page, app }) => {
  await app.open();
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
  // Beside the money: the conditions still to meet (the demo names no Referent), valorisation's
  // parts and the four scenarios side by side.
  await expect(configs.nth(0).getByTestId('sim-conditions')).toContainText('Referente');
  await expect(configs.nth(0).getByTestId('val-trase')).toContainText(/E_ACV [\d.]+ kWh/);
  await expect(configs.nth(0).locator('[data-test="eco-scenarios"] thead th')).toHaveText(['Scenario', 'P50', 'P90 (produzione prudente)', 'Prezzo zonale basso', 'Prezzo zonale alto']);
  await screenshot(page, 'simulation.png', true);

  // Change a member: the kept result is now out of date.
  await page.getByTestId('tab-members').click();
  await editCell(page, page.locator('[data-test="members-table"] tbody tr').nth(1), 'Consumo annuo (kWh)', '5000');
  await page.getByTestId('tab-simulation').click();
  await expect(page.getByTestId('sim-stale')).toBeVisible();
});
