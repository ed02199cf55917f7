import { test, expect } from './app-fixture';
import { editCell, saved, screenshot } from './ui';

test('project scenarios: save A, add a plant, save B, compare them, present, reopen A', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-scenarios').click();
  await expect(page.getByTestId('psc-none')).toBeVisible();

  // A: the demo as it is (saving runs the simulation first: the demo has none yet).
  await page.getByTestId('psc-name').fill('A · oggi');
  await page.getByTestId('psc-save').click();
  await expect(page.getByTestId('psc-item-A · oggi')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('psc-item-A · oggi').getByTestId('psc-current')).toBeVisible();

  // B: a 25 kWp plant on the Rossi family's roof, in Città Studi.
  await page.getByTestId('tab-plants').click();
  await page.getByTestId('add-plant').click();
  const plant = page.locator('[data-test="plants-table"] tbody tr').nth(3);
  await editCell(page, plant, 'Potenza (kWp)', '25');
  await plant.getByLabel('Proprietario').selectOption({ label: 'Famiglia Rossi' });
  await saved(page);
  await plant.getByLabel('Configurazione').selectOption({ label: 'Città Studi' });
  await saved(page);
  await page.getByTestId('tab-scenarios').click();
  await expect(page.getByTestId('psc-item-A · oggi').getByTestId('psc-current')).toHaveCount(0);
  await page.getByTestId('psc-name').fill('B · tetto Rossi');
  await page.getByTestId('psc-save').click();
  await expect(page.getByTestId('psc-item-B · tetto Rossi')).toBeVisible({ timeout: 60_000 });

  // Compare: B's 25 kWp more, and its different shared energy, highlighted against A.
  await page.getByTestId('psc-select-A · oggi').check();
  await page.getByTestId('psc-select-B · tetto Rossi').check();
  await expect(page.getByTestId('psc-comparison')).toBeVisible();
  await expect(page.getByTestId('psc-col-0')).toContainText('A · oggi');
  await expect(page.getByTestId('psc-delta-kWp-1')).toHaveText(/^\+25\s/);
  await expect(page.getByTestId('psc-cell-kWp-1')).toHaveClass(/differs/);
  await expect(page.getByTestId('psc-delta-sharedKWh-1')).toHaveText(/^[+−][\d.]+ \([+−]\d+%\)$/);
  await expect(page.getByTestId('psc-cell-sharedKWh-1')).toHaveClass(/differs/);
  await expect(page.getByTestId('psc-delta-members-1')).toHaveText('±0');
  await expect(page.getByTestId('psc-chart').locator('canvas')).toBeVisible();
  await screenshot(page, 'scenarios-compare.png', true);

  // Presentation mode: the button, then Escape; P and F5 from the keyboard.
  await page.getByTestId('present-toggle').click();
  await expect(page.getByTestId('present-strip')).toBeVisible();
  await expect(page.getByTestId('present-kwp')).toHaveText('224,8 kWp');
  await expect(page.getByTestId('undo')).toBeHidden(); // no editing chrome in front of a room // the demo's 60 + 19,8 + 120 kWp and B's 25
  await expect(page.locator('.findings-panel')).toHaveCount(0);
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('tab-members')).toHaveCount(0);
  await expect(page.getByTestId('psc-comparison')).toBeVisible();
  await screenshot(page, 'present-compare-1920.png');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'present-compare-1366.png');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present-strip')).toHaveCount(0);
  await expect(page.locator('.app-header')).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('p');
  await expect(page.getByTestId('present-strip')).toBeVisible();
  await page.getByTestId('tab-simulation').click();
  await expect(page.getByTestId('run-simulation')).toBeHidden();
  await screenshot(page, 'present-results-1366.png');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'present-results-1920.png');
  await page.getByTestId('tab-map').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await screenshot(page, 'present-map-1920.png');
  await page.keyboard.press('F5');
  await expect(page.getByTestId('present-strip')).toHaveCount(0);

  // Reopen A: asked first, the working state (= B) already saved, A's three plants back.
  await page.getByTestId('tab-scenarios').click();
  await page.getByTestId('psc-open-A · oggi').click();
  await expect(page.getByTestId('psc-confirm-text')).toContainText('Riaprire «A · oggi»');
  await page.getByTestId('psc-confirm-open').click();
  await expect(page.getByTestId('psc-notice')).toHaveText('Riaperto «A · oggi».');
  await expect(page.getByTestId('psc-item-A · oggi').getByTestId('psc-current')).toBeVisible();
  await expect(page.getByTestId('project-summary')).toContainText('3 impianti');
  await page.getByTestId('tab-plants').click();
  await expect(page.locator('[data-test="plants-table"] tbody tr')).toHaveCount(3);
});
